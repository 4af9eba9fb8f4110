import { describe, it, expect } from 'vitest';
import { fileURLToPath } from 'node:url';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { expression } from '@maplibre/maplibre-gl-style-spec';
import { DATED_LABEL } from '../../src/map/style.ts';
import { loadGeodata } from '../../scripts/content/geodata.ts';
import { dayOf } from '../../src/time.ts';
import { hiddenAnchors, type Anchor } from '../../src/map/labels.ts';
import { loadLabels } from '../../scripts/content/labels.ts';

const geo = loadGeodata(fileURLToPath(new URL('../../geodata/', import.meta.url)));

/** The label MapLibre draws for a place on a date, evaluated by the style spec's own engine. */
function labelAt(id: string, iso: string): string {
  const f = Object.values(geo.layers)
    .flatMap((fc) => fc.features)
    .find((x) => x.properties.id === id)!;
  // The map's global state is bound when the expression is created, as MapLibre does.
  const compiled = expression.createExpression(DATED_LABEL, 'layers[0].layout.text-field', null, { day: dayOf(iso) });
  if (compiled.result !== 'success') throw new Error(JSON.stringify(compiled.value));
  return compiled.value.evaluate({ zoom: 5 } as never, { type: 'Point', properties: f.properties } as never) as string;
}

describe('place labels follow the map’s date', () => {
  it('renames cities as history did', () => {
    expect(labelAt('gotenhafen', '1939-09-01')).toBe('Gdynia');
    expect(labelAt('gotenhafen', '1940-07-03')).toBe('Gotenhafen');
    expect(labelAt('gotenhafen', '1949-03-25')).toBe('Gdynia');
    expect(labelAt('wilno', '1939-08-23')).toBe('Wilno');
    expect(labelAt('wilno', '1940-08-10')).toBe('Vilnius');
    expect(labelAt('viipuri', '1939-12-01')).toBe('Viipuri');
    expect(labelAt('viipuri', '1940-04-01')).toBe('Vyborg');
  });

  it('keeps a single name where nothing changed', () => {
    expect(labelAt('warsaw', '1939-09-01')).toBe(labelAt('warsaw', '1949-01-01'));
  });
});

describe('a territory with two label anchors is named once per view', () => {
  const anchors: Anchor[] = [
    { territory: 'ussr', anchor: 0, at: [95, 62], fromDay: 0, toDay: 1e9 },
    { territory: 'ussr', anchor: 1, at: [36, 55], fromDay: 0, toDay: 1e9 },
    { territory: 'reich', anchor: 0, at: [12, 51], fromDay: 0, toDay: 1e9 },
  ];
  it('hides the anchor farther from the centre when both are in view', () => {
    expect(hiddenAnchors(anchors, [-6, 40, 123, 75], 10)).toBe('|ussr#0|'); // centre 58.5° E: Moscow's anchor is nearer
    expect(hiddenAnchors(anchors, [30, 40, 140, 75], 10)).toBe('|ussr#1|'); // centre 85° E
  });
  it('hides nothing when one anchor is in view, or on a date the label does not exist', () => {
    expect(hiddenAnchors(anchors, [10, 45, 45, 65], 10)).toBe('');
    expect(
      hiddenAnchors(
        anchors.map((a) => ({ ...a, toDay: 5 })),
        [-6, 40, 123, 75],
        10,
      ),
    ).toBe('');
  });
  it('is fed by the built labels: territories with a second anchor number each point', () => {
    const codes = (parse(readFileSync(fileURLToPath(new URL('../../src/i18n/languages.yaml', import.meta.url)), 'utf8')) as { code: string }[]).map((l) => l.code);
    const { areas, problems } = loadLabels(fileURLToPath(new URL('../../geodata/', import.meta.url)), codes);
    expect(problems).toEqual([]);
    const second = areas.features.filter((f) => f.properties!.anchor === 1);
    expect(second.length).toBeGreaterThan(0);
    for (const f of second)
      expect(areas.features.some((g) => g.properties!.territory === f.properties!.territory && g.properties!.anchor === 0 && g.properties!.fromDay === f.properties!.fromDay)).toBe(true);
  });
});
