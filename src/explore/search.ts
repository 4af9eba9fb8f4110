/**
 * Search by any name a place or event has had: English, local, historic (names_by_date), short
 * labels. Matching ignores case, diacritics and punctuation (Lwow finds Lwów, Lodz finds Łódź) and
 * works in any script (Львів). Pure and DOM-free.
 */
import { layerDef } from '../layers/registry.ts';
import type { FeatureIndexEntry } from '../layers/feature-index.ts';

/** Fold text for comparison: lower case, no diacritics, letters without a decomposition mapped by hand. */
export function normalise(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/ł/g, 'l')
    .replace(/ß/g, 'ss')
    .replace(/[øǿ]/g, 'o')
    .replace(/æ/g, 'ae')
    .replace(/œ/g, 'oe')
    .replace(/[đð]/g, 'd')
    .replace(/ı/g, 'i')
    .replace(/ħ/g, 'h')
    .replace(/þ/g, 'th')
    .replace(/['’ʼ`´]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export interface SearchName {
  text: string;
  /** Language code, "date" for a historic name, or "" for the main name. */
  lang: string;
  norm: string;
}

export interface SearchEntry {
  id: string;
  layer: string;
  label: string;
  kind: string;
  from: string;
  to: string | null;
  bbox: [number, number, number, number];
  names: SearchName[];
}

/** What the index (virtual:geodata) knows of a feature that search needs: its contract's entry (src/layers/feature-index.ts). */
export type IndexLike = Omit<FeatureIndexEntry, 'figures'>;

/** Feature properties that carry names (from the layer data). */
export interface NamedProps {
  id?: unknown;
  name?: unknown;
  short?: unknown;
  short_local?: unknown;
  names?: unknown;
  names_by_date?: unknown;
}

function addName(list: SearchName[], text: unknown, lang: string) {
  if (typeof text !== 'string' || !text.trim()) return;
  const norm = normalise(text);
  if (!norm || list.some((n) => n.norm === norm)) return;
  list.push({ text, lang, norm });
}

/** One entry per feature of the index, with every name the layer data gives it. */
export function buildSearchIndex(index: Record<string, IndexLike>, props: Record<string, NamedProps> = {}): SearchEntry[] {
  return Object.entries(index).map(([id, e]) => {
    const names: SearchName[] = [];
    addName(names, e.name, '');
    addName(names, e.label, '');
    for (const [lang, n] of Object.entries(e.labels ?? {})) addName(names, n, lang);
    const p = props[id];
    if (p) {
      addName(names, p.short, '');
      addName(names, p.short_local, '');
      if (p.names && typeof p.names === 'object') for (const [lang, n] of Object.entries(p.names as Record<string, unknown>)) addName(names, n, lang);
      if (Array.isArray(p.names_by_date)) for (const n of p.names_by_date as { name?: unknown }[]) addName(names, n?.name, 'date');
    }
    return { id, layer: e.layer, label: e.label, kind: e.kind, from: e.from, to: e.to, bbox: e.bbox, names };
  });
}

export interface SearchHit {
  entry: SearchEntry;
  /** The name that matched best (shown when it differs from the label: "Lwów — Lemberg"). */
  matched: SearchName;
  score: number;
}

/** Places first, then sites and camps, then events and lines, then borders: each layer's `searchRank` in the registry. */
const rank = (layer: string) => layerDef(layer)?.searchRank ?? 1e9;

function score(name: string, q: string, tokens: string[]): number {
  if (name === q) return 100;
  if (name.startsWith(q)) return 80;
  const words = name.split(' ');
  if (words.some((w) => w.startsWith(q))) return 60;
  if (tokens.length > 1 && tokens.every((t) => words.some((w) => w.startsWith(t)))) return 50;
  if (name.includes(q)) return 30;
  return 0;
}

/** The best matches for a query, best first. */
export function search(entries: readonly SearchEntry[], query: string, limit = 8): SearchHit[] {
  const q = normalise(query);
  if (!q) return [];
  const tokens = q.split(' ');
  const hits: SearchHit[] = [];
  for (const entry of entries) {
    let best: SearchHit | null = null;
    for (const n of entry.names) {
      const s = score(n.norm, q, tokens);
      if (s > (best?.score ?? 0)) best = { entry, matched: n, score: s };
    }
    if (best) hits.push(best);
  }
  hits.sort((a, b) => b.score - a.score || rank(a.entry.layer) - rank(b.entry.layer) || a.entry.label.length - b.entry.label.length || a.entry.label.localeCompare(b.entry.label));
  return hits.slice(0, limit);
}
