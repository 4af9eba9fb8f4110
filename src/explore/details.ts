/**
 * What the feature details panel says about one feature, derived from its properties, the sources
 * register and the story. DOM-free: the panel only lays it out (as text, never as HTML). Words,
 * dates and numbers are in the language shown (i18n.lang): derive the details where a language
 * switch is tracked (a $derived) and they follow it.
 */
import { dayOf, endDayOf, isIsoDate } from '../time.ts';
import { formatNumber } from '../format.ts';
import { i18n, t } from '../i18n/i18n.svelte.ts';
import { locale } from '../i18n/tokens.ts';
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
  /** The register's type (archival … web, press, encyclopedia): web pages and press are cited as "found via". */
  type?: string;
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

/** A message, or `fallback` when the catalogue has no such key (t() returns the key): kinds and
 *  certainty levels come from the data, so a new one shows as it is until the catalogue has it. */
const tOr = (key: string, fallback: string) => {
  const text = t(key);
  return text === key ? fallback : text;
};

const displayNames = new Map<string, Intl.DisplayNames | null>();

/** A language's name in the language shown: "Polish", "polski", "lenkų". */
export function languageName(code: string, lang = i18n.lang): string {
  let names = displayNames.get(lang);
  if (names === undefined) {
    try {
      names = new Intl.DisplayNames([locale(lang)], { type: 'language' });
    } catch {
      names = null;
    }
    displayNames.set(lang, names);
  }
  try {
    return names?.of(code) ?? code;
  } catch {
    return code;
  }
}

const OPTIONS: Record<'day' | 'month' | 'year', Intl.DateTimeFormatOptions> = {
  day: { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' },
  month: { month: 'long', year: 'numeric', timeZone: 'UTC' },
  year: { year: 'numeric', timeZone: 'UTC' },
};
const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** A date at its precision, in the language shown: "22 September 1939", "October 1939", "1941". */
export function formatDate(iso: string, precision: 'day' | 'month' | 'year' = 'day', lang = i18n.lang): string {
  if (!isIsoDate(iso)) return iso;
  const key = `${lang}|${precision}`;
  let f = dateFormats.get(key);
  if (!f) dateFormats.set(key, (f = new Intl.DateTimeFormat(locale(lang), OPTIONS[precision])));
  return f.format(new Date(`${iso}T00:00:00Z`));
}

/**
 * A feature kind for people: `kinds.<kind>` from the catalogue, else derived from the id
 * ("feed-grain" → "Feed grain", "nkvd-camp" → "NKVD camp").
 */
export function kindLabel(kind: string): string {
  const words = kind.split('-').map((w) => (['nkvd', 'ussr', 'ssr'].includes(w) ? w.toUpperCase() : w));
  const s = words.join(' ');
  const derived = s.charAt(0).toUpperCase() + s.slice(1);
  return kind ? tOr(`kinds.${kind}`, derived) : derived;
}

/** The day before an ISO date (a `to` is exclusive: the last day shown is the day before). */
const dayBefore = (to: string) => new Date(Date.parse(`${to}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);

function period(from: string | undefined, to: string | null | undefined, fromP?: unknown, toP?: unknown): string {
  const p = (v: unknown) => (v === 'month' || v === 'year' ? v : 'day');
  if (!from) return '';
  const a = formatDate(from, p(fromP));
  if (!to) return t('details.from', { date: a });
  const b = p(toP) === 'day' ? formatDate(dayBefore(to)) : formatDate(to, p(toP));
  return t('details.period', { from: a, to: b });
}

const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v : null);

function resolveSources(keys: unknown, register: Record<string, SourceRef>): DetailSource[] {
  if (!Array.isArray(keys)) return [];
  return keys
    .filter((k): k is string => typeof k === 'string')
    .map((k) => ({ key: k, title: register[k]?.title ?? k, url: register[k]?.url ?? null, ...(register[k]?.type ? { type: register[k].type } : {}) }));
}

/** Which steps mention a feature, and how. */
export function stepsMentioning(id: string, steps: readonly (StepSpec & { title?: string })[]): FeatureDetails['steps'] {
  const out: FeatureDetails['steps'] = [];
  for (const s of steps) {
    const how: string[] = [];
    if (s.highlight?.includes(id)) how.push(t('details.how-highlighted'));
    if (s.counts?.some((c) => c.feature === id)) how.push(t('details.how-counted'));
    if ('fit' in s.camera && s.camera.fit.includes(id)) how.push(t('details.how-framed'));
    if (s.animate?.routes?.includes(id)) how.push(t('details.how-drawn-out'));
    if (how.length) out.push({ id: s.id, title: s.title ?? s.id, how });
  }
  return out;
}

export function featureDetails(props: Record<string, unknown>, layer: string, register: Record<string, SourceRef>, steps: readonly (StepSpec & { title?: string })[]): FeatureDetails {
  const id = String(props.id ?? '');
  const names = props.names && typeof props.names === 'object' ? Object.entries(props.names as Record<string, unknown>) : [];
  const byDate = Array.isArray(props.names_by_date) ? (props.names_by_date as Record<string, unknown>[]) : [];
  const figures = props.figures && typeof props.figures === 'object' ? Object.entries(props.figures as Record<string, FigureProp>) : [];
  const certainty = str(props.certainty);
  return {
    id,
    layer,
    name: str(props[`name_${i18n.lang}`]) ?? i18n.geo(str(props.name)) ?? id,
    kind: kindLabel(str(props.kind) ?? ''),
    names: names.filter(([, t]) => str(t)).map(([lang, text]) => ({ lang, language: languageName(lang), text: String(text) })),
    namesByDate: byDate
      .filter((n) => str(n?.name))
      .map((n) => {
        const from = str(n.from);
        const to = str(n.to);
        const when = from && to ? period(from, to) : from ? t('details.from', { date: formatDate(from) }) : to ? t('details.until', { date: formatDate(dayBefore(to)) }) : '';
        return { name: String(n.name), when, basis: i18n.geo(str(n.basis)), sources: resolveSources(n.sources, register) };
      }),
    dates: period(str(props.from) ?? undefined, str(props.to), props.from_precision, props.to_precision),
    figures: figures.map(([key, f]) => ({
      key,
      value: typeof f.value === 'number' ? formatNumber(f.value, i18n.lang) : i18n.geo(String(f.value)),
      label: i18n.geo(String(f.label ?? '')),
      sources: resolveSources(f.sources, register),
      seedClaim: i18n.geo(str(f.seed_claim)),
    })),
    certainty: certainty ? { level: certainty, text: tOr(`certainty.${certainty}`, certainty) } : null,
    note: i18n.geo(str(props.note)),
    sources: resolveSources(props.sources, register),
    steps: stepsMentioning(id, steps),
  };
}

/** Whether a feature with ISO dates is on the map on `day`. */
export function onMapAt(f: { from: string; to: string | null }, day: number): boolean {
  return dayOf(f.from) <= day && day < endDayOf(f.to);
}
