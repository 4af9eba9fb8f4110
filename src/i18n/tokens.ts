/**
 * Facts inside the words. Story text never types a figure or a date in a language's own format: it
 * writes a token, and each language formats it through the platform's Intl. Figures are keys into
 * src/story/figures.yaml, so a value lives in one place for all seven languages.
 *
 *   {date:1939-09-17}            17 September 1939 · 17 września 1939 · 1939 m. rugsėjo 17 d.
 *   {day:1939-09-17}             17 September (no year)
 *   {month:1940-04}              April 1940
 *   {date:1939-08-23/1939-08-24} a range, by Intl's formatRange: 23–24 August 1939 (also day:, month:)
 *   {fig:key}                    a figure: 466,516 · 466 516
 *   {fig:low/high}               a range of two figures: 315,000–340,000
 *   {pct:key}                    a percentage: 92.8% · 92,8 %
 *   {usd:key}                    US dollars: US$7,500,000 · 7 500 000 USD
 *
 * A date token may ask for the form a sentence needs after "in"/"on": `{month:1939-09|in}` gives
 * "wrześniu 1939" in Polish and `{date:1939-09-17|in}` "1939. gada 17. septembrī" in Latvian. Intl
 * formats, then the month's name is swapped for the form the language's interface file lists under
 * `months.in` (month tokens) or `months.on` (date and day tokens); without a list Intl's form stays.
 *
 * Pure and DOM-free: the build uses it to render and lint every language.
 */
import { isIsoDate } from '../time.ts';

export interface Figure {
  value: number;
  /** "million": written with the language's word for million (7.5 million, 7,5 mln). */
  unit?: 'million';
}
export type Figures = Record<string, Figure>;

export type Token = { kind: 'date' | 'day' | 'month'; from: string; to?: string; form?: 'in'; raw: string } | { kind: 'fig' | 'pct' | 'usd'; keys: string[]; raw: string };

/** Every `{…}` in a text, well-formed or not. */
export const TOKEN = /\{([a-z]+):([^{}\s]*)\}/g;

/** The locale Intl gets for one of the app's language codes. */
export function locale(lang: string): string {
  return lang === 'en' ? 'en-GB' : lang;
}

const MONTH = /^\d{4}-\d{2}$/;

/** Parse one token body; returns an error message for a malformed one. */
export function parseToken(kind: string, whole: string, raw: string, figures: Figures): Token | string {
  const [body, form, extra] = whole.split('|');
  if (extra !== undefined || (form !== undefined && form !== 'in')) return `"${raw}": the only form a token can ask for is "|in"`;
  if (form && !(kind === 'date' || kind === 'day' || kind === 'month')) return `"${raw}": only dates take the form "|in"`;
  const parts = body.split('/');
  if (parts.length > 2 || parts.some((p) => !p)) return `"${raw}" must hold one value or two joined by "/"`;
  if (kind === 'date' || kind === 'day') {
    for (const p of parts) if (!isIsoDate(p)) return `"${raw}": "${p}" is not a date (YYYY-MM-DD) that exists`;
    if (parts[1] && parts[1] <= parts[0]) return `"${raw}": the range must run forwards`;
    return { kind, from: parts[0], to: parts[1], form: form as 'in' | undefined, raw };
  }
  if (kind === 'month') {
    for (const p of parts) if (!MONTH.test(p) || !isIsoDate(`${p}-01`)) return `"${raw}": "${p}" is not a month (YYYY-MM)`;
    if (parts[1] && parts[1] <= parts[0]) return `"${raw}": the range must run forwards`;
    return { kind, from: parts[0], to: parts[1], form: form as 'in' | undefined, raw };
  }
  if (kind === 'fig' || kind === 'pct' || kind === 'usd') {
    for (const p of parts) if (!figures[p]) return `"${raw}": no figure "${p}" in src/story/figures.yaml`;
    return { kind, keys: parts, raw };
  }
  return `"${raw}": unknown token kind "${kind}" (known: date, day, month, fig, pct, usd)`;
}

/** All tokens of a text, with messages for the malformed ones. */
export function tokens(text: string, figures: Figures): { tokens: Token[]; errors: string[] } {
  const out: Token[] = [];
  const errors: string[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const t = parseToken(m[1], m[2], m[0], figures);
    if (typeof t === 'string') errors.push(t);
    else out.push(t);
  }
  return { tokens: out, errors };
}

