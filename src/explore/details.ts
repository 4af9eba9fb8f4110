/**
 * What the feature details panel says about one feature, derived from its properties, the sources
 * register and the story. Pure and DOM-free: the panel only lays it out (as text, never as HTML).
 */
import { dayOf, endDayOf, isIsoDate } from '../time.ts';
import { formatNumber } from '../format.ts';
import type { SourceRef, StepSpec } from '../story/types.ts';

export interface FigureProp {
  value: number | string;
  label: string;
  sources: string[];
  seed_claim?: string;
}

export interface DetailSource {
  key: string;
  title: string;
  url: string | null;
}

export interface FeatureDetails {
  id: string;
  layer: string;
  name: string;
  kind: string;
  /** Names by language, e.g. Polish: Lwów. */
  names: { lang: string; language: string; text: string }[];
  /** Historic names with the time they were used. */
  namesByDate: { name: string; when: string; basis: string | null; sources: DetailSource[] }[];
  /** "1 September 1939 – 28 September 1939", "from 1 January 1938". */
  dates: string;
  figures: { key: string; value: string; label: string; sources: DetailSource[]; seedClaim: string | null }[];
  certainty: { level: string; text: string } | null;
  note: string | null;
  sources: DetailSource[];
  /** Story steps that show it: highlighted, counted, framed or drawn out. */
  steps: { id: string; title: string; how: string[] }[];
}

const CERTAINTY: Record<string, string> = {
  documented: 'Documented: position and dates from the sources.',
  approximate: 'Approximate: the position or line is an estimate.',
  reconstruction: 'Reconstruction: drawn by this project from the sources (schematic).',
  disputed: 'Disputed: the sources disagree.',
};

const languages = (() => {
  try {
    return new Intl.DisplayNames(['en'], { type: 'language' });
  } catch {
    return null;
  }
})();

export function languageName(code: string): string {
  if (code === 'en') return 'English';
  try {
    return languages?.of(code) ?? code;
  } catch {
    return code;
  }
}

const fmt = {
  day: new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
  month: new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' }),
  year: new Intl.DateTimeFormat('en-GB', { year: 'numeric', timeZone: 'UTC' }),
};

/** A date at its precision: "22 September 1939", "October 1939", "1941". */
export function formatDate(iso: string, precision: 'day' | 'month' | 'year' = 'day'): string {
  if (!isIsoDate(iso)) return iso;
  return fmt[precision].format(new Date(`${iso}T00:00:00Z`));
}

/** "Feed grain" → as is; "nkvd-camp" → "NKVD camp". */
export function kindLabel(kind: string): string {
  const words = kind.split('-').map((w) => (['nkvd', 'ussr', 'ssr'].includes(w) ? w.toUpperCase() : w));
  const s = words.join(' ');
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function period(from: string | undefined, to: string | null | undefined, fromP?: unknown, toP?: unknown): string {
  const p = (v: unknown) => (v === 'month' || v === 'year' ? v : 'day');
  if (!from) return '';
  const a = formatDate(from, p(fromP));
  if (!to) return `from ${a}`;
  // `to` is exclusive: the last day shown is the day before.
  const last = new Date(Date.parse(`${to}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
  const b = p(toP) === 'day' ? formatDate(last) : formatDate(to, p(toP));
  return `${a} – ${b}`;
}

const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v : null);

function resolveSources(keys: unknown, register: Record<string, SourceRef>): DetailSource[] {
  if (!Array.isArray(keys)) return [];
  return keys.filter((k): k is string => typeof k === 'string').map((k) => ({ key: k, title: register[k]?.title ?? k, url: register[k]?.url ?? null }));
}

/** Which steps mention a feature, and how. */
export function stepsMentioning(id: string, steps: readonly (StepSpec & { title?: string })[]): FeatureDetails['steps'] {
  const out: FeatureDetails['steps'] = [];
  for (const s of steps) {
    const how: string[] = [];
    if (s.highlight?.includes(id)) how.push('highlighted');
    if (s.counts?.some((c) => c.feature === id)) how.push('counted');
    if ('fit' in s.camera && s.camera.fit.includes(id)) how.push('framed');
    if (s.animate?.routes?.includes(id)) how.push('drawn out');
    if (how.length) out.push({ id: s.id, title: s.title ?? s.id, how });
  }
  return out;
}

export function featureDetails(
  props: Record<string, unknown>,
  layer: string,
  register: Record<string, SourceRef>,
  steps: readonly (StepSpec & { title?: string })[],
): FeatureDetails {
  const id = String(props.id ?? '');
  const names = props.names && typeof props.names === 'object' ? Object.entries(props.names as Record<string, unknown>) : [];
  const byDate = Array.isArray(props.names_by_date) ? (props.names_by_date as Record<string, unknown>[]) : [];
  const figures = props.figures && typeof props.figures === 'object' ? Object.entries(props.figures as Record<string, FigureProp>) : [];
  const certainty = str(props.certainty);
  return {
    id,
    layer,
    name: str(props.name) ?? id,
    kind: kindLabel(str(props.kind) ?? ''),
    names: names.filter(([, t]) => str(t)).map(([lang, text]) => ({ lang, language: languageName(lang), text: String(text) })),
    namesByDate: byDate
      .filter((n) => str(n?.name))
      .map((n) => {
        const from = str(n.from);
        const to = str(n.to);
        const when = from && to ? period(from, to) : from ? `from ${formatDate(from)}` : to ? `until ${formatDate(new Date(Date.parse(`${to}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10))}` : '';
        return { name: String(n.name), when, basis: str(n.basis), sources: resolveSources(n.sources, register) };
      }),
    dates: period(str(props.from) ?? undefined, str(props.to), props.from_precision, props.to_precision),
    figures: figures.map(([key, f]) => ({
      key,
      value: typeof f.value === 'number' ? formatNumber(f.value) : String(f.value),
      label: String(f.label ?? ''),
      sources: resolveSources(f.sources, register),
      seedClaim: str(f.seed_claim),
    })),
    certainty: certainty ? { level: certainty, text: CERTAINTY[certainty] ?? certainty } : null,
    note: str(props.note),
    sources: resolveSources(props.sources, register),
    steps: stepsMentioning(id, steps),
  };
}

/** Whether a feature with ISO dates is on the map on `day`. */
export function onMapAt(f: { from: string; to: string | null }, day: number): boolean {
  return dayOf(f.from) <= day && day < endDayOf(f.to);
}
