import { describe, it, expect } from 'vitest';
import { fileURLToPath } from 'node:url';
import { expression } from '@maplibre/maplibre-gl-style-spec';
import { DATED_LABEL } from '../../src/map/style.ts';
import { loadGeodata } from '../../scripts/content/geodata.ts';
import { dayOf } from '../../src/time.ts';

const geo = loadGeodata(fileURLToPath(new URL('../../geodata/', import.meta.url)));

/** The label MapLibre draws for a place on a date, evaluated by the style spec's own engine. */
function labelAt(id: string, iso: string): string {
  const f = Object.values(geo.layers).flatMap((fc) => fc.features).find((x) => x.properties.id === id)!;
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
