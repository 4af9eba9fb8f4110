// Preview a story text with its tokens formatted: npx tsx scripts/dev/rt.mts <lang>
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { existsSync } from 'node:fs';
import { expand, type Figures, type MonthForms } from '../../src/i18n/tokens.ts';
const raw = parse(readFileSync('src/story/figures.yaml', 'utf8')) as Record<string, number | { value: number; unit?: 'million' }>;
const figures: Figures = Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, typeof v === 'number' ? { value: v } : v]));
const lang = process.argv[2] ?? 'en';
const mf = `src/i18n/ui/${lang}.months.yaml`;
const months: MonthForms = existsSync(mf) ? { [lang]: parse(readFileSync(mf, 'utf8')) } : {};
console.log(expand(readFileSync(`src/story/text/${lang}.md`, 'utf8'), lang, figures, months));
