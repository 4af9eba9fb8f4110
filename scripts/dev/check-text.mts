// Check one language's story text against the English: npx tsx scripts/dev/check-text.mts <lang>
import { readFileSync, existsSync } from 'node:fs';
import { parseText } from '../content/story.ts';
import { compareText, lintTokens, lintBaseFigures, parseFigures, parseMonths } from '../content/i18n.ts';
import { formatProblem } from '../content/problems.ts';
const lang = process.argv[2];
if (!lang) throw new Error('usage: npx tsx scripts/dev/check-text.mts <lang>');
const figures = parseFigures(readFileSync('src/story/figures.yaml', 'utf8'));
const base = parseText(readFileSync('src/story/text/en.md', 'utf8'), 'src/story/text/en.md');
const file = `src/story/text/${lang}.md`;
const other = parseText(readFileSync(file, 'utf8'), file);
const mf = `src/i18n/ui/${lang}.months.yaml`;
const months = parseMonths(existsSync(mf) ? readFileSync(mf, 'utf8') : null, mf);
const problems = [
  ...figures.problems,
  ...base.problems,
  ...other.problems,
  ...months.problems,
  ...lintTokens(other.text, figures.figures, file),
  ...(lang === 'en' ? lintBaseFigures(base.text, file) : compareText(base.text, other.text, lang, file)),
];
for (const p of problems) console.log(formatProblem(p));
console.log(problems.length ? `${problems.length} problem(s)` : 'ok');
process.exitCode = problems.length ? 1 : 0;
