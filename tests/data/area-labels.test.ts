/**
 * Area and water labels (geodata/labels.yaml → scripts/content/labels.ts → src/map/labels.ts): every
 * territory is named for its whole time span in every shipped language, the names change with the
 * date as MapLibre evaluates the label layers, label points sit inside their territory, rivers run
 * along Natural Earth lines, and a broken file is reported naming file, item and field.
 */
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { booleanPointInPolygon } from '@turf/turf';
import { expression, latest, validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon } from 'geojson';
import { buildLabels, loadLabels } from '../../scripts/content/labels.ts';
import { formatProblem } from '../../scripts/content/problems.ts';
import { labelLayers, labelSources } from '../../src/map/labels.ts';
import { dayOf } from '../../src/time.ts';

const dir = fileURLToPath(new URL('../../geodata/', import.meta.url));
const LANGS = ['en', 'pl', 'lt', 'lv', 'et', 'fi', 'uk'];
const labels = loadLabels(dir, LANGS);
const territories = JSON.parse(readFileSync(`${dir}territories.geojson`, 'utf8')) as FeatureCollection<Polygon | MultiPolygon, Record<string, unknown>>;
const layers = labelLayers({ areas: true, water: true });
const layer = (id: string) => layers.find((l) => l.id === id)! as { layout: Record<string, unknown> };

/** The text MapLibre would draw for a label feature on a day in a language. */
function drawn(layerId: string, props: Record<string, unknown>, lang: string, iso: string) {
  const e = expression.createExpression(layer(layerId).layout['text-field'], latest.layout_symbol['text-field'] as never);
  if (e.result !== 'success') throw new Error(JSON.stringify(e.value));
  return String(e.value.evaluate({ zoom: 5, globalState: { lang, day: dayOf(iso), textScale: 1 } } as never, { properties: props } as never));
}
const statesOn = (lang: string, iso: string) =>
  labels.areas.features
    .filter((f) => f.properties!.kind === 'state')
    .map((f) => drawn('label-state', f.properties!, lang, iso))
    .filter(Boolean);

describe('area and water labels', () => {
  it('build without problems for all seven languages', () => {
    expect(labels.problems.map(formatProblem)).toEqual([]);
    expect(labels.areas.features.length).toBeGreaterThanOrEqual(territories.features.length);
  });

  it('name every territory on every day of its time span', () => {
    for (const t of territories.features) {
      const from = dayOf(String(t.properties.from));
      const to = t.properties.to ? dayOf(String(t.properties.to)) : from + 400;
      for (const day of [from, Math.floor((from + to) / 2), to - 1]) {
        const on = labels.areas.features.filter((f) => f.properties!.territory === t.properties.id && f.properties!.fromDay <= day && day < f.properties!.toDay);
        expect(on.length, `${t.properties.id} on day ${day}`).toBeGreaterThan(0);
      }
    }
  });

  it('place each label inside its territory', () => {
    const byId = new Map(territories.features.map((f) => [f.properties.id, f]));
    for (const l of labels.areas.features) {
      const t = byId.get(l.properties!.territory)!;
      expect(booleanPointInPolygon(l.geometry.coordinates, t as Feature<Polygon | MultiPolygon>), `${l.properties!.key} in ${l.properties!.territory}`).toBe(true);
    }
  });

  it('follow the date: Free City of Danzig until 1 Sep 1939, Generalgouvernement from 26 Oct 1939, the Lithuanian SSR from Aug 1940', () => {
    expect(statesOn('en', '1939-08-31')).toContain('FREE CITY OF DANZIG');
    expect(statesOn('en', '1939-09-01')).not.toContain('FREE CITY OF DANZIG');
    expect(statesOn('en', '1939-10-25')).not.toContain('GENERALGOUVERNEMENT');
    expect(statesOn('en', '1939-10-26')).toContain('GENERALGOUVERNEMENT');
    expect(statesOn('pl', '1939-11-01')).toContain('GENERALNE GUBERNATORSTWO');
    expect(statesOn('lt', '1940-01-01')).toContain('LIETUVA');
    expect(statesOn('lt', '1940-09-01')).toContain('LIETUVOS TSR');
    expect(statesOn('lt', '1940-09-01')).not.toContain('LIETUVA');
    expect(statesOn('uk', '1939-08-23')).toEqual(expect.arrayContaining(['НІМЕЦЬКИЙ РАЙХ', 'ПОЛЬЩА', 'РАДЯНСЬКИЙ СОЮЗ', 'ФІНЛЯНДІЯ', 'РУМУНІЯ', 'УГОРЩИНА']));
    expect(statesOn('fi', '1939-08-23')).toContain('SUOMI');
    expect(statesOn('en', '1939-08-23')).not.toContain('POLAND (INVADED)');
  });

  it('label the Soviet Union inside the story region too, not only in Siberia', () => {
    const su = labels.areas.features.filter((f) => f.properties!.territory === 'ussr-1939');
    expect(su.some((f) => f.geometry.coordinates[0] < 42)).toBe(true);
  });

  it('name the seas, lakes and every river the story names, rivers along Natural Earth lines where it has them', () => {
    const keys = labels.water.features.map((f) => f.properties!.key);
    for (const k of [
      'baltic-sea',
      'gulf-of-finland',
      'gulf-of-riga',
      'white-sea',
      'barents-sea',
      'black-sea',
      'ladoga',
      'onega',
      'peipus',
      'seliger',
      'vistula',
      'san',
      'narew',
      'bug',
      'pisa',
      'neman',
      'sesupe',
      'daugava',
      'dnieper',
      'dniester',
      'prut',
    ])
      expect(keys).toContain(k);
    const lines = labels.water.features.filter((f) => f.geometry.type === 'MultiLineString').map((f) => f.properties!.key);
    expect(lines).toEqual(expect.arrayContaining(['vistula', 'daugava', 'dnieper', 'dniester']));
    const wisla = labels.water.features.find((f) => f.properties!.key === 'vistula')!;
    expect(wisla.properties!.name_pl).toBe('Wisła');
    expect(labels.water.features.find((f) => f.properties!.key === 'daugava')!.properties!.name_uk).toBe('Західна Двіна');
  });

  it('make a valid MapLibre style with the basemap', () => {
    const style = { version: 8, state: { day: { default: 0 }, textScale: { default: 1 }, lang: { default: 'en' } }, sources: labelSources(labels.areas, labels.water), layers };
    expect(validateStyleMin(style as never).map((e) => e.message)).toEqual([]);
    expect(layer('label-state').layout['text-letter-spacing']).toBeGreaterThan(0.1);
    expect(layer('label-water').layout['text-font']).toEqual(['Noto Serif Italic']);
  });

  it('report a missing language and an unlabelled territory naming file, item and field', () => {
    const yaml = readFileSync(`${dir}labels.yaml`, 'utf8')
      .replace('  finland: { kind: state, en: Finland, pl: Finlandia, lt: Suomija, lv: Somija, et: Soome, fi: Suomi, uk: Фінляндія }', '  finland: { kind: state, en: Finland, pl: Finlandia }')
      .replace('  hanko-lease-1940: hanko\n', '');
    const r = buildLabels(yaml, territories as FeatureCollection<Geometry, Record<string, unknown>>, LANGS);
    const msgs = r.problems.map(formatProblem);
    expect(msgs.some((m) => m.includes('geodata/labels.yaml') && m.includes('finland') && m.includes('"lt"'))).toBe(true);
    expect(msgs.some((m) => m.includes('hanko-lease-1940') && m.includes('no label'))).toBe(true);
  });
});
