/**
 * The geodata pipeline: validate every geodata/ file and derive what the map needs.
 *
 * Validation, in order: JSON syntax; GeoJSON structure (geojson-validation); geometry family of the
 * layer; the property schema (zod); unique ids across all layers; ordered dates; resolvable source
 * keys; coordinates inside the layer's extent. Derivation (turf): day numbers for MapLibre filters,
 * bounding boxes, route lengths, great-circle densified route geometry and cumulative distances for
 * the geodesic reveal, and label texts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as gjv from 'geojson-validation';
import { z } from 'zod';
import { bbox as turfBbox, greatCircle, distance, length as turfLength, point, lineString, coordAll } from '@turf/turf';
import type { Feature, FeatureCollection, Geometry, Position, LineString } from 'geojson';
import { LAYERS, type LayerDef, type Extent } from '../../src/layers/registry.ts';
import { dayOf, endDayOf, OPEN_END } from '../../src/time.ts';
import type { Problem } from './problems.ts';
import { figureSchema, type FeatureIndexEntry } from '../../src/layers/feature-index.ts';
import { isoDate } from '../../src/story/schema.ts';
import { checkRegister, lintFigureSources, type SourceEntry } from './sources.ts';
import { lintQuotes, loadSeeds } from './seeds.ts';

const kebabId = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be kebab-case: lower-case letters, digits and single hyphens');

/** Properties every feature must carry. Layer-specific fields are allowed on top. */
const baseProps = z.looseObject({
  id: kebabId,
  kind: z.string(),
  name: z.string().min(1),
  names: z.record(z.string(), z.string().min(1)).optional(),
  from: isoDate,
  to: isoDate.nullable(),
  from_precision: z.enum(['day', 'month', 'year']).optional(),
  to_precision: z.enum(['day', 'month', 'year']).optional(),
  sources: z.array(z.string().min(1)).min(1, 'every feature needs at least one source'),
  certainty: z.enum(['documented', 'approximate', 'reconstruction', 'disputed']).optional(),
  note: z.string().optional(),
  figures: z.record(z.string(), figureSchema).optional(),
  short: z.string().min(1).optional(),
  /** Short name in the local script for the second label line (else names[local]). */
  short_local: z.string().min(1).optional(),
  local: z.string().min(2).max(3).optional(),
  /** Names that changed with the date (Wilno → Vilnius, Viipuri → Vyborg): per language, in order. */
  names_by_date: z.array(z.looseObject({ lang: z.string().min(2).max(3), name: z.string().min(1), from: isoDate.optional(), to: isoDate.optional() })).optional(),
});
export type FeatureProps = z.infer<typeof baseProps>;

/** Each layer's own required properties, from its registry entry (`requires`). */
const requirement = { text: z.string().min(1), ids: z.array(kebabId).min(2) } as const;
const extraProps: Partial<Record<string, z.ZodType>> = Object.fromEntries(
  LAYERS.filter((l) => l.requires).map((l) => [l.id, z.looseObject(Object.fromEntries(Object.entries(l.requires!).map(([k, v]) => [k, requirement[v]])))]),
);

/** Derived, map-ready properties added to every feature. */
export interface DerivedProps extends FeatureProps {
  fromDay: number;
  toDay: number;
  /** Main label (short name when given). */
  label: string;
  /** Second label line in the local script (empty when the same as the label). */
  label_local: string;
  /** The English label by date: n0 until day d1, n1 until d2, n2 until d3, then n3 (see style.ts). */
  n0: string;
  n1: string;
  n2: string;
  n3: string;
  d1: number;
  d2: number;
  d3: number;
  /** Routes: total great-circle length in km. */
  length_km?: number;
  /** Routes: cumulative great-circle distance in km at every vertex of the densified line. */
  cum_km?: number[];
}

export type { FeatureIndexEntry };

export interface GeodataResult {
  problems: Problem[];
  /** Derived collections by layer id (only for layers without problems). */
  layers: Record<string, FeatureCollection<Geometry, DerivedProps>>;
  /** Every feature id → where it lives and its box, for camera fits and story lint. */
  index: Record<string, FeatureIndexEntry>;
  /** Box of each layer's data. */
  bboxes: Record<string, [number, number, number, number]>;
}

const families: Record<LayerDef['geometry'], string[]> = {
  Polygon: ['Polygon', 'MultiPolygon'],
  LineString: ['LineString', 'MultiLineString'],
  Point: ['Point', 'MultiPoint'],
};

function outside(pos: Position, e: Extent) {
  const [x, y] = pos;
  return !(x >= e[0] && x <= e[2] && y >= e[1] && y <= e[3]);
}

