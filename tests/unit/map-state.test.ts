/**
 * Each mode's declared MapState (src/state/map-state.ts) and the pure presence function: a kiosk
 * reset asks for its camera anew and lands by a jump; explore's sweep is a fractional date with
 * routes drawn by date; a free camera moves nothing and the next declared one is always carried out.
 */
import { describe, it, expect } from 'vitest';
import { StoryState } from '../../src/state/story.svelte.ts';
import { ExploreState } from '../../src/state/explore.svelte.ts';
import { storyMapState, exploreMapState } from '../../src/state/map-state.ts';
import { diff, applyOps } from '../../src/map/diff.ts';
import { presenceOf } from '../../src/map/legend.ts';
import type { Story } from '../../src/story/types.ts';
import type { FeatureCollection, Geometry } from 'geojson';

const step = (id: string, date: string) => ({
  id,
  chapter: 'c',
  date,
  camera: { center: [30, 54] as [number, number], zoom: 5 },
  layers: ['places'],
  sources: ['s'],
  index: 0,
  title: id,
  html: '',
  alt: '',
});
const story = { lang: 'en', title: 'T', chapters: [], sources: {}, steps: [step('a', '1939-08-23'), { ...step('b', '1939-09-17'), index: 1 }] } as unknown as Story;
const index = {};

describe('story and kiosk', () => {
  it('a reset makes the step camera a new request, reached by a jump, and the next step flies', () => {
    const app = new StoryState(story);
    const before = storyMapState(app, index, { lang: 'en', kiosk: true });
    expect(before.gestures).toBe('free');
    expect(before.reducedMotion).toBe(false);
    app.reset({ index: 0, lang: 'en', reducedMotion: false });
    const after = storyMapState(app, index, { lang: 'en', kiosk: true });
    expect(diff(before, after).map((o) => o.type)).toEqual(['motion', 'camera']);
    expect(after.reducedMotion).toBe(true);
    app.go(1);
    expect(storyMapState(app, index, { lang: 'en', kiosk: true }).reducedMotion).toBe(false);
  });

  it('the scroll story keeps cooperative gestures', () => {
    expect(storyMapState(new StoryState(story), index, { lang: 'pl', kiosk: false })).toMatchObject({ gestures: 'cooperative', lang: 'pl' });
  });
});

describe('explore', () => {
  it('sweeps a fractional date with routes drawn by date, unless motion is reduced', () => {
    const ex = new ExploreState();
    ex.enter({ id: 'a', date: 700, layers: ['routes'] });
    ex.playing = true;
    ex.sweep = 712.5;
    expect(exploreMapState(ex, { lang: 'en', reducedMotion: false })).toMatchObject({ day: 712.5, revealByDate: true, camera: { kind: 'free' }, gestures: 'free' });
    expect(exploreMapState(ex, { lang: 'en', reducedMotion: true })).toMatchObject({ day: 712, revealByDate: false });
  });

  it('a free camera records no position: the story camera after it is carried out', () => {
    const ex = new ExploreState();
    const app = new StoryState(story);
    const s0 = storyMapState(app, index, { lang: 'en', kiosk: false });
    ex.enter({ id: 'a', date: 700, layers: ['places'] });
    const e = exploreMapState(ex, { lang: 'en', reducedMotion: false });
    const shown = applyOps(s0, diff(s0, e));
    expect(shown.camera).toEqual({ kind: 'free' });
    expect(diff(shown, s0).some((o) => o.type === 'camera')).toBe(true);
  });

  it('asking for the same camera twice moves twice (the key), and reset leaves a fresh state', () => {
    const ex = new ExploreState();
    const cam = { kind: 'bounds' as const, bounds: [1, 2, 3, 4] as [number, number, number, number], padding: 40, maxZoom: 6.5 };
    ex.flyTo(cam);
    const a = exploreMapState(ex, { lang: 'en', reducedMotion: false });
    ex.flyTo(cam);
    const b = exploreMapState(ex, { lang: 'en', reducedMotion: false });
    expect(diff(a, b).map((o) => o.type)).toEqual(['camera']);
    ex.sel = 'x';
    ex.reset();
    expect({ sel: ex.sel, camera: ex.camera, revision: ex.revision, layers: ex.layers }).toEqual({ sel: null, camera: { kind: 'free' }, revision: 0, layers: [] });
  });
});

describe('presenceOf', () => {
  it('lists kinds and controllers of the features active on the date, in visible layers only', () => {
    const fc = (features: Record<string, unknown>[]): FeatureCollection<Geometry, Record<string, unknown>> => ({
      type: 'FeatureCollection',
      features: features.map((p) => ({ type: 'Feature', properties: p, geometry: { type: 'Point', coordinates: [0, 0] } })),
    });
    const data = new Map([
      [
        'territories',
        fc([
          { kind: 'territory', controller: 'USSR', fromDay: 0, toDay: 10 },
          { kind: 'territory', controller: 'Germany', fromDay: 10, toDay: 20 },
        ]),
      ],
      ['camps', fc([{ kind: 'nkvd-camp', fromDay: 0, toDay: 99, certainty: 'approximate' }])],
    ]);
    const p = presenceOf(data, ['territories'], 5);
    expect(Object.keys(p)).toEqual(['territories']);
    expect([...p.territories.controllers]).toEqual(['USSR']);
    expect(p.territories.uncertain).toBe(false);
    expect(presenceOf(data, ['camps'], 5).camps.uncertain).toBe(true);
  });

  it('with a view, counts only the features whose box reaches into it', () => {
    const at = (coordinates: unknown, kind: string) => ({ type: 'Feature' as const, properties: { kind, fromDay: 0, toDay: 99 }, geometry: { type: 'LineString', coordinates } as Geometry });
    const data = new Map([
      [
        'routes',
        {
          type: 'FeatureCollection' as const,
          features: [
            at(
              [
                [20, 50],
                [30, 55],
              ],
              'transport',
            ),
            at(
              [
                [60, 60],
                [70, 65],
              ],
              'deportation',
            ),
          ],
        },
      ],
    ]);
    expect([...presenceOf(data, ['routes'], 5).routes.kinds].sort()).toEqual(['deportation', 'transport']);
    // A view over Poland and Belarus: the Urals route is not in it; a view that only its line crosses keeps it.
    expect([...presenceOf(data, ['routes'], 5, [14, 48, 32, 56]).routes.kinds]).toEqual(['transport']);
    expect([...presenceOf(data, ['routes'], 5, [64, 61, 66, 63]).routes.kinds]).toEqual(['deportation']);
    expect(presenceOf(data, ['routes'], 5, [100, 10, 110, 20]).routes.kinds.size).toBe(0);
  });
});
