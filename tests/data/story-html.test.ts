/**
 * Issue 16: story text with raw HTML is shown as text, never as markup — through the whole content
 * pipeline (loadLanguages, as the build runs it) on a fixture: a copy of the shipped story and
 * interface folders with hostile markup typed into a step's title and body and into a language's
 * month forms (which the date tokens put into every step text of that language). The shipped files
 * are never edited.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadGeodata } from '../../scripts/content/geodata.ts';
import { loadLanguages } from '../../scripts/content/languages.ts';
import { formatProblem } from '../../scripts/content/problems.ts';
import { hostileStory, IMG, TYPED } from '../fixtures/hostile-story.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
/** The tags a rendered step text may hold (Markdown's own, and the claim's aside): no attributes but that one. */
const ALLOWED = /^<\/?(p|em|strong|code|pre|br|blockquote|ul|ol|li|h4|h5|h6|table|thead|tbody|tr|th|td|hr|del|aside)( class="claim")?>$/;
const tagsOf = (html: string) => [...html.matchAll(/<\/?[a-zA-Z][^>]*>/g)].map((m) => m[0]);
const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

let dir: string;
let result: ReturnType<typeof loadLanguages>;
beforeAll(() => {
  const f = hostileStory();
  dir = f.dir;
  result = loadLanguages({ i18n: f.i18n, story: f.story, geodata: `${root}geodata` }, loadGeodata(`${root}geodata`));
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('raw HTML in the story text', () => {
  it('the fixture builds (the markup is text to the lints too)', () => {
    expect(result.problems.map(formatProblem)).toEqual([]);
  });

  it("in every language, a step text holds no markup but Markdown's own; what was typed shows as text", () => {
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
    expect(pact.html).toContain(escape(TYPED));
    // Titles are text to Svelte ({step.title}): the characters typed, never decoded or run.
    expect(pact.title.endsWith(IMG)).toBe(true);
  });
});
