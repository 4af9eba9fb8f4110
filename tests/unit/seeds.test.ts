import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { lintClaims, lintQuotes, loadSeeds, normalise, quotations } from '../../scripts/content/seeds.ts';
import { checkRegister, lintFigureSources, lintStepSources } from '../../scripts/content/sources.ts';
import { parseText } from '../../scripts/content/story.ts';
import { figureCitation } from '../../src/format.ts';

const seeds = loadSeeds(fileURLToPath(new URL('./fixtures/seeds/', import.meta.url)))!;
const where = { file: 'x.md', item: 'a' };

describe('quotations of the popular accounts', () => {
  it("finds quotations in every language's quotation marks, not apostrophes", () => {
    expect(quotations('He said "one" and “two”, „trzy”, „keturi“, «п’ять» and ”kuusi”; Hitler\'s')).toEqual(['one', 'two', 'trzy', 'keturi', 'п’ять', 'kuusi']);
  });

  it('accepts a verbatim quotation across line breaks and quote shapes', () => {
    expect(lintQuotes('they "are believed to have been taken to the White Sea, put aboard two barges, towed out to sea, and the barges sunk"', seeds, where)).toEqual([]);
    expect(lintQuotes("“Hitler's invasion of Norway”", seeds, where)).toEqual([]);
    expect(normalise('a\n  b “c”')).toBe('a b "c"');
  });

  it('fails a quotation the seed does not contain verbatim', () => {
    const p = lintQuotes('the prisoners were "drowned in barges in the White Sea"', seeds, where);
    expect(p).toHaveLength(1);
    expect(p[0]).toMatchObject({ file: 'x.md', item: 'a' });
    expect(p[0].message).toMatch(/no seed text contains verbatim/);
    // Case and digits count: only whitespace and quotation marks are normalised.
    expect(lintQuotes('"A Bounty of $7,500,000 in gold"', seeds, where)).toHaveLength(1);
    expect(lintQuotes('"believed drowned"', seeds, where)).toHaveLength(1);
  });

  it('fails a fact token inside a quotation (it would rewrite the words)', () => {
    const p = lintQuotes('Germany received "{usd:gold} in gold"', seeds, where);
    expect(p[0].message).toMatch(/fact token inside/);
    expect(lintQuotes('Germany received "$7,500,000 in gold"', seeds, where)).toEqual([]);
  });

  it('checks the "Claim:" paragraph of a step, which renders as one aside', () => {
    const t = parseText('## a\n### T\n\nText "not checked".\n\nClaim: A popular account says "drowned in barges" — the record: shot in Kalinin.\n\nAlt: x\n', 'en.md').text;
    expect(t.steps.a.html).toMatch(/<aside class="claim"><p>A popular account says/);
    const p = lintClaims(t.steps, seeds, 'en.md');
    expect(p.map((x) => `${x.item}|${x.field}`)).toEqual(['a|claim']);
    expect(lintClaims(t.steps, null, 'en.md')).toEqual([]);
    const two = parseText('## a\n### T\n\nText.\n\nClaim: one\n\nClaim: two\n\nAlt: x\n', 'en.md');
    expect(two.problems[0].message).toMatch(/more than one "Claim:"/);
  });
});

describe('the sources register', () => {
  const book = { key: 'book', type: 'monograph', title: 'A. Author, A Book, Publisher, 2000', url: null };
  const enc = (i: number) => ({ key: `enc${i}`, type: 'encyclopedia', title: `Entry ${i}`, url: null });

  it('takes only the closed vocabulary of types', () => {
    const p = checkRegister([{ ...book, type: 'web (weak)' }]).problems;
    expect(p[0]).toMatchObject({ item: 'book', field: 'type' });
    // A web page or virtual museum has its own type (not "memorial"): it can say where a figure was found.
    expect(checkRegister([{ ...book, type: 'web' }]).problems).toEqual([]);
  });

  it('rejects mirror and pirated-copy hosts, and dangling aliases', () => {
    expect(checkRegister([{ ...book, url: 'https://bookreadfree.com/1/2' }]).problems[0].field).toBe('url');
    expect(checkRegister([{ ...book, key: 'old', alias_of: 'nowhere' }]).problems[0].field).toBe('alias_of');
  });

  it('keeps encyclopedias at most 15% of the register (aliases not counted)', () => {
    const books = Array.from({ length: 6 }, (_, i) => ({ ...book, key: `b${i}` }));
    expect(checkRegister([...books, enc(1)]).problems).toEqual([]);
    expect(checkRegister([...books, enc(1), enc(2)]).problems[0].message).toMatch(/at most 15%/);
  });

  it('fails a step without an archival or scholarly source, and a figure resting on encyclopedias', () => {
    const reg = checkRegister([book, enc(1), { ...book, key: 'paper', type: 'press' }, { ...book, key: 'old_wiki', alias_of: 'book' }]).sources;
    expect(lintStepSources([{ id: 's', sources: ['enc1', 'paper'] }], reg)).toHaveLength(1);
    expect(lintStepSources([{ id: 's', sources: ['enc1', 'old_wiki'] }], reg)).toEqual([]);
    const figs = [{ file: 'geodata/x.geojson', id: 'f', figures: { n: { sources: ['enc1'] }, m: { sources: ['enc1', 'book'] } } }];
    expect(lintFigureSources(figs, reg).map((p) => p.field)).toEqual(['figures.n.sources']);
    const web = [{ file: 'geodata/x.geojson', id: 'g', figures: { p: { sources: ['paper', 'enc1'] }, q: { sources: ['paper', 'book'] } } }];
    expect(lintFigureSources(web, reg).map((p) => `${p.item}|${p.field}`)).toEqual(['g|figures.p.sources']);
  });
});

describe("a figure's citation for visitors", () => {
  it('cites the record and scholarship, and web pages and press only as where the figure was found', () => {
    const gurjanow = { title: 'Aleksander Gurjanow, Cztery deportacje 1940–41, Karta, 1994', type: 'article' };
    const museum = { title: 'Kresy-Siberia virtual museum: status of deportees (Feb 1940)', type: 'web' };
    const paper = { title: 'Tygodnik Solidarnosc (after IPN): 80th anniversary', type: 'press' };
    expect(figureCitation([gurjanow, museum, paper])).toEqual({ sources: 'Aleksander Gurjanow', via: 'Kresy-Siberia virtual museum; Tygodnik Solidarnosc' });
    expect(figureCitation([gurjanow])).toEqual({ sources: 'Aleksander Gurjanow', via: '' });
    // Without any record (the build refuses such a figure) the pages are named as the sources, never hidden.
    expect(figureCitation([museum])).toEqual({ sources: 'Kresy-Siberia virtual museum', via: '' });
    // A title cited under two keys (an alias) is named once.
    expect(figureCitation([gurjanow, gurjanow]).sources).toBe('Aleksander Gurjanow');
  });
});
