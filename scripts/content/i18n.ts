/**
 * Languages: the figures file, and the lint that holds every translation to the base text. A
 * translation must have every step and chapter the English has, and each step's title, body and alt
 * text must carry the same fact tokens ({date:…}, {fig:…}, …) and the same bare digits (years,
 * document numbers) as the English: a translator can reword, never change a fact.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import { z } from 'zod';
import { TOKEN, parseToken, type Figures, type MonthForms } from '../../src/i18n/tokens.ts';
import type { StoryText, StepText } from './story-text.ts';
import type { Problem } from './problems.ts';
import { quotations } from './seeds.ts';

const figureSchema = z.union([z.number().finite(), z.strictObject({ value: z.number().finite(), unit: z.literal('million').optional() })]);

/** src/story/figures.yaml: `key: 466516` or `key: {value: 7500000, unit: million}`. */
export function parseFigures(text: string, file = 'src/story/figures.yaml'): { problems: Problem[]; figures: Figures } {
  const doc = parseDocument(text, { uniqueKeys: true });
  if (doc.errors.length) return { problems: [{ file, message: `YAML error: ${doc.errors[0].message.split('\n')[0]}` }], figures: {} };
  const raw = (doc.toJSON() ?? {}) as Record<string, unknown>;
  const problems: Problem[] = [];
  const figures: Figures = {};
  if (typeof raw !== 'object' || Array.isArray(raw)) return { problems: [{ file, message: 'must map figure keys to values' }], figures };
  for (const [key, v] of Object.entries(raw)) {
    if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(key)) problems.push({ file, item: key, message: 'figure keys must be kebab-case' });
    const p = figureSchema.safeParse(v);
    if (!p.success) problems.push({ file, item: key, field: 'value', message: 'must be a number, or {value: <number>, unit: million}' });
    else figures[key] = typeof p.data === 'number' ? { value: p.data } : p.data;
  }
  return { problems, figures };
}

const monthsSchema = z.strictObject({ in: z.array(z.string().min(1)).length(12).optional(), on: z.array(z.string().min(1)).length(12).optional() });

/** src/i18n/ui/<lang>.months.yaml, if the language has one. */
export function parseMonths(text: string | null, file: string): { problems: Problem[]; months?: MonthForms[string] } {
  if (text == null) return { problems: [] };
  const doc = parseDocument(text);
  if (doc.errors.length) return { problems: [{ file, message: `YAML error: ${doc.errors[0].message.split('\n')[0]}` }] };
  const p = monthsSchema.safeParse(doc.toJSON());
  if (!p.success)
    return {
      problems: p.error.issues.map((i) => ({
        file,
        field: i.path.join('.') || undefined,
        message: i.path.length ? `must list the twelve months, January first (${i.message})` : 'must have "in:" and/or "on:", each a list of twelve month names',
      })),
    };
  return { problems: [], months: p.data };
}

const FIELDS = ['title', 'html', 'alt'] as const;
const FIELD_NAME: Record<(typeof FIELDS)[number], string> = { title: 'title', html: 'body', alt: 'alt' };

/** Text without markup: tags and entities are not the reader's words. */
const plain = (html: string) => html.replace(/<[^>]*>/g, ' ').replace(/&[a-z]+;|&#\d+;/g, ' ');

/** The fact tokens of a text, normalised (a grammatical form like "|in" does not change the fact). */
function factTokens(text: string): string[] {
  return [...text.matchAll(TOKEN)].map((m) => `{${m[1]}:${m[2].split('|')[0]}}`).sort();
}

/** A quotation keeps the source's own words and digits (a token must never rewrite it), so digits
 *  inside quotation marks are neither bare figures nor facts a translation must repeat. */
const unquoted = (text: string) => quotations(text.replace(/&quot;/g, '"')).reduce((t, q) => t.split(q).join(' '), text.replace(/&quot;/g, '"'));

/** Digit runs outside tokens and quotations: years, document numbers. */
function bareDigits(text: string): string[] {
  return (plain(unquoted(text)).replace(TOKEN, ' ').match(/\d+/g) ?? []).sort();
}

/** Multiset difference, as "a, b" lists. */
function diff(want: string[], got: string[]): { missing: string[]; extra: string[] } {
  const count = new Map<string, number>();
  for (const w of want) count.set(w, (count.get(w) ?? 0) + 1);
  const extra: string[] = [];
  for (const g of got) {
    const n = count.get(g) ?? 0;
    if (n > 0) count.set(g, n - 1);
    else extra.push(g);
  }
  const missing = [...count].flatMap(([k, n]) => Array<string>(n).fill(k));
  return { missing, extra };
}

/** Tokens in one text are well-formed and name known figures. */
export function lintTokens(text: StoryText, figures: Figures, file: string): Problem[] {
  const problems: Problem[] = [];
  const check = (item: string, field: string, s: string) => {
    for (const m of s.matchAll(TOKEN)) {
      const t = parseToken(m[1], m[2], m[0], figures);
      if (typeof t === 'string') problems.push({ file, item, field, message: t });
    }
    const stray = plain(s)
      .replace(TOKEN, '')
      .match(/\{[^}]{0,30}\}?|\}/);
    if (stray) problems.push({ file, item, field, message: `has a "${stray[0]}" that is not a token like {date:1939-09-17} or {fig:key}` });
  };
  check('front matter', 'title', text.title);
  for (const [id, c] of Object.entries(text.chapters)) check('front matter', `chapters.${id}`, c);
  for (const [id, s] of Object.entries(text.steps)) for (const f of FIELDS) check(id, FIELD_NAME[f], s[f]);
  return problems;
}

