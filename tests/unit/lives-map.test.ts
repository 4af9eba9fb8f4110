/**
 * Lives on the map: a station's declared state is the same however it is reached (every pair of
 * stations of every life, through the pure diff/applyOps engine), and the path is drawn out by date.
 */
import { describe, it, expect } from 'vitest';
import { loadContent } from '../../scripts/content/vite-plugin.ts';
import { stationState } from '../../src/lives/map-state.ts';
import { pathFeatures } from '../../src/map/path.ts';
import { diff, applyOps } from '../../src/map/diff.ts';
import { DEFAULT_VIEW } from '../../src/map/state.ts';
import { dayOf } from '../../src/time.ts';

const { geo, lives } = loadContent();
const end = (s: ReturnType<typeof stationState>) => ({ ...s, animation: null });

describe('lives map states', () => {
  it('every pair of stations lands on the same map, by Next or by a jump', () => {
    for (const life of lives.lives) {
      const n = life.stations.length;
      for (let a = 0; a < n; a++) {
        for (let b = 0; b < n; b++) {
          const from = applyOps(null, diff(null, stationState(life, a, geo.index, DEFAULT_VIEW)));
          const target = stationState(life, b, geo.index, DEFAULT_VIEW, b === a + 1);
          const landed = applyOps(from, diff(from, target));
          expect({ ...landed, animation: null }, `${life.id}: ${a + 1} → ${b + 1}`).toEqual(end(stationState(life, b, geo.index, DEFAULT_VIEW)));
        }
      }
    }
  });

  it('only Next runs the date from the last station; the camera frames the leg', () => {
    const life = lives.lives.find((l) => l.id === 'swianiewicz')!;
    const s = stationState(life, 2, geo.index, DEFAULT_VIEW, true);
    expect(s.animation).toEqual({ routes: ['katyn-kozelsk-transports'], fromDay: dayOf('1939-11-01'), toDay: dayOf('1940-04-30'), durationMs: 5000 });
    expect(stationState(life, 2, geo.index, DEFAULT_VIEW).animation).toBeNull();
    expect(s.visible).toEqual(expect.arrayContaining(['places', 'territories', 'routes', 'sites']));
    expect(s.highlight).toEqual(['gnezdovo-station', 'katyn-forest']);
    const [w, so, e, n] = s.camera.kind === 'bounds' ? s.camera.bounds : [0, 0, 0, 0];
    for (const p of [life.points[1], life.points[2]]) expect(p[0] > w && p[0] < e && p[1] > so && p[1] < n).toBe(true);
  });

  it('draws the path out by date: a moving head mid-way, the station once the date arrives', () => {
    const life = lives.lives.find((l) => l.id === 'anders')!;
    const path = stationState(life, 3, geo.index, DEFAULT_VIEW, true).path!;
    const kinds = (day: number) => pathFeatures(path, day).map((f) => f.properties!.kind);
    const mid = pathFeatures(path, (dayOf('1940-02-29') + dayOf('1941-09-01')) / 2);
    expect(mid.map((f) => f.properties!.kind)).toContain('head');
    expect(mid.filter((f) => f.properties!.kind === 'station')).toHaveLength(3);
    expect(kinds(dayOf('1941-09-01'))).not.toContain('head');
    expect(pathFeatures(path, dayOf('1941-09-01')).filter((f) => f.properties!.kind === 'station')).toHaveLength(4);
    expect(pathFeatures({ ...path, whole: true }, 0).filter((f) => f.properties!.kind === 'station')).toHaveLength(life.stations.length);
  });
});
