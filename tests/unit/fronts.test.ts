import { describe, it, expect } from 'vitest';
import type { Feature, LineString } from 'geojson';
import { frontsAt, lerpLine, type FrontProps } from '../../src/map/fronts.ts';

const line = (id: string, seq: number, fromDay: number, toDay: number, x: number): Feature<LineString, FrontProps> => ({
  type: 'Feature',
  properties: { id, series: 's', seq, fromDay, toDay, side: 'german' },
  geometry: {
    type: 'LineString',
    coordinates: [
      [x, 50],
      [x, 52],
      [x, 54],
    ],
  },
});
// A front that advances from 18°E (day 0) to 20°E (day 4) to 22°E (day 10), then ends at day 12.
const series = [line('a', 0, 0, 4, 18), line('b', 1, 4, 10, 20), line('c', 2, 10, 12, 22)];

describe('moving fronts', () => {
  it('shows the dated line on its own date', () => {
    expect(frontsAt(series, 0).features[0].geometry.coordinates[0][0]).toBe(18);
    expect(frontsAt(series, 4).features[0].geometry.coordinates[0][0]).toBe(20);
  });

  it('interpolates between consecutive lines of a series', () => {
    expect(frontsAt(series, 2).features[0].geometry.coordinates[1][0]).toBeCloseTo(19);
    expect(frontsAt(series, 7).features[0].geometry.coordinates[2][0]).toBeCloseTo(21);
  });

  it('holds the last line and shows nothing outside the series dates', () => {
    expect(frontsAt(series, 11).features[0].geometry.coordinates[0][0]).toBe(22);
    expect(frontsAt(series, 12).features).toHaveLength(0);
    expect(frontsAt(series, -1).features).toHaveLength(0);
  });

  it('clamps interpolation', () => {
    expect(lerpLine([[0, 0]], [[10, 10]], 2)).toEqual([[10, 10]]);
    expect(lerpLine([[0, 0]], [[10, 10]], -1)).toEqual([[0, 0]]);
  });
});
