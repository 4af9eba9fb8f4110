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

/** A source title up to its first comma, colon or parenthesis: "Amtliches Material zum Massenmord von Katyn". */
export function shortTitle(title: string): string {
  const cut = title.search(/, |: | \(/);
  return cut >= 8 ? title.slice(0, cut) : title;
}
