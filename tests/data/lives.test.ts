/**
 * The lives lint (scripts/content/lives.ts): the shipped lives pass, and each kind of curator mistake
 * in a small fixture is reported with the file, the station and the field.
 */
import { describe, it, expect } from 'vitest';
import { fileURLToPath } from 'node:url';
import { loadGeodata } from '../../scripts/content/geodata.ts';
import { parseLife, loadLives, crossings, type LivesContext } from '../../scripts/content/lives.ts';
import { parseSteps } from '../../scripts/content/story.ts';
import { formatProblem } from '../../scripts/content/problems.ts';
import { SOURCES_LIVES } from '../../scripts/geodata/sources-lives.ts';
import { readFileSync } from 'node:fs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const geo = loadGeodata(`${root}geodata`);
const LANGS = ['en', 'pl', 'lt', 'lv', 'et', 'fi', 'uk'];
const ctx: LivesContext = { languages: LANGS, index: geo.index, sourceKeys: new Set([...geo.sources.map((s) => s.key), ...SOURCES_LIVES.map((s) => s.key)]) };

const all = (t: string) => LANGS.map((l) => `      ${l}: ${t} ${l}`).join('\n');
/** A valid two-station life; `patch` rewrites it to introduce one mistake. */
function fixture(patch: (y: string) => string = (y) => y): string {
  const y = `id: fixture
name: Test Person
years: 1900–1950
nation: pl
summary:
${all('A person').replace(/^ {6}/gm, '  ')}
stations:
  - place: kozelsk-camp
    label:
${all('Camp')}
    from: 1939-11-01
    to: 1940-04-20
    precision: month
    certainty: documented
    sources: [{ key: cienciala, at: 'p. 1' }]
    text:
${all('Held in the camp')}
  - at: [33.86885, 51.33529]
    at_source: geonames
    label:
${all('Elsewhere')}
    from: 1940-04-30
    precision: day
    certainty: reported
    route: katyn-kozelsk-transports
    sources: [swianiewicz_1976]
    text:
${all('Taken away')}
`;
  return patch(y);
}
const lint = (y: string) => parseLife(y, 'src/lives/fixture.yaml', ctx).problems.map(formatProblem).join('\n');

describe('the lives lint', () => {
  it('accepts the fixture', () => {
    expect(lint(fixture())).toBe('');
  });
  it('reports a missing language with the station and field', () => {
    expect(lint(fixture((y) => y.replace('      uk: Taken away uk\n', '')))).toBe(
      'src/lives/fixture.yaml: "fixture station 2": field "text.uk": is missing (every text needs all languages: en, pl, lt, lv, et, fi, uk)',
    );
  });
  it('reports stations out of date order', () => {
    expect(lint(fixture((y) => y.replace('from: 1940-04-30', 'from: 1939-10-01')))).toContain('"fixture station 2": field "from": (1939-10-01) is before the previous station\'s from (1939-11-01)');
  });
  it('reports a station that ends before it starts', () => {
    expect(lint(fixture((y) => y.replace('to: 1940-04-20', 'to: 1939-01-01')))).toContain('"fixture station 1": field "to": (1939-01-01) is before from (1939-11-01)');
  });
  it('reports a date that does not exist', () => {
    expect(lint(fixture((y) => y.replace('from: 1940-04-30', 'from: 1940-02-30')))).toContain('field "from": must be an ISO date');
  });
  it('reports an unknown place, a place not on the map at the date, and coordinates without a source', () => {
    expect(lint(fixture((y) => y.replace('place: kozelsk-camp', 'place: kozielsk')))).toContain('field "place": "kozielsk" is not a feature id in geodata/');
    expect(lint(fixture((y) => y.replace('place: kozelsk-camp', 'place: karaganda')))).toContain('"karaganda" is not on the map on 1939-11-01');
    expect(lint(fixture((y) => y.replace('    at_source: geonames\n', '')))).toContain('"fixture station 2": field "at_source": coordinates need a source');
  });
  it('reports a station without sources and an unknown source key', () => {
    expect(lint(fixture((y) => y.replace('sources: [swianiewicz_1976]', 'sources: []')))).toContain('"fixture station 2": field "sources": every station must cite at least one source');
    expect(lint(fixture((y) => y.replace('sources: [swianiewicz_1976]', 'sources: [nobody_2020]')))).toContain('field "sources.0": "nobody_2020" is not in the sources register');
  });
  it('reports digits and quotation marks in a text, and an unknown certainty', () => {
    expect(lint(fixture((y) => y.replace('Held in the camp en', 'Held from 1939')))).toContain('field "text.en": contains a digit');
    expect(lint(fixture((y) => y.replace('Held in the camp en', 'He said “no”')))).toContain('field "text.en": contains quotation marks');
    expect(lint(fixture((y) => y.replace('certainty: reported', 'certainty: sure')))).toContain('field "certainty": must be documented, reported or estimated');
  });
  it('reports a route that is not a feature', () => {
    expect(lint(fixture((y) => y.replace('route: katyn-kozelsk-transports', 'route: no-such-route')))).toContain('field "route": "no-such-route" is not a feature id');
  });
});

describe('the shipped lives', () => {
  const { problems, lives } = loadLives(`${root}src/lives`, ctx);
  it('pass the lint', () => {
    expect(problems.map(formatProblem)).toEqual([]);
  });
  it('are at least eight, from at least four nations, with both occupations', () => {
    expect(lives.length).toBeGreaterThanOrEqual(8);
    expect(new Set(lives.map((l) => l.nation)).size).toBeGreaterThanOrEqual(4);
    // A victim of the German occupation: a station at Palmiry (the AB-Aktion executions).
    expect(lives.some((l) => l.stations.some((s) => s.sources.some((r) => r.key === 'palmiry_museum')))).toBe(true);
  });
  it('hold the fact-checked dates', () => {
    const sw = lives.find((l) => l.id === 'swianiewicz')!;
    expect(sw.stations.find((s) => s.place === 'gnezdovo-station')!.from).toBe('1940-04-30');
    const bn = lives.find((l) => l.id === 'buber-neumann')!;
    const bridge = bn.stations.find((s) => s.place === 'brest-bridge')!;
    expect([bridge.from, bridge.to, bridge.precision]).toEqual(['1940-02-01', '1940-02-29', 'month']);
    expect(bridge.text.en).toMatch(/exact day .* not confirmed/);
  });
  it('link the story steps they cross', () => {
    const { steps } = parseSteps(readFileSync(`${root}src/story/steps.yaml`, 'utf8'));
    const x = crossings(lives, steps, geo.index);
    expect(x.transports).toEqual(
      expect.arrayContaining([
        { life: 'swianiewicz', station: 2 },
        { life: 'lewandowska', station: 3 },
      ]),
    );
    expect(x['nkvd-gestapo']).toEqual([{ life: 'buber-neumann', station: 4 }]);
    // A city shown by a step is not a crossing (Moscow appears in many steps).
    expect(
      Object.values(x)
        .flat()
        .some((c) => c.life === 'anders'),
    ).toBe(false);
  });
});