/** Densify a route along great circles, about one vertex per `stepKm`, and list cumulative km. */
export function densifyRoute(coords: Position[], stepKm = 15): { coordinates: Position[]; cum: number[] } {
  const out: Position[] = [coords[0]];
  for (let i = 1; i < coords.length; i++) {
    const a = coords[i - 1];
    const b = coords[i];
    const d = distance(point(a), point(b));
    const n = Math.max(2, Math.ceil(d / stepKm) + 1);
    const seg = d < 1 || n <= 2 ? [a, b] : (greatCircle(a, b, { npoints: n }).geometry as LineString).coordinates;
    out.push(...seg.slice(1));
  }
  const rounded = out.map(([x, y]) => [Math.round(x * 1e5) / 1e5, Math.round(y * 1e5) / 1e5]);
  const cum = [0];
  for (let i = 1; i < rounded.length; i++) cum.push(cum[i - 1] + distance(point(rounded[i - 1]), point(rounded[i])));
  return { coordinates: rounded, cum: cum.map((c) => Math.round(c * 100) / 100) };
}

/**
 * Validate one layer file's text. `knownSources` is the set of keys in geodata/sources.json.
 * Returns the problems found and, if there were none, the derived collection.
 */
export function validateLayer(
  def: LayerDef,
  text: string,
  knownSources: ReadonlySet<string>,
  file = `geodata/${def.file}`,
): { problems: Problem[]; collection?: FeatureCollection<Geometry, DerivedProps> } {
  const problems: Problem[] = [];
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return { problems: [{ file, message: `is not valid JSON: ${(e as Error).message}` }] };
  }
  const obj = data as { type?: unknown; features?: unknown };
  if (obj?.type !== 'FeatureCollection' || !Array.isArray(obj.features)) {
    return { problems: [{ file, message: 'must be a GeoJSON FeatureCollection with a "features" array' }] };
  }
  const seen = new Set<string>();
  const out: Feature<Geometry, DerivedProps>[] = [];
  (obj.features as unknown[]).forEach((raw, i) => {
    const f = raw as Feature;
    const rawId = (f as { properties?: { id?: unknown } })?.properties?.id;
    const item = typeof rawId === 'string' && rawId ? rawId : `feature #${i + 1}`;
    const add = (field: string | undefined, message: string) => problems.push({ file, item, field, message });

    const structural = gjv.isFeature(f, true);
    if (structural.length) return add('geometry', `invalid GeoJSON: ${structural.join('; ')}`);
    if (!f.geometry) return add('geometry', 'is missing (null)');
    if (!families[def.geometry].includes(f.geometry.type)) {
      return add('geometry', `must be ${families[def.geometry].join(' or ')} in layer "${def.id}", got ${f.geometry.type}`);
    }
    const schema = extraProps[def.id] ? baseProps.and(extraProps[def.id]!) : baseProps;
    const parsed = schema.safeParse(f.properties ?? {});
    if (!parsed.success) {
      for (const issue of parsed.error.issues) add(issue.path.join('.') || undefined, issue.message);
      return;
    }
    const p = parsed.data as FeatureProps;
    const before = problems.length;
    if (!def.kinds.includes(p.kind)) add('kind', `must be one of ${def.kinds.join(', ')} in layer "${def.id}", got "${p.kind}"`);
    if (seen.has(p.id)) add('id', 'is used twice in this file');
    seen.add(p.id);
    if (p.to !== null && dayOf(p.to) <= dayOf(p.from)) add('to', `(${p.to}) must be after "from" (${p.from})`);
    for (const key of p.sources) if (!knownSources.has(key)) add('sources', `unknown source key "${key}" (not in geodata/sources.json)`);
    for (const [name, fig] of Object.entries(p.figures ?? {})) {
      for (const key of fig.sources) if (!knownSources.has(key)) add(`figures.${name}.sources`, `unknown source key "${key}"`);
    }
    const bad = coordAll(f as Feature).find((c) => outside(c, def.extent));
    if (bad) add('geometry', `coordinate [${bad.join(', ')}] is outside the layer's extent [${def.extent.join(', ')}] (swapped lon/lat?)`);
    if (problems.length > before) return;

    let geometry = f.geometry;
    const derived: DerivedProps = {
      ...p,
      fromDay: dayOf(p.from),
      toDay: endDayOf(p.to),
      label: p.short ?? p.name,
      label_local: '',
    } as DerivedProps;
    // Labels that change with the date, flattened into four slots a style expression can read.
    const periods = (p.names_by_date ?? []).filter((e) => e.lang === 'en').sort((a, b) => (a.from ? dayOf(a.from) : -1e9) - (b.from ? dayOf(b.from) : -1e9));
    if (periods.length > 4) add('names_by_date', `has ${periods.length} English names by date; at most 4 are supported`);
    if (periods.slice(1).some((e) => !e.from)) add('names_by_date', 'every name after the first needs a "from" date');
    if (problems.length > before) return;
    const names = periods.length ? periods.map((e) => e.name) : [derived.label];
    const days = periods.slice(1).map((e) => dayOf(e.from!));
    Object.assign(derived, {
      n0: names[0],
      n1: names[1] ?? names[0],
      n2: names[2] ?? names[1] ?? names[0],
      n3: names[3] ?? names[2] ?? names[1] ?? names[0],
      d1: days[0] ?? OPEN_END,
      d2: days[1] ?? OPEN_END,
      d3: days[2] ?? OPEN_END,
    });
    const local = p.short_local ?? (p.local ? p.names?.[p.local] : undefined);
    if (local && local !== derived.label) derived.label_local = local;
    if (geometry.type === 'LineString' && def.reveal) {
      const { coordinates, cum } = densifyRoute(geometry.coordinates);
      geometry = { type: 'LineString', coordinates };
      derived.cum_km = cum;
      derived.length_km = Math.round(turfLength(lineString(coordinates)) * 10) / 10;
    }
    out.push({ type: 'Feature', id: undefined, geometry, properties: derived } as Feature<Geometry, DerivedProps>);
  });
  if (problems.length) return { problems };
  return { problems, collection: { type: 'FeatureCollection', features: out.map(({ id: _id, ...f }) => f as Feature<Geometry, DerivedProps>) } };
}

