/**
 * All shipped languages at once: the story text, the interface messages, the month forms and the
 * geodata texts and map names of each, checked against the base language. Every missing or broken
 * piece is a problem naming the file, the step, key or feature, and the field.
 */
import { parseDocument } from 'yaml';
import { z } from 'zod';
import { parse as parseIcu, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import type { GeodataResult, SourceEntry } from './geodata.ts';
import { loadStory } from './story.ts';
import { parseFigures, parseMonths, readOrNull } from './i18n.ts';
import { geodataStrings } from '../i18n/geodata-strings.ts';
import { dayOf, isIsoDate, OPEN_END } from '../../src/time.ts';
import type { Problem } from './problems.ts';
import type { MonthForms } from '../../src/i18n/tokens.ts';

export interface Language {
  code: string;
  name: string;
}

export type { LanguageBundle } from '../../src/i18n/bundle.ts';
import type { LanguageBundle } from '../../src/i18n/bundle.ts';

/** A map label that changes with the date: [{name}, {name, from}, …] (at most four, dates ascending). */
const datedNames = z
  .array(z.strictObject({ name: z.string().min(1), from: z.string().refine(isIsoDate).optional() }))
  .min(2)
  .max(4)
  .refine((l) => !l[0].from && l.slice(1).every((e, i) => e.from && (i === 0 || e.from > l[i].from!)));

const languagesSchema = z
  .array(z.strictObject({ code: z.string().regex(/^[a-z]{2,3}$/, 'must be a two- or three-letter language code'), name: z.string().min(1) }))
  .min(1, 'must list at least the base language');

function yamlMap(text: string | null, file: string, problems: Problem[], what: string): Record<string, unknown> | null {
  if (text == null) {
    problems.push({ file, message: `is missing (${what})` });
    return null;
  }
  const doc = parseDocument(text, { uniqueKeys: true });
  if (doc.errors.length) {
    problems.push({ file, message: `YAML error at line ${doc.errors[0].linePos?.[0].line ?? '?'}: ${doc.errors[0].message.split('\n')[0]}` });
    return null;
  }
  const v = doc.toJSON() as unknown;
  if (!v || typeof v !== 'object' || Array.isArray(v)) {
    problems.push({ file, message: 'must be a map of keys to texts' });
    return null;
  }
  return v as Record<string, unknown>;
}

/** The argument names a message uses ({name}, {count, plural, …}), including those inside plural branches. */
function argumentsOf(elements: MessageFormatElement[], out = new Set<string>()): Set<string> {
  for (const e of elements) {
    if (e.type === TYPE.argument || e.type === TYPE.number || e.type === TYPE.date || e.type === TYPE.time) out.add(e.value);
    if (e.type === TYPE.plural || e.type === TYPE.select) {
      out.add(e.value);
      for (const o of Object.values(e.options)) argumentsOf(o.value, out);
    }
    if (e.type === TYPE.tag) argumentsOf(e.children, out);
  }
  return out;
}

/** Interface messages of one language against the base: same keys, valid ICU, same arguments. */
export function lintMessages(base: Record<string, string>, messages: Record<string, unknown>, lang: string, file: string): { problems: Problem[]; messages: Record<string, string> } {
  const problems: Problem[] = [];
  const out: Record<string, string> = {};
  for (const [key, v] of Object.entries(messages)) {
    if (typeof v !== 'string' || !v.trim()) {
      problems.push({ file, item: key, message: 'must be a non-empty text' });
      continue;
    }
    let ast: MessageFormatElement[];
    try {
      ast = parseIcu(v, { requiresOtherClause: true });
    } catch (e) {
      problems.push({ file, item: key, message: `is not valid ICU MessageFormat (${(e as Error).message}): "${v.slice(0, 60)}"` });
      continue;
    }
    out[key] = v;
    if (base === messages) continue;
    if (!(key in base)) {
      problems.push({ file, item: key, message: 'is not a key of the base language (a typo, or a key removed there?)' });
      continue;
    }
    const want = [...argumentsOf(parseIcu(base[key]))].sort().join(', ');
    const got = [...argumentsOf(ast)].sort().join(', ');
    if (want !== got) problems.push({ file, item: key, message: `uses the arguments {${got}} but the base language uses {${want}}` });
  }
  if (base !== messages) for (const key of Object.keys(base)) if (!(key in messages)) problems.push({ file, item: key, message: `is missing: the interface has no "${lang}" text for this key` });
  return { problems, messages: out };
}

/** The digits of a text as a multiset: "±2,000 m" and "± 2 000 m", "11:00 on 13 March" and "13. maaliskuuta
 *  klo 11.00" agree, whatever the separators, decimal marks and word order; a changed figure does not. */
const digits = (s: string) => (s.match(/\d/g) ?? []).sort().join('');
const runs = (s: string) => (s.match(/\d+/g) ?? []).join(' ');

/** Geodata texts of one language: every English text has a translation that keeps its figures. */
export function lintGeoTexts(english: { text: string; uses: string[] }[], tr: Record<string, unknown>, lang: string, file: string): { problems: Problem[]; geo: Record<string, string> } {
  const problems: Problem[] = [];
  const geo: Record<string, string> = {};
  for (const s of english) {
    const t = tr[s.text];
    const [where, item, field] = s.uses[0].split(': ');
    const p = (message: string) => problems.push({ file, item: `${item} (${where})`, field, message });
    if (typeof t !== 'string' || !t.trim()) {
      p(`has no "${lang}" translation of "${s.text.slice(0, 70)}${s.text.length > 70 ? '…' : ''}"`);
      continue;
    }
    if (digits(t) !== digits(s.text)) p(`the translation's numbers (${runs(t) || 'none'}) differ from the English (${runs(s.text) || 'none'}): "${t.slice(0, 70)}"`);
    geo[s.text] = t;
  }
  return { problems, geo };
}

/** Load every shipped language; map names by language are written into the layers as name_<code>. */
export function loadLanguages(
  dirs: { i18n: string; story: string; geodata: string },
  geo: GeodataResult & { sources: SourceEntry[] },
): { problems: Problem[]; languages: Language[]; bundles: Record<string, LanguageBundle> } {
  const problems: Problem[] = [];
  const langFile = 'src/i18n/languages.yaml';
  const langText = readOrNull(dirs.i18n, 'languages.yaml');
  const parsedLangs = langText == null ? null : languagesSchema.safeParse(parseDocument(langText).toJSON());
  if (!parsedLangs?.success) {
    problems.push({ file: langFile, message: parsedLangs ? `must list languages as {code, name}: ${parsedLangs.error.issues[0].message}` : 'is missing' });
    return { problems, languages: [], bundles: {} };
  }
  const languages = parsedLangs.data;
  const figures = parseFigures(readOrNull(dirs.story, 'figures.yaml') ?? '', 'src/story/figures.yaml');
  problems.push(...figures.problems);
  const months: MonthForms = {};
  for (const { code } of languages) {
    const f = `src/i18n/ui/${code}.months.yaml`;
    const m = parseMonths(readOrNull(dirs.i18n, `ui/${code}.months.yaml`), f);
    problems.push(...m.problems);
    if (m.months) months[code] = m.months;
  }
  if (problems.length) return { problems, languages, bundles: {} };
  const [baseLang, ...others] = languages;
  const base = loadStory(dirs.story, geo, baseLang.code, { figures: figures.figures, months });
  problems.push(...base.problems);
  const baseMsgFile = `src/i18n/ui/${baseLang.code}.yaml`;
  const baseRaw = yamlMap(readOrNull(dirs.i18n, `ui/${baseLang.code}.yaml`), baseMsgFile, problems, 'the interface texts of the base language');
  const baseMsgs = baseRaw ? lintMessages(baseRaw as Record<string, string>, baseRaw, baseLang.code, baseMsgFile) : { problems: [], messages: {} };
  problems.push(...baseMsgs.problems);
  if (!base.story || !base.text || problems.length) return { problems, languages, bundles: {} };
  const bundles: Record<string, LanguageBundle> = { [baseLang.code]: { lang: baseLang.code, story: base.story, messages: baseMsgs.messages, geo: {} } };
  const english = geodataStrings(dirs.geodata);
  const names: Record<string, Record<string, string>> = {};
  const dated: Record<string, Record<string, { name: string; from?: string }[]>> = {};
  for (const { code } of others) {
    const s = loadStory(dirs.story, geo, code, { figures: figures.figures, months, base: base.text });
    problems.push(...s.problems);
    const msgFile = `src/i18n/ui/${code}.yaml`;
    const raw = yamlMap(readOrNull(dirs.i18n, `ui/${code}.yaml`), msgFile, problems, `the interface texts in "${code}"`);
    const msgs = raw ? lintMessages(baseMsgs.messages, raw, code, msgFile) : null;
    if (msgs) problems.push(...msgs.problems);
    const geoFile = `geodata/i18n/${code}.yaml`;
    const geoRaw = yamlMap(readOrNull(dirs.geodata, `i18n/${code}.yaml`), geoFile, problems, `the geodata texts in "${code}"`);
    const g = geoRaw ? lintGeoTexts(english, geoRaw, code, geoFile) : null;
    if (g) problems.push(...g.problems);
    const namesFile = `geodata/i18n/${code}.names.yaml`;
    const n = yamlMap(readOrNull(dirs.geodata, `i18n/${code}.names.yaml`), namesFile, problems, `the map labels in "${code}"`);
    if (n) {
      names[code] = {};
      dated[code] = {};
      for (const [id, v] of Object.entries(n)) {
        if (!geo.index[id]) problems.push({ file: namesFile, item: id, message: 'is not a feature id in geodata/' });
        else if (typeof v === 'string' && v.trim()) names[code][id] = v;
        else {
          const d = datedNames.safeParse(v);
          if (!d.success) problems.push({ file: namesFile, item: id, message: 'must be a name, or a list of up to four {name, from: YYYY-MM-DD} in date order, the first without "from"' });
          else {
            dated[code][id] = d.data;
            names[code][id] = d.data[0].name;
          }
        }
      }
    }
    if (s.story && msgs && g) bundles[code] = { lang: code, story: s.story, messages: msgs.messages, geo: g.geo };
  }
  // Map labels: a feature's name in each language (the names file, else its own names.<code>), as flat
  // properties name_<code> that the style reads through the map's `lang` global state.
  for (const layer of Object.values(geo.layers)) {
    for (const f of layer.features) {
      const p = f.properties as unknown as Record<string, unknown> & { id: string; names?: Record<string, string> };
      for (const { code } of others) {
        const name = names[code]?.[p.id] ?? p.names?.[code];
        if (!name) continue;
        p[`name_${code}`] = name;
        // A name that changes with the date: four slots and three change days, as the English label has.
        const periods = dated[code]?.[p.id];
        if (periods) {
          const at = (i: number) => periods[Math.min(i, periods.length - 1)].name;
          for (let i = 0; i < 4; i++) p[`n${i}_${code}`] = at(i);
          for (let i = 1; i < 4; i++) p[`d${i}_${code}`] = periods[i]?.from ? dayOf(periods[i].from!) : OPEN_END;
        }
        const entry = geo.index[p.id];
        if (entry) (entry.labels ??= {})[code] = name;
      }
    }
  }
  return { problems, languages, bundles };
}
