/**
 * Lives: src/lives/<id>.yaml, one documented person's path, station by station. Parsed and linted
 * here (by the build via vite-plugin.ts, and by the data tests); a curator's mistake is a problem
 * naming the file, the life or station, and the field.
 *
 * Checks: the shape (zod); station dates exist and are ordered (each station starts no earlier than
 * the one before, and ends no earlier than it starts); every place resolves (a geodata feature id,
 * or coordinates with a source for them); every station cites at least one source, and every source
 * key is in the register (geodata/sources.json or scripts/geodata/sources-lives.ts); every text is
 * present in every shipped language; texts carry no digits (dates are fields, formatted per
 * language) and no quotation marks (the lives carry no quotations: words in quotation marks must be
 * the source's own, and these texts are summaries); a route or highlight names a real feature.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseDocument } from 'yaml';
import { z } from 'zod';
import { dayOf } from '../../src/time.ts';
import type { Problem } from './problems.ts';
import type { LifeSpec, LifeStation, Life, LifeCrossing } from '../../src/lives/types.ts';
import type { StepSpec } from '../../src/story/types.ts';
import type { FeatureIndexEntry } from '../../src/layers/feature-index.ts';
import { isoDate, kebab } from '../../src/story/schema.ts';

const lonLat = z.tuple([z.number().min(-180).max(180), z.number().min(-85).max(85)], { error: 'must be [longitude, latitude]' });
const texts = z.record(z.string(), z.string().min(1, 'must not be empty'), { error: 'must be a map of language code to text' });
const sourceRef = z.union([z.string(), z.strictObject({ key: z.string(), at: z.string().min(1).optional() })], { error: 'must be a source key or {key, at}' });

const stationSchema = z.strictObject({
  place: z.string().optional(),
  at: lonLat.optional(),
  at_source: z.string().optional(),
  approximate: z.boolean().optional(),
  label: texts,
  from: isoDate,
  to: isoDate.optional(),
  precision: z.enum(['day', 'month', 'year'], { error: 'must be day, month or year' }),
  certainty: z.enum(['documented', 'reported', 'estimated'], { error: 'must be documented, reported or estimated (see HISTORY.md)' }),
  route: z.string().optional(),
  highlight: z.array(z.string()).optional(),
  sources: z.array(sourceRef).min(1, 'every station must cite at least one source'),
  text: texts,
});

const lifeSchema = z.strictObject({
  id: kebab,
  name: z.string().min(1),
  years: z.string().regex(/^\d{4}–\d{4}$/, 'must be two years with an en dash, e.g. 1899–1997'),
  nation: z.string().regex(/^[a-z]{2}$/, 'must be a two-letter country code'),
  summary: texts,
  stations: z.array(z.unknown()).min(2, 'a life needs at least two stations'),
});

export interface LivesContext {
  /** Language codes every text must have, base first. */
  languages: string[];
  /** Feature index from geodata (id → layer, bbox, dates). */
  index: Record<string, Pick<FeatureIndexEntry, 'layer' | 'bbox' | 'from' | 'to'>>;
  /** Every citable source key. */
  sourceKeys: ReadonlySet<string>;
}

