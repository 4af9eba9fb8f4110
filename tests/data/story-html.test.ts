/**
 * Issue 16: story text with raw HTML is shown as text, never as markup — through the whole content
 * pipeline (loadLanguages, as the build runs it) on a fixture: a copy of the shipped story and
 * interface folders with hostile markup typed into a step's title and body and into a language's
 * month forms (which the date tokens put into every step text of that language). The shipped files
 * are never edited.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadGeodata } from '../../scripts/content/geodata.ts';
import { loadLanguages } from '../../scripts/content/languages.ts';
import { formatProblem } from '../../scripts/content/problems.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const IMG = '<img src=x onerror=alert(document.domain)>';
const SCRIPT = '<script>alert(document.cookie)</script>';
/** The tags a rendered step text may hold (Markdown's own, and the claim's aside): no attributes but that one. */
const ALLOWED = /^<\/?(p|em|strong|code|pre|br|blockquote|ul|ol|li|h4|h5|h6|table|thead|tbody|tr|th|td|hr|del|aside)( class="claim")?>$/;
const tagsOf = (html: string) => [...html.matchAll(/<\/?[a-zA-Z][^>]*>/g)].map((m) => m[0]);

let dir: string;
let result: ReturnType<typeof loadLanguages>;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'story-html-'));
  cpSync(`${root}src/story`, `${dir}/story`, { recursive: true });
  cpSync(`${root}src/i18n`, `${dir}/i18n`, { recursive: true });
  const en = `${dir}/story/text/en.md`;
  const text = readFileSync(en, 'utf8');
  const title = '### {date:1939-08-23}: the pact and its secret protocol';
  expect(text).toContain(title);
  writeFileSync(en, text.replace(title, `${title} ${IMG}`).replace(/\n## german-invasion\n/, `\nA curator typed ${IMG} and ${SCRIPT} here.\n\n## german-invasion\n`));
  const pl = `${dir}/i18n/ui/pl.months.yaml`;
  writeFileSync(pl, readFileSync(pl, 'utf8').replace('sierpniu', `"sierpniu${IMG}"`).replace('wrześniu', `"wrześniu${IMG}"`));
  const geo = loadGeodata(`${root}geodata`);
  result = loadLanguages({ i18n: `${dir}/i18n`, story: `${dir}/story`, geodata: `${root}geodata` }, geo);
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('raw HTML in the story text', () => {
  it('the fixture builds (the markup is text to the lints too)', () => {
    expect(result.problems.map(formatProblem)).toEqual([]);
  });

  it('in every language, a step text holds no markup but Markdown\'s own; what was typed shows as text', () => {
    let monthForms = 0;
    for (const [lang, b] of Object.entries(result.bundles)) {
      for (const s of b.story.steps) {
        const bad = tagsOf(s.html).filter((t) => !ALLOWED.test(t));
        expect(bad, `${lang} ${s.id}`).toEqual([]);
        if (lang === 'pl' && /(sierpniu|wrześniu)&lt;img/.test(s.html)) monthForms++;
      }
    }
    expect(monthForms, 'the hostile month forms were used in Polish step texts, escaped').toBeGreaterThan(0);
    const pact = result.bundles.en.story.steps.find((s) => s.id === 'pact')!;
    expect(pact.html).toContain('A curator typed &lt;img src=x onerror=alert(document.domain)&gt; and &lt;script&gt;alert(document.cookie)&lt;/script&gt; here.');
    // Titles are text to Svelte ({step.title}): the characters typed, never decoded or run.
    expect(pact.title.endsWith(IMG)).toBe(true);
  });
});
