/** Formatting through the platform's Intl, never by string concatenation. */
import { isoOf } from './time.ts';

const dateFmt = new Map<string, Intl.DateTimeFormat>();
export function formatDay(day: number, lang = 'en'): string {
  const key = lang;
  if (!dateFmt.has(key)) dateFmt.set(key, new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : lang, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }));
  return dateFmt.get(key)!.format(new Date(`${isoOf(day)}T00:00:00Z`));
}

export function formatNumber(n: number, lang = 'en'): string {
  return new Intl.NumberFormat(lang === 'en' ? 'en-GB' : lang).format(n);
}

/** A source title up to its first comma, colon or parenthesis: "Amtliches Material zum Massenmord von Katyn". */
export function shortTitle(title: string): string {
  const cut = title.search(/, |: | \(/);
  return cut >= 8 ? title.slice(0, cut) : title;
}
