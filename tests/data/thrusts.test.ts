/**
 * The thrust arrows: they validate, their dates lie within the story's campaigns, every arrow rests on
 * scholarship in the register, each starts on the attacker's side of the border on its date and ends
 * in the defender's country on the day before, the shipped file is what scripts/geodata/thrusts.ts
 * makes, and the story steps of the invasions show them.
 */
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { booleanPointInPolygon } from '@turf/turf';
import type { Feature, LineString, MultiPolygon, Polygon } from 'geojson';
import { loadGeodata, type DerivedProps } from '../../scripts/content/geodata.ts';
import { formatProblem } from '../../scripts/content/problems.ts';
import { resolve as resolveSource } from '../../scripts/content/sources.ts';
import { thrusts as buildThrusts } from '../../scripts/geodata/thrusts.ts';
import { dayOf, isActive } from '../../src/time.ts';
import { thrustsAt, type ThrustProps } from '../../src/map/thrusts.ts';

const dir = fileURLToPath(new URL('../../geodata/', import.meta.url));
const geo = loadGeodata(dir);
type Thrust = Feature<LineString, DerivedProps & { reach: string }>;
type Terr = Feature<Polygon | MultiPolygon, DerivedProps & { controller: string }>;
const arrows = (geo.layers.thrusts?.features ?? []) as Thrust[];
const terr = (geo.layers.territories?.features ?? []) as Terr[];
/** Controller of the territory a point lay in on a date. */
const holder = (p: number[], day: number) => terr.find((f) => isActive(f.properties, day) && booleanPointInPolygon(p, f))?.properties.controller;

/** The campaigns the story tells: the days their arrows may start on, and the story's end of each. */
const OPENINGS = ['1939-09-01', '1939-09-09', '1939-09-17', '1939-11-30', '1940-06-15', '1940-06-17', '1941-06-22'];
const ATTACKERS: Record<string, string[]> = { 'german-thrust': ['Germany', 'Slovakia'], 'soviet-thrust': ['USSR'] };

describe('thrusts layer', () => {
  it('validates, with arrows for every campaign', () => {
    expect(geo.problems.filter((p) => p.file.endsWith('thrusts.geojson')).map(formatProblem)).toEqual([]);
    expect(arrows.length).toBeGreaterThanOrEqual(20);
    for (const d of ['1939-09-01', '1939-09-17', '1939-11-30', '1940-06-15', '1940-06-17', '1941-06-22']) {
      expect(
        arrows.some((a) => a.properties.from === d),
        d,
      ).toBe(true);
    }
  });

  it('is what scripts/geodata/thrusts.ts makes', () => {
    const shipped = JSON.parse(readFileSync(`${dir}thrusts.geojson`, 'utf8')).features;
    expect(shipped).toEqual(JSON.parse(JSON.stringify(buildThrusts())));
  });

  it('dates each arrow within its campaign: from ≤ reach < to, the campaign over within weeks', () => {
    for (const a of arrows) {
      const p = a.properties;
      expect(OPENINGS, p.id).toContain(p.from);
      expect(dayOf(p.reach), p.id).toBeGreaterThanOrEqual(dayOf(p.from));
      expect(p.to, p.id).not.toBeNull();
      expect(dayOf(p.to!), p.id).toBeGreaterThan(dayOf(p.reach));
      expect(dayOf(p.to!) - dayOf(p.from), p.id).toBeLessThanOrEqual(106); // Petsamo: held to the ceasefire
    }
  });

  it('rests every arrow on a monograph in the register', () => {
    const byKey = new Map(geo.sources.map((s) => [s.key, s]));
    for (const a of arrows) {
      const types = a.properties.sources.map((k) => resolveSource(byKey, k)?.type);
      expect(types, a.properties.id).not.toContain(undefined);
      expect(types, a.properties.id).toContain('monograph');
    }
  });

  it("starts on the attacker's side of the border on its date and points into the country attacked", () => {
    for (const a of arrows) {
      const c = a.geometry.coordinates;
      const from = dayOf(a.properties.from);
      const start = holder(c[0], from);
      expect(ATTACKERS[a.properties.kind], `${a.properties.id} starts in ${start}`).toContain(start);
      const tip = holder(c[c.length - 1], from - 1);
      expect(tip, `${a.properties.id} ends in ${tip}`).toBeDefined();
      expect(ATTACKERS[a.properties.kind], `${a.properties.id} ends in ${tip}, the attacker's own country`).not.toContain(tip);
    }
  });

  it('grows with the date: a stub on the first day, the whole arrow from the day the objective was reached, nothing after', () => {
    const data = arrows as unknown as Feature<LineString, ThrustProps>[];
    const shaftOf = (id: string, day: number) =>
      thrustsAt(data, day).features.find((f) => f.properties?.id === id && f.geometry.type === 'LineString' && f.properties.part !== 'axis')?.geometry as LineString | undefined;
    const a = arrows.find((x) => x.properties.id === 'thrust-1939-3rd-army')!;
    const [from, reach, to] = [dayOf(a.properties.from), dayOf(a.properties.reach), dayOf(a.properties.to!)];
    const len = (id: string, d: number) => shaftOf(id, d)?.coordinates.length ?? 0;
    expect(len(a.properties.id, from - 1)).toBe(0);
    expect(len(a.properties.id, from)).toBeGreaterThan(1);
    expect(len(a.properties.id, from)).toBeLessThan(len(a.properties.id, reach - 1));
    expect(len(a.properties.id, reach - 1)).toBeLessThan(len(a.properties.id, reach));
    expect(len(a.properties.id, reach)).toBe(len(a.properties.id, to - 1));
    expect(len(a.properties.id, to)).toBe(0);
    // Until then the course ahead is drawn as the axis, the whole line to the objective.
    const axis = (d: number) => thrustsAt(data, d).features.find((f) => f.properties?.id === a.properties.id && f.properties.part === 'axis');
    expect(axis(from)?.geometry).toEqual(a.geometry);
    expect(axis(reach)).toBeUndefined();
    // The head's point is the line's end from the day the objective was reached.
    const head = thrustsAt(data, reach).features.find((f) => f.properties?.id === a.properties.id && f.geometry.type === 'Polygon')!.geometry as Polygon;
    expect(head.coordinates[0][0]).toEqual(a.geometry.coordinates[a.geometry.coordinates.length - 1]);
  });

  it('is shown by the steps of the invasions and offensives, with arrows under way on their dates', () => {
    const steps = (parse(readFileSync(fileURLToPath(new URL('../../src/story/steps.yaml', import.meta.url)), 'utf8')) as { steps: { id: string; date: string; layers: string[] }[] }).steps;
    for (const id of ['german-invasion', 'soviet-invasion', 'winter-war', 'baltic-occupation', 'barbarossa']) {
      const s = steps.find((x) => x.id === id)!;
      expect(s.layers, id).toContain('thrusts');
      expect(arrows.filter((a) => isActive(a.properties, dayOf(String(s.date)))).length, id).toBeGreaterThanOrEqual(2);
    }
  });
});
