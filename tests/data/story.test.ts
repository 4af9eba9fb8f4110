/**
 * The story lint: the shipped story passes, and each kind of curator mistake is reported with the
 * file, the step and the field. Also proves that a bad content folder fails `vite build` itself.
 */
import { describe, it, expect } from 'vitest';
import { readFileSync, mkdtempSync, cpSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawnSync } from 'node:child_process';
import { loadGeodata } from '../../scripts/content/geodata.ts';
import { parseSteps, parseText, lintStory, loadStory } from '../../scripts/content/story.ts';
import { formatProblem } from '../../scripts/content/problems.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const geo = loadGeodata(`${root}geodata`);
const keys = new Set(geo.sources.map((s) => s.key));
const stepsYaml = readFileSync(`${root}src/story/steps.yaml`, 'utf8');
const enMd = readFileSync(`${root}src/story/text/en.md`, 'utf8');

function lint(yaml: string, md = enMd): string {
  const s = parseSteps(yaml);
  const t = parseText(md, 'src/story/text/en.md');
  const problems = [...s.problems, ...t.problems];
  if (!problems.length) problems.push(...lintStory(s.steps, t.text, geo, keys));
  return problems.map(formatProblem).join('\n');
}

describe('shipped story', () => {
  it('passes the lint', () => {
    const { problems, story } = loadStory(`${root}src/story`, geo);
    expect(problems.map(formatProblem)).toEqual([]);
    expect(story!.steps.length).toBeGreaterThanOrEqual(5);
  });

  it('cites sources in every step and has text, title and alt text', () => {
    const { story } = loadStory(`${root}src/story`, geo);
    for (const s of story!.steps) {
      expect(s.sources.length, s.id).toBeGreaterThan(0);
      for (const k of s.sources) expect(story!.sources[k], `${s.id}: ${k}`).toBeDefined();
      expect(s.title && s.html && s.alt, s.id).toBeTruthy();
    }
  });

  it('never lets raw HTML through', () => {
    const t = parseText('---\nchapters: {c: C}\n---\n## a\n### T\n\nHello <script>alert(1)</script> <img src=x onerror=alert(2)> [link](javascript:alert(3))\n\nAlt: map', 'f.md');
    expect(t.text.steps.a.html).not.toMatch(/<script|<img|href=/);
    expect(t.text.steps.a.html).toContain('&lt;script&gt;');
  });
});

const edit = (from: string, to: string) => {
  expect(stepsYaml).toContain(from);
  return stepsYaml.replace(from, to);
};

describe('story mistakes are reported with file, step and field', () => {
  const cases: [string, () => string, string | undefined, RegExp][] = [
    ['YAML syntax', () => stepsYaml.replace('  - id: pact', '  - id: pact\n   bad: [indent'), undefined, /steps\.yaml: YAML syntax error at line \d+/],
    ['unknown layer', () => edit('layers: [territories, lines, places]', 'layers: [territories, lines, place]'), undefined, /steps\.yaml: "pact": field "layers": unknown layer "place"/],
    ['unknown highlight', () => edit('highlight: [moscow]', 'highlight: [moskva]'), undefined, /"decision": field "highlight": unknown feature "moskva"/],
    [
      'highlight in a hidden layer',
      () => edit('highlight: [moscow]', 'highlight: [mednoye]'),
      undefined,
      /"decision": field "highlight": feature "mednoye" is in layer "sites", which this step does not show/,
    ],
    ['bad date', () => edit('date: 1940-03-05', 'date: 1940-03-35'), undefined, /"decision": field "date": must be an ISO date/],
    ['dates out of order', () => edit('date: 1940-03-05', 'date: 1939-01-05'), undefined, /"decision": field "date": \(1939-01-05\) is earlier than the previous step's date/],
    [
      'camera outside the data',
      () => edit('camera: { center: [35.5, 53.5], zoom: 5.3 }', 'camera: { center: [-70, 40], zoom: 5.3 }'),
      undefined,
      /"decision": field "camera\.center": \[-70, 40\] is outside the data/,
    ],
    ['camera of the wrong shape', () => edit('camera: { center: [35.5, 53.5], zoom: 5.3 }', 'camera: { centre: [35.5, 53.5] }'), undefined, /"decision": field "camera": must be \{center/],
    ['fit to an unknown feature', () => edit('fit: [kozelsk-camp,', 'fit: [kozielsk-camp,'), undefined, /"camps": field "camera\.fit": unknown feature "kozielsk-camp"/],
    ['unknown source', () => edit('sources: [shelepin, cienciala, pkg1_1992]', 'sources: [shelepin, wikipedia]'), undefined, /"decision": field "sources": unknown source key "wikipedia"/],
    ['no sources', () => edit('sources: [shelepin, cienciala, pkg1_1992]', 'sources: []'), undefined, /"decision": field "sources": every step must cite at least one source/],
    [
      'animating a route on a date it is not on the map',
      () => edit('date: 1940-05-12', 'date: 1940-05-20'),
      undefined,
      /"transports": field "animate\.routes": route "katyn-kozelsk-transports" \(1940-04-03 to 1940-05-13\) is not on the map/,
    ],
    ['unknown figure', () => edit('{ feature: mednoye, figure: names }', '{ feature: mednoye, figure: victims }'), undefined, /"totals": field "counts": feature "mednoye" has no figure "victims"/],
    ['unknown field', () => edit('  - id: pact\n', '  - id: pact\n    colour: red\n'), undefined, /"pact": field "colour"|"pact": .*colour/],
    ['missing text section', () => stepsYaml, enMd.replace('## decision', '## decisions'), /en\.md: "decision": field "text": has no section "## decision"/],
    ['missing alt text', () => stepsYaml, enMd.replace('Alt: Map centred on Moscow, with the three camps around it.', ''), /en\.md: "decision": field "alt": is missing/],
    ['missing title', () => stepsYaml, enMd.replace('### {date:1940-03-05}: the decision', ''), /en\.md: "decision": field "title": is missing/],
    [
      'chapter without a title',
      () => edit('chapter: katyn\n    date: 1940-03-01', 'chapter: camps\n    date: 1940-03-01'),
      undefined,
      /en\.md: "camps": field "chapter": chapter "camps" has no title/,
    ],
  ];
  for (const [what, yaml, md, message] of cases) {
    it(what, () => expect(lint(yaml(), md)).toMatch(message));
  }
});

describe('the build refuses bad content', () => {
  it('fails `vite build` naming the file, feature and field', () => {
    const tmp = mkdtempSync(join(tmpdir(), 'storymap-bad-'));
    try {
      cpSync(`${root}geodata`, tmp, { recursive: true });
      const camps = JSON.parse(readFileSync(join(tmp, 'camps.geojson'), 'utf8'));
      camps.features[0].properties.from = '1939-02-30';
      writeFileSync(join(tmp, 'camps.geojson'), JSON.stringify(camps));
      const r = spawnSync(process.execPath, [join(root, 'node_modules/vite/bin/vite.js'), 'build', '--outDir', join(tmp, 'out')], {
        cwd: root,
        env: { ...process.env, STORYMAP_GEODATA: tmp },
        encoding: 'utf8',
        timeout: 60_000,
      });
      expect(r.status).not.toBe(0);
      expect(r.stdout + r.stderr).toMatch(/geodata\/camps\.geojson: "kozelsk-camp": field "from": must be an ISO date/);
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  }, 90_000);
});
