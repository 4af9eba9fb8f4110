/** A station's date as its precision allows, in the language shown, through Intl. */
import { locale } from '../i18n/tokens.ts';
import type { LifeStation } from './types.ts';

const OPTS: Record<LifeStation['precision'], Intl.DateTimeFormatOptions> = {
  day: { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' },
  month: { month: 'long', year: 'numeric', timeZone: 'UTC' },
  year: { year: 'numeric', timeZone: 'UTC' },
};

export function formatStationDate(st: Pick<LifeStation, 'from' | 'to' | 'precision'>, lang: string): string {
  const f = new Intl.DateTimeFormat(locale(lang), OPTS[st.precision]);
  const a = new Date(`${st.from}T00:00:00Z`);
  if (!st.to) return f.format(a);
  const b = new Date(`${st.to}T00:00:00Z`);
  return f.format(a) === f.format(b) ? f.format(a) : f.formatRange(a, b);
}
