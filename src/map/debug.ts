/**
 * The one debug surface, for tests, benchmarks and diagnostics: `window.__storymap`, installed only
 * when asked for — `localStorage['storymap-debug'] = '1'` (the e2e tests and benches set it before
 * the page loads) or `?debug` in the URL. Production paths never read it: parts of the app register
 * what they can show here, and nothing is registered unless the surface is on.
 */
import type { Map as MLMap } from 'maplibre-gl';
import type { MapState } from './state.ts';
import type { ThematicLayers } from './layers.ts';

/** What a map shows, read back from MapLibre. */
export interface MapSnapshot {
  day: number;
  visible: string[];
  highlight: string[];
  center: [number, number];
  zoom: number;
  bounds: number[];
  animating: boolean;
}

export interface MapDebug {
  /** The MapLibre map (benchmarks time its frames; tests read rendered features). */
  map: MLMap;
  /** The style has loaded. */
  ready: boolean;
  /** The state last applied (what the map shows once motion has finished). */
  state: MapState | null;
  /** Whether a camera move or route reveal is under way. */
  moving: boolean;
  snapshot(): MapSnapshot;
  /** Show a state as the app would (geodata tests draw every layer on every date); resolves once it has settled. */
  apply(state: MapState): Promise<void>;
  /** The language of the labels, and the labels drawn now in a symbol layer, as text. */
  labels(layerId: string): { lang: unknown; texts: string[] };
}

export interface DebugSurface {
  maps: Record<string, MapDebug>;
  [part: string]: unknown;
}

let surface: DebugSurface | null | undefined;

function enabled(): boolean {
  try {
    if (new URLSearchParams(location.search).has('debug')) return true;
    return window.localStorage.getItem('storymap-debug') === '1';
  } catch {
    return false;
  }
}

/** The surface if it is on, else null. */
export function debugSurface(): DebugSurface | null {
  if (surface === undefined) {
    surface = typeof window !== 'undefined' && enabled() ? { maps: {} } : null;
    if (surface) (window as unknown as { __storymap: DebugSurface }).__storymap = surface;
  }
  return surface;
}

/** Show `value` as `name` on the surface (a getter object keeps it live); returns the removal. */
export function expose(name: string, value: unknown): () => void {
  const s = debugSurface();
  if (!s) return () => {};
  s[name] = value;
  return () => {
    if (s[name] === value) delete s[name];
  };
}

/** Show a map on the surface as `maps[name]`. */
export function exposeMap(name: string, value: MapDebug): () => void {
  const s = debugSurface();
  if (!s) return () => {};
  s.maps[name] = value;
  return () => {
    if (s.maps[name] === value) delete s.maps[name];
  };
}

/** A controller's parts as the surface shows them (read-only getters over its private state). */
export function mapDebug(p: {
  map: MLMap;
  layers: ThematicLayers;
  ready: () => boolean;
  state: () => MapState | null;
  day: () => number;
  animating: () => boolean;
  apply: (s: MapState) => Promise<void>;
}): MapDebug {
  const { map } = p;
  return {
    map,
    get ready() {
      return p.ready();
    },
    get state() {
      return p.state();
    },
    get moving() {
      return p.animating() || map.isMoving();
    },
    apply: p.apply,
    snapshot() {
      const c = map.getCenter();
      return {
        day: p.day(),
        visible: p.layers.shown(),
        highlight: p.layers.highlightedIds.sort(),
        center: [c.lng, c.lat],
        zoom: map.getZoom(),
        bounds: map.getBounds().toArray().flat(),
        animating: p.animating(),
      };
    },
    labels(layerId) {
      const lang = map.getGlobalState().lang;
      if (!map.getLayer(layerId)) return { lang, texts: [] };
      const texts = map.queryRenderedFeatures({ layers: [layerId] }).map((f) => {
        const v = (f.layer.layout as Record<string, unknown> | undefined)?.['text-field'];
        return v == null ? '' : String(v);
      });
      return { lang, texts };
    },
  };
}