const fmtCache = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();
function dateFormat(lang: string, kind: 'date' | 'day' | 'month'): Intl.DateTimeFormat {
  const key = `d|${lang}|${kind}`;
  let f = fmtCache.get(key) as Intl.DateTimeFormat | undefined;
  if (!f) {
    const opts: Intl.DateTimeFormatOptions =
      kind === 'date' ? { day: 'numeric', month: 'long', year: 'numeric' } : kind === 'day' ? { day: 'numeric', month: 'long' } : { month: 'long', year: 'numeric' };
    f = new Intl.DateTimeFormat(locale(lang), { ...opts, timeZone: 'UTC' });
    fmtCache.set(key, f);
  }
  return f;
}
function numberFormat(lang: string, kind: 'fig' | 'pct' | 'usd', unit?: string): Intl.NumberFormat {
  const key = `n|${lang}|${kind}|${unit ?? ''}`;
  let f = fmtCache.get(key) as Intl.NumberFormat | undefined;
  if (!f) {
    const opts: Intl.NumberFormatOptions =
      kind === 'pct'
        ? { style: 'percent', maximumFractionDigits: 2 }
        : kind === 'usd'
          ? { style: 'currency', currency: 'USD', currencyDisplay: 'symbol', maximumFractionDigits: 0 }
          : unit === 'million'
            ? { notation: 'compact', compactDisplay: 'long', maximumFractionDigits: 2 }
            : { maximumFractionDigits: 2 };
    f = new Intl.NumberFormat(locale(lang), opts);
    fmtCache.set(key, f);
  }
  return f;
}

const asDate = (iso: string) => new Date(`${iso.length === 7 ? `${iso}-01` : iso}T00:00:00Z`);

/** Per language, optional: the twelve month names (January first) in the form a sentence needs for
 *  "in <month>" (`in`, used by month tokens) and "on <date>" (`on`, used by date and day tokens). */
export type MonthForms = Record<string, { in?: readonly string[]; on?: readonly string[] } | undefined>;

/** One token in one language. */
export function formatToken(t: Token, lang: string, figures: Figures, months: MonthForms = {}): string {
  if ('keys' in t) {
    const kind = t.kind;
    const figs = t.keys.map((k) => figures[k]);
    const f = numberFormat(lang, kind, figs[0].unit);
    const v = figs.map((x) => (kind === 'pct' ? x.value / 100 : x.value));
    return v.length === 2 ? f.formatRange(v[0], v[1]) : f.format(v[0]);
  }
  return formatDate(t, lang, months);
}

function formatDate(t: Extract<Token, { from: string }>, lang: string, months: MonthForms): string {
  const f = dateFormat(lang, t.kind);
  const forms = t.form ? months[lang]?.[t.kind === 'month' ? 'in' : 'on'] : undefined;
  const lt = t.to && t.kind !== 'month' && locale(lang).startsWith('lt');
  if (!forms && !lt) return t.to ? f.formatRange(asDate(t.from), asDate(t.to)) : f.format(asDate(t.from));
  const parts = t.to ? f.formatRangeToParts(asDate(t.from), asDate(t.to)) : f.formatToParts(asDate(t.from));
  const source = (p: Intl.DateTimeFormatPart & { source?: string }) => (p.source === 'endRange' && t.to ? t.to : t.from);
  const out = parts.map((p) => (p.type === 'month' && forms ? (forms[asDate(source(p)).getUTCMonth()] ?? p.value) : p.value));
  // Intl writes Lithuanian ranges without the "m." (metai) after the year and the "d." (diena) after
  // the day that a single date has ("1939 m. rugsėjo 17 d."): "1939 m. rugpjūčio 23–24 d.".
  if (lt) {
    parts.forEach((p, i) => {
      const next = parts[i + 1];
      if (p.type === 'year' && !(next?.type === 'literal' && /^\s*m\./.test(next.value))) out[i] += ' m.';
      const toDay = next?.type === 'literal' && /^\s*[–-]\s*$/.test(next.value) && parts[i + 2]?.type === 'day';
      if (p.type === 'day' && !toDay && !(next?.type === 'literal' && /^\s*d\./.test(next.value))) out[i] += ' d.';
    });
  }
  return out.join('');
}

/**
 * Replace every token of a text by its formatted value (unknown tokens are left as they are; the lint
 * reports them). Into HTML (a rendered step text), pass `escape`: the values carry curators' words
 * (month forms), which are text there like every other word, never markup.
 */
export function expand(text: string, lang: string, figures: Figures, months: MonthForms = {}, escape: (s: string) => string = (s) => s): string {
  return text.replace(TOKEN, (raw, kind: string, body: string, offset: number, whole: string) => {
    const t = parseToken(kind, body, raw, figures);
    if (typeof t === 'string') return raw;
    const out = escape(formatToken(t, lang, figures, months));
    // "1939 р." at the end of a sentence: one full stop, not two.
    return out.endsWith('.') && whole[offset + raw.length] === '.' ? out.slice(0, -1) : out;
  });
}

/** A title that starts with a formatted date ("грудень 1939 р.: …") starts with a capital. */
export function capitalise(s: string, lang: string): string {
  return s ? s.charAt(0).toLocaleUpperCase(locale(lang)) + s.slice(1) : s;
}