/** Read and validate the source register (scripts/content/sources.ts: closed vocabulary, unique keys, hosts, share). */
export function validateSources(text: string, file = 'geodata/sources.json'): { problems: Problem[]; keys: Set<string> } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return { problems: [{ file, message: `is not valid JSON: ${(e as Error).message}` }], keys: new Set() };
  }
  const { problems, sources } = checkRegister(data, file);
  return { problems, keys: new Set(sources.map((s) => s.key)) };
}

/** Validate and derive the whole geodata/ folder. */
export function loadGeodata(dir: string, layers: readonly LayerDef[] = LAYERS): GeodataResult & { sources: SourceEntry[] } {
  const read = (name: string) => readFileSync(join(dir, name), 'utf8');
  const result: GeodataResult & { sources: SourceEntry[] } = { problems: [], layers: {}, index: {}, bboxes: {}, sources: [] };
  let srcText = '[]';
  try {
    srcText = read('sources.json');
  } catch {
    result.problems.push({ file: 'geodata/sources.json', message: 'is missing' });
  }
  const { problems: sp, keys } = validateSources(srcText);
  result.problems.push(...sp);
  if (!sp.length) result.sources = JSON.parse(srcText);
  for (const def of layers) {
    let text: string;
    try {
      text = read(def.file);
    } catch {
      result.problems.push({ file: `geodata/${def.file}`, message: `is missing (layer "${def.id}" in src/layers/registry.ts names it)` });
      continue;
    }
    const { problems, collection } = validateLayer(def, text, keys);
    result.problems.push(...problems);
    if (!collection) continue;
    result.layers[def.id] = collection;
    result.bboxes[def.id] = turfBbox(collection) as [number, number, number, number];
    for (const f of collection.features) {
      const p = f.properties;
      const prev = result.index[p.id];
      if (prev) {
        result.problems.push({ file: `geodata/${def.file}`, item: p.id, field: 'id', message: `is also used in layer "${prev.layer}": ids must be unique across geodata/` });
        continue;
      }
      result.index[p.id] = {
        layer: def.id,
        name: p.name,
        label: f.properties.label,
        kind: p.kind,
        from: p.from,
        to: p.to,
        bbox: turfBbox(f) as [number, number, number, number],
        ...(p.figures ? { figures: p.figures } : {}),
      };
    }
  }
  // Route waypoints must name features or places that exist, so the route is traceable.
  for (const f of result.layers.routes?.features ?? []) {
    for (const w of (f.properties as unknown as { waypoints: string[] }).waypoints) {
      if (!result.index[w] && !KNOWN_WAYPOINTS.has(w)) {
        result.problems.push({ file: 'geodata/routes.geojson', item: f.properties.id, field: 'waypoints', message: `unknown waypoint "${w}" (not a feature id in geodata/)` });
      }
    }
  }
  // No figure may rest on encyclopedias alone (HISTORY.md: press and encyclopedias are context only).
  if (!sp.length) {
    const feats = Object.entries(result.layers).flatMap(([id, fc]) =>
      fc.features.map((f) => ({ file: `geodata/${layers.find((l) => l.id === id)?.file ?? id}`, id: f.properties.id, figures: f.properties.figures })),
    );
    result.problems.push(...lintFigureSources(feats, result.sources));
    // A popular account's words in a seed claim are quoted verbatim.
    const seeds = loadSeeds();
    if (seeds)
      for (const f of feats)
        for (const [name, fig] of Object.entries(f.figures ?? {})) {
          if (fig.seed_claim) result.problems.push(...lintQuotes(fig.seed_claim, seeds, { file: f.file, item: f.id, field: `figures.${name}.seed_claim` }));
        }
  }
  return result;
}

/** Waypoints that are stations or facilities not (yet) drawn as features of their own. */
const KNOWN_WAYPOINTS = new Set(['gnezdovo-station', 'katyn-nkvd-dacha']);

export type { SourceEntry } from './sources.ts';
