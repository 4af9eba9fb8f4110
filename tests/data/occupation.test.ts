/**
 * The `occupation` layer (scripts/geodata/occupation.ts): the German occupation's killing sites,
 * arrests, expulsions, camps and ghettos. It must be exactly what its script writes, validate like
 * every layer, cite a source from the new-chapters register for each figure, keep the dates the
 * story tells, and stay apart from the NKVD's layers (no German crime drawn as a Soviet one).
 */
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { loadGeodata } from '../../scripts/content/geodata.ts';
import { formatProblem } from '../../scripts/content/problems.ts';
import { occupation } from '../../scripts/geodata/occupation.ts';
import { SOURCES_CHAPTERS } from '../../scripts/geodata/sources-chapters.ts';
import { layerDef } from '../../src/layers/registry.ts';

type Props = {
  id: string;
  kind: string;
  from: string;
  to: string | null;
  certainty: string;
  precision_m: number;
  sources: string[];
  figures?: Record<string, { value: number | string; label: string; sources: string[] }>;
};
const dir = fileURLToPath(new URL('../../geodata/', import.meta.url));
const shipped = JSON.parse(readFileSync(`${dir}occupation.geojson`, 'utf8')) as { features: { geometry: { coordinates: [number, number] }; properties: Props }[] };
const NEW_CHAPTERS = ['german-occupation', 'holocaust-1941', 'katyn-truth'];
const byId = new Map(shipped.features.map((f) => [f.properties.id, f]));

describe('occupation layer', () => {
  it('is exactly what scripts/geodata/occupation.ts writes', () => {
    expect(shipped).toEqual(JSON.parse(JSON.stringify(occupation())));
  });

  it('validates through loadGeodata with the registry entry', () => {
    const geo = loadGeodata(dir);
    expect(geo.problems.map(formatProblem)).toEqual([]);
    expect(geo.layers.occupation?.features.length).toBe(shipped.features.length);
    expect(layerDef('occupation')?.kinds).toEqual(expect.arrayContaining([...new Set(shipped.features.map((f) => f.properties.kind))]));
  });

  it('cites only sources of the register, and every figure has its own', () => {
    const register = new Set((JSON.parse(readFileSync(`${dir}sources.json`, 'utf8')) as { key: string }[]).map((s) => s.key));
    const chapters = new Set(SOURCES_CHAPTERS.map((s) => s.key));
    for (const f of shipped.features) {
      for (const k of f.properties.sources) expect(register.has(k), `${f.properties.id}: ${k}`).toBe(true);
      expect(
        f.properties.sources.some((k) => chapters.has(k)),
        `${f.properties.id}: a source of the new chapters`,
      ).toBe(true);
      for (const [name, fig] of Object.entries(f.properties.figures ?? {})) expect(fig.sources.length, `${f.properties.id}.${name}`).toBeGreaterThan(0);
    }
  });

  it('keeps the dates and figures the story tells', () => {
    const p = (id: string) => byId.get(id)!.properties;
    expect([p('collegium-novum').from, p('collegium-novum').figures!.arrested.value]).toEqual(['1939-11-06', 183]);
    expect([p('auschwitz').from, p('auschwitz').figures!.first_transport.value]).toEqual(['1940-06-14', 728]);
    expect([p('lodz-ghetto').from, p('warsaw-ghetto').from]).toEqual(['1940-04-30', '1940-11-16']);
    expect(p('palmiry').figures!.june_1940.value).toBe(358);
    expect([p('babyn-yar').from, p('babyn-yar').figures!.sep_1941.value]).toEqual(['1941-09-29', 33771]);
    expect([p('rumbula').from, p('kaunas-ninth-fort').figures!.oct_1941.value]).toEqual(['1941-11-30', 9200]);
    // The Jäger report's men, women and children add up to its total for 29 Oct 1941, as the story tells it.
    const figs = parse(readFileSync(fileURLToPath(new URL('../../src/story/figures.yaml', import.meta.url)), 'utf8')) as Record<string, number>;
    expect(figs['ninth-fort-2'] + figs['ninth-fort-3'] + figs['ninth-fort-4']).toBe(figs['ninth-fort-1']);
    expect(figs['ninth-fort-1']).toBe(p('kaunas-ninth-fort').figures!.oct_1941.value);
    // A ghetto or camp ends; a killing site stays as a place of memory.
    for (const f of shipped.features) {
      const { kind, from, to } = f.properties;
      if (kind === 'ghetto' || kind === 'concentration-camp') expect(to && to > from, f.properties.id).toBeTruthy();
      if (kind === 'killing-site') expect(to, f.properties.id).toBeNull();
    }
  });

  it('marks coarse positions as approximate, and keeps off the NKVD layers', () => {
    for (const f of shipped.features) expect(f.properties.certainty, f.properties.id).toBe(f.properties.precision_m >= 1000 ? 'approximate' : 'documented');
    for (const file of ['sites.geojson', 'massacres.geojson', 'camps.geojson']) {
      const ids = new Set((JSON.parse(readFileSync(`${dir}${file}`, 'utf8')) as { features: { properties: { id: string } }[] }).features.map((f) => f.properties.id));
      for (const id of byId.keys()) expect(ids.has(id), `${id} in ${file}`).toBe(false);
    }
  });
});

describe('the new chapters in the kiosk', () => {
  it('are chapters of the story with a title, and a museum can choose them alone', async () => {
    const { parseSteps, parseText } = await import('../../scripts/content/story.ts');
    const { parseKioskConfig } = await import('../../src/kiosk/config.ts');
    const story = fileURLToPath(new URL('../../src/story/', import.meta.url));
    const { steps } = parseSteps(readFileSync(`${story}steps.yaml`, 'utf8'));
    const chapters = [...new Set(steps.map((s) => s.chapter))];
    const titles = parseText(readFileSync(`${story}text/en.md`, 'utf8'), 'en.md').text.chapters;
    for (const id of NEW_CHAPTERS) {
      expect(chapters, id).toContain(id);
      expect(titles[id], id).toBeTruthy();
      expect(steps.filter((s) => s.chapter === id).length, id).toBeGreaterThanOrEqual(3);
    }
    const r = parseKioskConfig({ chapters: [...NEW_CHAPTERS].reverse() }, { chapters, available: ['en'] });
    expect(r.problems).toEqual([]);
    expect(r.config.chapters, 'in story order').toEqual(chapters.filter((c) => NEW_CHAPTERS.includes(c)));
  });
});
