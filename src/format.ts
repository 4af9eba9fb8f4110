/** Formatting through the platform's Intl, never by string concatenation. Callers pass the language shown (i18n.lang). */
import { isoOf } from './time.ts';
import { locale } from './i18n/tokens.ts';

const dateFmt = new Map<string, Intl.DateTimeFormat>();
export function formatDay(day: number, lang = 'en'): string {
  const key = lang;
  if (!dateFmt.has(key)) dateFmt.set(key, new Intl.DateTimeFormat(locale(lang), { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }));
  return dateFmt.get(key)!.format(new Date(`${isoOf(day)}T00:00:00Z`));
}

const numberFmt = new Map<string, Intl.NumberFormat>();
export function formatNumber(n: number, lang = 'en'): string {
  let f = numberFmt.get(lang);
  if (!f) numberFmt.set(lang, (f = new Intl.NumberFormat(locale(lang))));
  return f.format(n);
}

/** Source types that say where a figure was found, not what it rests on (FOUND_VIA in scripts/content/sources.ts). */
const FOUND_VIA = new Set(['press', 'web', 'encyclopedia']);

/** A figure's citation for visitors: the record and the scholarship as its sources, web pages, press and
 *  encyclopedias beside them as where it was found (`via`, empty if none); short titles, each once. */
export function figureCitation(list: readonly { title: string; type?: string }[]): { sources: string; via: string } {
  const short = (xs: readonly { title: string }[]) => [...new Set(xs.map((s) => shortTitle(s.title)))].join('; ');
  const record = list.filter((s) => !FOUND_VIA.has(s.type ?? ''));
  const via = list.filter((s) => FOUND_VIA.has(s.type ?? ''));
  return record.length ? { sources: short(record), via: short(via) } : { sources: short(via), via: '' };
}

/** A source title up to its first comma, colon or parenthesis: "Amtliches Material zum Massenmord von Katyn". */
export function shortTitle(title: string): string {
  const cut = title.search(/, |: | \(/);
  return cut >= 8 ? title.slice(0, cut) : title;
}
