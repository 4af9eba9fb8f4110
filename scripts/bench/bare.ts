/**
 * The baseline for `npm run bench`: MapLibre with the app's basemap style and map options and
 * nothing else (no Svelte, no narrative panel, no thematic layers, no date filters). It replays the
 * app's camera moves and its route reveal the way MapController does them, so what the bench
 * measures beyond this page is the cost of the app itself.
 */
import { Map as MLMap, setWorkerUrl, type GeoJSONSource } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import type { LineString } from 'geojson';
import basemap from 'virtual:basemap';
import { loaders } from 'virtual:geodata';
import { basemapStyle, animationLayers, ANIM_SOURCE } from '../../src/map/style.ts';
import { revealCollection, type RevealRoute } from '../../src/map/animate.ts';
import type { CameraState, AnimationState } from '../../src/map/resolve.ts';

setWorkerUrl(new URL(workerUrl, document.baseURI).href);

// The options that affect rendering are MapController's; the camera is the first step's.
const map = new MLMap({
  container: 'map',
  style: basemapStyle(basemap),
  center: [24.5, 53.5],
  zoom: 4.4,
  minZoom: 2.5,
  maxZoom: 10,
  maxBounds: [-30, 22, 140, 82],
  attributionControl: false,
  fadeDuration: 150,
});

const loaded = new Promise<void>((resolve) =>
  map.once('load', () => {
    // The app adds the reveal overlay at load too; it is empty until a reveal runs.
    map.addSource(ANIM_SOURCE, { type: 'geojson', data: { type: 'FeatureCollection', features: [] } });
    for (const l of animationLayers()) map.addLayer(l);
    resolve();
  }),
);

/** The app's narrative-panel insets (the bench copies them from the app so both frame alike). */
export type Insets = { top: number; right: number; bottom: number; left: number };
let insets: Insets = { top: 0, right: 0, bottom: 0, left: 0 };

/** MapController.run's 'camera' case; duration 0 = the reduced-motion jump. */
function move(c: CameraState, duration: number) {
  if (c.kind === 'view') {
    const view = { center: c.center, zoom: c.zoom, bearing: c.bearing, pitch: c.pitch, padding: insets };
    if (duration === 0) map.jumpTo(view);
    else map.flyTo({ ...view, duration, essential: false, curve: 1.2 });
  } else if (c.kind === 'bounds') {
    const p = c.padding;
    const padding = { top: insets.top + p, right: insets.right + p, bottom: insets.bottom + p, left: insets.left + p };
    map.fitBounds(c.bounds, { padding, maxZoom: c.maxZoom, duration, linear: false, essential: false });
  }
}

/** Resolves once the map has drawn everything for the current camera (as the app's `settled`). */
function idle(): Promise<void> {
  return new Promise((resolve) => {
    map.once('idle', () => resolve());
    map.triggerRepaint();
  });
}

/** MapController.startAnimation without the date filters: the partial routes set once per frame. */
function reveal(routes: RevealRoute[], durationMs: number) {
  const source = map.getSource(ANIM_SOURCE) as GeoJSONSource;
  const start = performance.now();
  const tick = (now: number) => {
    const t = Math.min(1, (now - start) / durationMs);
    source.setData(revealCollection(routes, t));
    if (t < 1) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}

/** What ArrowDown does once `prepare` has run (the bench presses the key, as it does in the app). */
let armed: (() => void) | null = null;
window.addEventListener('keydown', (e) => {
  if (e.key !== 'ArrowDown' || !armed) return;
  const run = armed;
  armed = null;
  run();
});

const bare = {
  map,
  loaded,
  setInsets(p: Insets) {
    insets = p;
    map.setPadding(p);
  },
  /** Jump to a camera and wait until it is fully drawn. */
  async jump(c: CameraState) {
    await loaded;
    move(c, 0);
    await idle();
  },
  /** Settle on `from`, then arm ArrowDown to move to `to` (2.2 s, as the app) while revealing the routes. */
  async prepare(from: CameraState, to: CameraState, animation: AnimationState) {
    const data = await loaders.routes();
    const routes: RevealRoute[] = [];
    for (const f of data.features) {
      const p = f.properties as { id: string; cum_km?: number[] };
      if (animation.routes.includes(p.id) && p.cum_km) routes.push({ id: p.id, coordinates: (f.geometry as LineString).coordinates, cum: p.cum_km });
    }
    if (routes.length !== animation.routes.length) throw new Error(`bare: found ${routes.length} of ${animation.routes.length} routes`);
    await this.jump(from);
    armed = () => {
      move(to, 2200);
      reveal(routes, animation.durationMs);
    };
  },
  /** Visit every camera `rounds` times, each one jumped to and fully drawn, ending on cameras[0]. */
  async cycle(cameras: CameraState[], rounds: number) {
    for (let r = 0; r < rounds; r++) for (let k = 1; k <= cameras.length; k++) await this.jump(cameras[k % cameras.length]);
  },
};

export type Bare = typeof bare;
(window as unknown as { __bare: Bare }).__bare = bare;
