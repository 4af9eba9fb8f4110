/**
 * No counted figure rests on web pages, virtual museums or press alone (HISTORY.md: context only;
 * issue 12): the content lint names the file, the feature and the figure's field, an alias counts as
 * the entry it stands for, and the shipped geodata passes.
 */
import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { loadGeodata } from '../../scripts/content/geodata.ts';
import { lintFigureSources } from '../../scripts/content/sources.ts';
import { LAYERS, layerDef } from '../../src/layers/registry.ts';

const fixture = fileURLToPath(new URL('./fixtures/figure-sources/', import.meta.url));
const shipped = fileURLToPath(new URL('../../geodata/', import.meta.url));

describe('figures resting on web pages, virtual museums or press', () => {
  it('fails the build for each such figure, naming file, item and field', () => {
    const geo = loadGeodata(fixture, [layerDef('camps')!]);
    const found = geo.problems.filter((p) => /web pages, virtual museums or press/.test(p.message));
    expect(found.map((p) => `${p.file}|${p.item}|${p.field}`)).toEqual([
      'geodata/camps.geojson|web-only-camp|figures.prisoners.sources',
      'geodata/camps.geojson|web-only-camp|figures.transports.sources', // an alias of a web page is a web page
    ]);
    expect(found[0].message).toMatch(/museum_site, paper: web, press/);
    expect(geo.problems.filter((p) => !found.includes(p))).toEqual([]);
  });

  it('passes a figure with scholarship or a memorial institution beside the page', () => {
    const geo = loadGeodata(fixture, [layerDef('camps')!]);
    expect(geo.problems.some((p) => p.item === 'sourced-camp')).toBe(false);
  });

  it('finds none in the shipped geodata, and every shipped figure has a source that is not a web page or press', () => {
    const geo = loadGeodata(shipped, LAYERS);
    const feats = Object.entries(geo.layers).flatMap(([id, fc]) => fc.features.map((f) => ({ file: id, id: f.properties.id, figures: f.properties.figures })));
    expect(feats.filter((f) => Object.keys(f.figures ?? {}).length).length).toBeGreaterThan(20);
    expect(lintFigureSources(feats, geo.sources)).toEqual([]);
    // The deportation waves from eastern Poland cite the scholarship that publishes the NKVD figures.
    const feb = geo.index['deportation-1940-02-siberia'];
    expect(feb).toBeDefined();
    const fig = geo.layers.deportations.features.find((f) => f.properties.id === 'deportation-1940-02-siberia')!.properties.figures!;
    for (const name of ['deported', 'delivered', 'in_settlements']) expect(fig[name].sources).toContain('gurjanow1994');
  });
});
