/**
 * Shared helpers for the geodata generators in scripts/: reading the research folder (../shared)
 * and writing geodata files one feature per line, so curated data diffs stay readable.
 */
import { readFileSync, writeFileSync } from 'node:fs';

export const SHARED = new URL('../../../shared/', import.meta.url);
export const GEODATA = new URL('../../geodata/', import.meta.url);

export const readShared = (p: string) => JSON.parse(readFileSync(new URL(p, SHARED), 'utf8'));
export const readGeodata = (p: string) => JSON.parse(readFileSync(new URL(p, GEODATA), 'utf8'));

export const kebab = (s: string) =>
  s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

/** Write a FeatureCollection to geodata/, one feature per line. */
export function writeGeodata(name: string, fc: object) {
  const { features, ...rest } = fc as { features: unknown[] };
  const head = JSON.stringify(rest).slice(0, -1);
  const body = features.map((f) => JSON.stringify(f)).join(',\n');
  writeFileSync(new URL(name, GEODATA), `${head},"features":[\n${body}\n]}\n`);
}

export type Place = {
  id: string; name: string; names: Record<string, string>; lat: number; lon: number; kind: string;
  figures: Record<string, number | string>; sources: { key: string }[]; coord_precision_m?: number;
};
let placeMap: Map<string, Place> | null = null;
/** A place of the fact sheet (shared/facts/places.json) by its id. */
export function place(id: string): Place {
  placeMap ??= new Map((readShared('facts/places.json') as Place[]).map((p) => [p.id, p]));
  const p = placeMap.get(id);
  if (!p) throw new Error(`no place ${id} in shared/facts/places.json`);
  return p;
}
export const srcKeys = (p: { sources: { key: string }[] }) => [...new Set(p.sources.map((s) => s.key))];
