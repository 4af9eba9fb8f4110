import { describe, it, expect } from 'vitest';
import { distance, point } from '@turf/turf';
import { partialRoute, revealCollection, type RevealRoute } from '../../src/map/animate.ts';
import { densifyRoute } from '../../scripts/content/geodata.ts';

// Starobielsk → Kharkiv, a real route of the story.
const raw = [
  [38.925, 49.274],
  [36.238, 49.998],
  [36.263, 50.081],
];
const { coordinates, cum } = densifyRoute(raw);
const route: RevealRoute = { id: 'r', coordinates, cum };
const total = cum[cum.length - 1];

describe('geodesic route reveal', () => {
  it('densifies along great circles with cumulative distances', () => {
    expect(coordinates[0]).toEqual(raw[0]);
    expect(coordinates[coordinates.length - 1]).toEqual(raw[2]);
    expect(coordinates.length).toBeGreaterThan(10);
    const straight = distance(point(raw[0]), point(raw[1])) + distance(point(raw[1]), point(raw[2]));
    expect(total).toBeCloseTo(straight, 0);
    for (let i = 1; i < cum.length; i++) expect(cum[i]).toBeGreaterThanOrEqual(cum[i - 1]);
  });

  it('reveals a share of the great-circle length, not of the vertex count', () => {
    for (const t of [0.1, 0.25, 0.5, 0.9]) {
      const { line, head } = partialRoute(route, t);
      let len = 0;
      for (let i = 1; i < line.length; i++) len += distance(point(line[i - 1]), point(line[i]));
      expect(len / total).toBeCloseTo(t, 2);
      expect(line[line.length - 1]).toEqual(head);
    }
  });

  it('starts at the camp and ends at the site', () => {
    expect(partialRoute(route, 0).head).toEqual(raw[0]);
    expect(partialRoute(route, 1).head).toEqual(raw[2]);
    expect(partialRoute(route, 5).line).toEqual(coordinates);
  });

  it('draws heads only while the reveal runs', () => {
    expect(revealCollection([route], 0.5).features.map((f) => f.geometry.type)).toEqual(['LineString', 'Point']);
    expect(revealCollection([route], 1).features.map((f) => f.geometry.type)).toEqual(['LineString']);
  });
});
