import { describe, it, expect } from 'vitest';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { basemapStyle, thematicLayers, animationLayers, ANIM_SOURCE, LAYER_ORDER } from '../../src/map/style.ts';
import { LAYERS } from '../../src/layers/registry.ts';
import { buildBasemap } from '../../scripts/content/basemap.ts';

const fonts = { 'Noto Serif Regular': [{ url: 'http://127.0.0.1/f.woff2', 'unicode-range': ['U+0000-00FF'] }] };

describe('map style', () => {
  const basemap = buildBasemap();
  const style = basemapStyle(basemap, fonts);
  // The full style as the map ends up with it: basemap, every thematic layer, the reveal overlay.
  const full = {
    ...style,
    sources: {
      ...style.sources,
      ...Object.fromEntries(LAYER_ORDER.map((id) => [id, { type: 'geojson' as const, data: { type: 'FeatureCollection' as const, features: [] } }])),
      [ANIM_SOURCE]: { type: 'geojson' as const, data: { type: 'FeatureCollection' as const, features: [] } },
    },
    layers: [...style.layers, ...LAYER_ORDER.flatMap(thematicLayers), ...animationLayers()],
  };

  it('is a valid MapLibre style', () => {
    expect(validateStyleMin(full as never).map((e) => e.message)).toEqual([]);
  });

  it('needs nothing from the network: no glyphs or sprite URL, inline data only', () => {
    expect(style).not.toHaveProperty('glyphs');
    expect(style).not.toHaveProperty('sprite');
    for (const src of Object.values(full.sources)) expect(typeof (src as { data: unknown }).data).toBe('object');
  });

  it('styles every registry layer, in a known order', () => {
    for (const l of LAYERS) {
      expect(LAYER_ORDER).toContain(l.id);
      expect(thematicLayers(l.id).length, l.id).toBeGreaterThan(0);
    }
    expect(new Set(LAYERS.map((l) => l.draw)).size, 'each layer its own place in the drawing order').toBe(LAYERS.length);
    // Areas at the bottom, then lines, then points on top.
    const at = (id: string) => LAYER_ORDER.indexOf(id);
    expect(at('territories')).toBeLessThan(at('fronts'));
    expect(at('routes')).toBeLessThan(at('places'));
    expect(at('places')).toBeLessThan(at('camps'));
  });

  it('gives every MapLibre layer a unique id that starts with its registry layer', () => {
    const ids = LAYERS.flatMap((l) =>
      thematicLayers(l.id).map((s) => {
        expect(s.id.startsWith(`${l.id}-`), s.id).toBe(true);
        return s.id;
      }),
    );
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('has a basemap of land, lakes and rivers reaching Siberia, with no modern borders', () => {
    expect(basemap.land.features.length).toBeGreaterThan(50);
    expect(basemap.lakes.features.length).toBeGreaterThan(10);
    expect(basemap.rivers.features.length).toBeGreaterThan(10);
    const lons = basemap.land.features.flatMap((f) =>
      JSON.stringify(f.geometry)
        .match(/-?\d+\.?\d*(?=,-?\d)/g)!
        .map(Number),
    );
    expect(Math.max(...lons)).toBeGreaterThanOrEqual(110);
    expect(Object.keys(style.sources)).not.toContain('countries');
  });

  it('puts the outer ring first (Eurasia, not the Caspian)', () => {
    // The largest land polygon must contain Moscow when drawn: its first ring is the outline.
    const ring = (g: { type: string; coordinates: number[][][] | number[][][][] }) => (g.type === 'Polygon' ? (g.coordinates as number[][][])[0] : (g.coordinates as number[][][][])[0][0]);
    const eurasia = basemap.land.features.map((f) => ring(f.geometry as never)).sort((a, b) => b.length - a.length)[0];
    const xs = eurasia.map((p) => p[0]);
    expect(Math.min(...xs)).toBeLessThan(0);
    expect(Math.max(...xs)).toBeGreaterThan(100);
  });
});
