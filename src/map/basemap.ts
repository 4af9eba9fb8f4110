/**
 * The tiled basemap: one PMTiles archive of Natural Earth vector tiles, built at build time
 * (scripts/content/tiles.ts), read by MapLibre through the `pmtiles` protocol: the main thread fetches
 * byte ranges, MapLibre's worker parses the tiles. No basemap is compiled into a script.
 */
import { addProtocol } from 'maplibre-gl';
import { PMTiles, Protocol, type RangeResponse, type Source } from 'pmtiles';
import type { LayerSpecification, SourceSpecification } from 'maplibre-gl';
import { palette } from '../palette.ts';

export const BASEMAP_SOURCE = 'basemap';

/**
 * Byte ranges of the archive by HTTP Range requests. Where a whole file comes back instead (the
 * kiosk's service worker answers from its precache with the full response), it is kept and sliced.
 */
export class RangeSource implements Source {
  private whole: Promise<ArrayBuffer> | null = null;
  constructor(private url: string) {}
  getKey() {
    return this.url;
  }
  async getBytes(offset: number, length: number, signal?: AbortSignal): Promise<RangeResponse> {
    if (this.whole) return { data: (await this.whole).slice(offset, offset + length) };
    const resp = await fetch(this.url, { headers: { Range: `bytes=${offset}-${offset + length - 1}` }, signal });
    if (resp.status === 206) return { data: await resp.arrayBuffer() };
    if (!resp.ok) throw new Error(`basemap: ${resp.status} for ${this.url}`);
    this.whole = resp.arrayBuffer();
    return { data: (await this.whole).slice(offset, offset + length) };
  }
}

let protocol: Protocol | null = null;
/** Register the `pmtiles://` protocol once, with the archive at `url` (absolute). */
export function useArchive(url: string): string {
  if (!protocol) {
    protocol = new Protocol();
    addProtocol('pmtiles', protocol.tile);
  }
  if (!protocol.tiles.has(url)) protocol.add(new PMTiles(new RangeSource(url)));
  return `pmtiles://${url}`;
}

export function tiledSources(url: string): Record<string, SourceSpecification> {
  const absolute = typeof document === 'undefined' ? url : new URL(url, document.baseURI).href;
  return { [BASEMAP_SOURCE]: { type: 'vector', url: useArchive(absolute) } };
}

/** The basemap's layers on the tiled source, as basemapStyle draws them from GeoJSON. */
export function tiledLayers(): LayerSpecification[] {
  const s = { source: BASEMAP_SOURCE };
  return [
    { id: 'sea', type: 'background', paint: { 'background-color': palette.sea } },
    { id: 'graticule-sea', type: 'line', ...s, 'source-layer': 'graticule', paint: { 'line-color': palette.seaLines, 'line-width': 0.6 } },
    { id: 'land', type: 'fill', ...s, 'source-layer': 'land', paint: { 'fill-color': palette.land } },
    // From zoom 6 the 1:10m land has no separate coastline: its outline is drawn instead.
    { id: 'coast-detail', type: 'line', ...s, 'source-layer': 'land', minzoom: 6, paint: { 'line-color': palette.coast, 'line-width': 1.2 } },
    { id: 'graticule-land', type: 'line', ...s, 'source-layer': 'graticule', paint: { 'line-color': palette.graticule, 'line-width': 0.5, 'line-opacity': 0.55 } },
    { id: 'rivers', type: 'line', ...s, 'source-layer': 'rivers', paint: { 'line-color': palette.river, 'line-width': ['interpolate', ['linear'], ['zoom'], 3, 0.5, 7, 1.6] } },
    { id: 'lakes', type: 'fill', ...s, 'source-layer': 'lakes', paint: { 'fill-color': palette.lake, 'fill-outline-color': palette.coast } },
    { id: 'coast', type: 'line', ...s, 'source-layer': 'coast', maxzoom: 6, paint: { 'line-color': palette.coast, 'line-width': ['interpolate', ['linear'], ['zoom'], 3, 0.5, 7, 1.2] } },
  ];
}