/** In the base language, figures must be tokens: a bare 466,516 or 7.5 could not follow into translations. */
export function lintBaseFigures(text: StoryText, file: string): Problem[] {
  const problems: Problem[] = [];
  for (const [id, s] of Object.entries(text.steps)) {
    for (const f of FIELDS) {
      const words = plain(unquoted(s[f])).replace(TOKEN, ' ');
      for (const m of words.matchAll(/(?<![\w.,])\d[\d,.]*\d|\d/g)) {
        const n = m[0];
        const year = /^(1[5-9]|20)\d\d$/.test(n);
        const id_ = /^0\d+$/.test(n);
        if (year || id_ || (/^\d+$/.test(n) && Number(n) < 100)) continue;
        problems.push({
          file,
          item: id,
          field: FIELD_NAME[f],
          message: `the figure "${n}" must be written as a token ({fig:key} with the value in src/story/figures.yaml), so that every language shows the same value`,
        });
      }
    }
  }
  return problems;
}

/** A translation against the base text: every step and chapter, the same facts in each field. */
export function compareText(base: StoryText, other: StoryText, lang: string, file: string): Problem[] {
  const problems: Problem[] = [];
  const p = (item: string, field: string | undefined, message: string) => problems.push({ file, item, field, message });
  if (!other.title) p('front matter', 'title', `is missing: the story's title in "${lang}"`);
  for (const id of Object.keys(base.chapters)) if (!other.chapters[id]) p('front matter', `chapters.${id}`, `is missing: chapter "${id}" has no title in "${lang}"`);
  for (const id of Object.keys(other.chapters)) if (!(id in base.chapters)) p('front matter', `chapters.${id}`, 'is not a chapter of the base text');
  for (const [id, b] of Object.entries(base.steps)) {
    const o: StepText | undefined = other.steps[id];
    if (!o) {
      p(id, undefined, `is missing: no section "## ${id}" in the "${lang}" text`);
      continue;
    }
    for (const f of FIELDS) {
      const name = FIELD_NAME[f];
      if (!o[f]) {
        p(id, name, `is missing in "${lang}"`);
        continue;
      }
      const t = diff(factTokens(b[f]), factTokens(o[f]));
      if (t.missing.length) p(id, name, `lacks ${t.missing.join(', ')} that the English has: a translation keeps every date and figure`);
      if (t.extra.length) p(id, name, `has ${t.extra.join(', ')} that the English does not`);
      const d = diff(bareDigits(b[f]), bareDigits(o[f]));
      if (d.missing.length) p(id, name, `lacks the number${d.missing.length > 1 ? 's' : ''} ${d.missing.join(', ')} written in the English`);
      if (d.extra.length) p(id, name, `has the number${d.extra.length > 1 ? 's' : ''} ${d.extra.join(', ')} that the English does not (write figures as tokens, other numbers as the English does)`);
    }
  }
  for (const id of Object.keys(other.steps)) if (!base.steps[id]) p(id, undefined, 'is not a step of the base text');
  return problems;
}

/** Read a file in a folder, or null. */
export function readOrNull(dir: string, f: string): string | null {
  try {
    return readFileSync(join(dir, f), 'utf8');
  } catch {
    return null;
  }
}