const DIGIT = /\d/;
const QUOTES = /["“”„«»‘’‚]/;

function lintTexts(t: Record<string, string>, langs: string[], file: string, item: string, field: string, p: (item: string, field: string, message: string) => void, prose: boolean) {
  for (const l of langs) if (!(l in t)) p(item, `${field}.${l}`, `is missing (every text needs all languages: ${langs.join(', ')})`);
  for (const l of Object.keys(t)) {
    if (!langs.includes(l)) p(item, `${field}.${l}`, `is not a shipped language (${langs.join(', ')})`);
    if (prose && DIGIT.test(t[l])) p(item, `${field}.${l}`, 'contains a digit: dates and figures are station fields, shown in each language by the app; write numbers in words or leave them out');
    if (prose && QUOTES.test(t[l])) p(item, `${field}.${l}`, "contains quotation marks: a life's texts are summaries and carry no quotations");
  }
  void file;
}

/** Parse and lint one life file's text. */
export function parseLife(text: string, file: string, ctx: LivesContext): { problems: Problem[]; life?: LifeSpec } {
  const problems: Problem[] = [];
  const doc = parseDocument(text, { uniqueKeys: true });
  if (doc.errors.length) return { problems: [{ file, message: `YAML syntax error at line ${doc.errors[0].linePos?.[0].line ?? '?'}: ${doc.errors[0].message.split('\n')[0]}` }] };
  const raw = doc.toJSON() as Record<string, unknown>;
  const head = lifeSchema.safeParse(raw);
  const lifeId = typeof raw?.id === 'string' ? raw.id : basename(file, '.yaml');
  const p = (item: string, field: string, message: string) => problems.push({ file, item, field: field || undefined, message });
  if (!head.success) {
    for (const issue of head.error.issues) p(lifeId, issue.path.join('.'), issue.message);
    return { problems };
  }
  const life = head.data;
  if (`${life.id}.yaml` !== basename(file)) p(life.id, 'id', `must match the file name (${basename(file, '.yaml')})`);
  lintTexts(life.summary, ctx.languages, file, life.id, 'summary', p, true);
  const stations: LifeStation[] = [];
  life.stations.forEach((s, i) => {
    const item = `${life.id} station ${i + 1}`;
    const parsed = stationSchema.safeParse(s);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) p(item, issue.path.join('.'), issue.message);
      return;
    }
    const st = parsed.data;
    // Place: a feature id, or coordinates with the source of the coordinates.
    if (st.place != null && st.at != null) p(item, 'place', 'give either place (a feature id) or at (coordinates), not both');
    else if (st.place == null && st.at == null) p(item, 'place', 'is missing: give a feature id from geodata/ or at: [lon, lat] with at_source');
    else if (st.place != null && !ctx.index[st.place]) p(item, 'place', `"${st.place}" is not a feature id in geodata/`);
    if (st.at != null && !st.at_source) p(item, 'at_source', 'coordinates need a source (a register key, e.g. geonames)');
    if (st.at_source != null && !ctx.sourceKeys.has(st.at_source)) p(item, 'at_source', `"${st.at_source}" is not in the sources register`);
    if (st.place != null && st.at_source != null) p(item, 'at_source', 'only for coordinates given with at');
    // Dates: ordered within the station and along the life.
    if (st.to != null && dayOf(st.to) < dayOf(st.from)) p(item, 'to', `(${st.to}) is before from (${st.from})`);
    const prev = stations[stations.length - 1];
    if (prev && dayOf(st.from) < dayOf(prev.from)) p(item, 'from', `(${st.from}) is before the previous station's from (${prev.from}): stations must be in date order`);
    // A place from geodata must be on the map at the station's date (the feature's from ≤ date < to).
    const f = st.place != null ? ctx.index[st.place] : undefined;
    if (f && (dayOf(st.from) < dayOf(f.from) || (f.to != null && dayOf(st.from) >= dayOf(f.to))))
      p(item, 'place', `"${st.place}" is not on the map on ${st.from} (it is dated ${f.from} – ${f.to ?? 'open'}); give coordinates with at instead`);
    // Sources.
    st.sources.forEach((ref, j) => {
      const key = typeof ref === 'string' ? ref : ref.key;
      if (!ctx.sourceKeys.has(key)) p(item, `sources.${j}`, `"${key}" is not in the sources register (geodata/sources.json or scripts/geodata/sources-lives.ts)`);
    });
    for (const id of [...(st.route ? [st.route] : []), ...(st.highlight ?? [])]) if (!ctx.index[id]) p(item, st.route === id ? 'route' : 'highlight', `"${id}" is not a feature id in geodata/`);
    lintTexts(st.label, ctx.languages, file, item, 'label', p, false);
    lintTexts(st.text, ctx.languages, file, item, 'text', p, true);
    stations.push({ ...st, sources: st.sources.map((r) => (typeof r === 'string' ? { key: r } : r)) } as LifeStation);
  });
  if (problems.length) return { problems };
  return { problems, life: { ...life, stations } as LifeSpec };
}

/** Where a station is on the map: its point [lon, lat]. */
export function stationPoint(st: LifeStation, index: LivesContext['index']): [number, number] {
  if (st.at) return st.at;
  const b = index[st.place!].bbox;
  return [(b[0] + b[2]) / 2, (b[1] + b[3]) / 2];
}

/**
 * The story steps a life crosses. A station matches a step when the step shows (highlights, frames,
 * animates or counts) the station's route while that route is in use, or shows the station's place
 * or one of its highlights on a date within the station. Cities (the places layer) only mark where a
 * station is and do not count: a step that shows Moscow is not about everyone held there.
 */
export function crossings(lives: LifeSpec[], steps: StepSpec[], index: LivesContext['index']): Record<string, LifeCrossing[]> {
  const out: Record<string, LifeCrossing[]> = {};
  const inSpan = (day: number, from: string, to: string | null | undefined) => day >= dayOf(from) && (to == null || day <= dayOf(to));
  for (const step of steps) {
    const shown = new Set<string>([...(step.highlight ?? []), ...('fit' in step.camera ? step.camera.fit : []), ...(step.animate?.routes ?? []), ...(step.counts ?? []).map((c) => c.feature)]);
    const day = dayOf(step.date);
    for (const life of lives) {
      const i = life.stations.findIndex((s) => {
        if (s.route && shown.has(s.route) && index[s.route] && inSpan(day, index[s.route].from, index[s.route].to)) return true;
        if (!inSpan(day, s.from, s.to ?? s.from)) return false;
        const specific = [...(s.place ? [s.place] : []), ...(s.highlight ?? [])].filter((id) => index[id]?.layer !== 'places');
        return specific.some((id) => shown.has(id));
      });
      if (i >= 0) (out[step.id] ??= []).push({ life: life.id, station: i });
    }
  }
  return out;
}

/** Load every src/lives/*.yaml in a folder; `rel` is the folder as named in problems. */
export function loadLives(dir: string, ctx: LivesContext, rel = 'src/lives'): { problems: Problem[]; lives: Life[] } {
  const problems: Problem[] = [];
  const lives: Life[] = [];
  let files: string[];
  try {
    files = readdirSync(dir)
      .filter((f) => f.endsWith('.yaml'))
      .sort();
  } catch {
    return { problems: [{ file: rel, message: 'is missing (the lives folder)' }], lives };
  }
  for (const f of files) {
    const r = parseLife(readFileSync(join(dir, f), 'utf8'), `${rel}/${f}`, ctx);
    problems.push(...r.problems);
    if (r.life) lives.push({ ...r.life, points: r.life.stations.map((s) => stationPoint(s, ctx.index)) });
  }
  const ids = new Set<string>();
  for (const l of lives) {
    if (ids.has(l.id)) problems.push({ file: `${rel}/${l.id}.yaml`, item: l.id, field: 'id', message: 'is used by two lives' });
    ids.add(l.id);
  }
  return { problems, lives };
}
