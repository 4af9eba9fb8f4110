/**
 * The tiled basemap (scripts/content/tiles.ts): the PMTiles writer makes archives the `pmtiles`
 * reader (the one MapLibre uses) reads back tile for tile, with leaf directories when the root would
 * not fit; the basemap's tiles carry 1:50m land at small zooms and 1:10m land from zoom 6, and the
 * style draws them from a vector source, with no basemap geometry in the style itself.
 */
import { describe, it, expect } from 'vitest';
import { gzipSync } from 'node:zlib';
import { createRequire } from 'node:module';
import { PMTiles, zxyToTileId } from 'pmtiles';
import { VectorTile } from '@mapbox/vector-tile';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { buildTiles, writePmtiles, DETAIL_ZOOM, MAXZOOM } from '../../scripts/content/tiles.ts';
import { basemapStyle } from '../../src/map/style.ts';

const { PbfReader } = createRequire(import.meta.url)('pbf') as { PbfReader: new (b: Uint8Array) => never };
const reader = (buf: Buffer) =>
  new PMTiles({ getKey: () => 'test', getBytes: async (o: number, l: number) => ({ data: buf.buffer.slice(buf.byteOffset + o, buf.byteOffset + o + l) as ArrayBuffer }) });
const info = { minZoom: 0, maxZoom: 9, bounds: [-180, 0, 180, 84] as [number, number, number, number], center: [30, 55, 4] as [number, number, number], metadata: { name: 't' } };

describe('PMTiles archive', () => {
  it('reads back what was written, identical tiles stored once', async () => {
    const tiles = new Map<number, Uint8Array>([
      [zxyToTileId(0, 0, 0), gzipSync(Buffer.from('zero'))],
      [zxyToTileId(3, 4, 2), gzipSync(Buffer.from('same'))],
      [zxyToTileId(3, 5, 2), gzipSync(Buffer.from('same'))],
    ]);
    const buf = writePmtiles(tiles, info);
    const p = reader(buf);
    const h = await p.getHeader();
    expect([h.specVersion, h.minZoom, h.maxZoom, h.numAddressedTiles, h.numTileContents]).toEqual([3, 0, 9, 3, 2]);
    const text = async (z: number, x: number, y: number) => {
      const t = await p.getZxy(z, x, y);
      return t ? Buffer.from(t.data).toString() : null;
    };
    expect(await text(0, 0, 0)).toBe('zero');
    expect(await text(3, 4, 2)).toBe('same');
    expect(await text(3, 5, 2)).toBe('same');
    expect(await text(3, 6, 2)).toBeNull();
    expect((await p.getMetadata()) as unknown).toEqual({ name: 't' });
  });

  it('uses leaf directories for many tiles', { timeout: 120_000 }, async () => {
    const tiles = new Map<number, Uint8Array>();
    for (let x = 0; x < 64; x++) for (let y = 0; y < 64; y++) tiles.set(zxyToTileId(6, x, y), gzipSync(Buffer.from(`${x}/${y}`)));
    // A small root limit forces the leaves that the full basemap may need (root ≤ 16 KiB in the spec).
    const buf = writePmtiles(tiles, info, 60, 256);
    const h = await reader(buf).getHeader();
    expect(h.leafDirectoryLength).toBeGreaterThan(0);
    expect(h.rootDirectoryLength).toBeLessThanOrEqual(60);
    const p = reader(buf);
    for (const [x, y] of [
      [0, 0],
      [37, 21],
      [63, 63],
      [5, 60],
    ])
      expect(Buffer.from((await p.getZxy(6, x, y))!.data).toString()).toBe(`${x}/${y}`);
  });
});

describe('the basemap tiles', () => {
  const tiles = buildTiles();
  const layersAt = (z: number, lon: number, lat: number) => {
    const n = 2 ** z;
    const x = Math.floor(((lon + 180) / 360) * n);
    const y = Math.floor(((1 - Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360)) / Math.PI) / 2) * n);
    const t = tiles.get(zxyToTileId(z, x, y));
    if (!t) return {};
    const { gunzipSync } = createRequire(import.meta.url)('node:zlib') as typeof import('node:zlib');
    const vt = new VectorTile(new PbfReader(gunzipSync(t)));
    return Object.fromEntries(Object.entries(vt.layers).map(([k, l]) => [k, l.length]));
  };

  it('cover the story region at every zoom to the last, with land near Katyn from the 1:10m data', { timeout: 120_000 }, () => {
    for (let z = 0; z <= MAXZOOM; z++) expect(layersAt(z, 31.9, 54.78).land, `zoom ${z}`).toBeGreaterThan(0);
    expect(DETAIL_ZOOM).toBe(6);
    // Finer outlines from zoom 6: a coastal tile holds many more land vertices at 6 than the 1:50m data at 5.
    expect(layersAt(6, 10.5, 59.0).land).toBeGreaterThan(0); // Oslofjord
    expect(layersAt(4, 24, 54).rivers).toBeGreaterThan(0);
  });

  it('are drawn from a vector source: no basemap geometry in the style', () => {
    const style = basemapStyle({ tiles: './assets/basemap.pmtiles' }, { 'Noto Serif Regular': [{ url: 'http://127.0.0.1/f.woff2', 'unicode-range': ['U+0000-00FF'] }] } as never);
    expect(style.sources.basemap).toMatchObject({ type: 'vector', url: 'pmtiles://./assets/basemap.pmtiles' });
    expect(JSON.stringify(style).length).toBeLessThan(20_000);
    expect(validateStyleMin(style as never).map((e) => e.message)).toEqual([]);
    expect(style.layers.filter((l) => 'source-layer' in l).map((l) => (l as { 'source-layer': string })['source-layer'])).toEqual(
      expect.arrayContaining(['land', 'lakes', 'rivers', 'coast', 'graticule']),
    );
  });
});
