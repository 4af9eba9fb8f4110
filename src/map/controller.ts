/**
 * MapController: the only module that calls MapLibre. One road in — apply(state) with a declared
 * MapState — and one road out — on(event). apply diffs the state against what the map shows
 * (diff.ts) and carries out the operations through its parts: thematic layers and filters
 * (layers.ts), route reveals (reveal.ts), pointer and gestures (pointer.ts) and context loss
 * (context.ts). Its state is private; tests read it through the debug surface (debug.ts).
 */
import { Map as MLMap, AttributionControl, NavigationControl, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { diff, applyOps, type Op } from './diff.ts';
import type { Bounds, MapEvents, MapState, ViewState } from './state.ts';
import { basemapStyle, animationLayers, ANIM_SOURCE, ATTRIBUTION, type BasemapData } from './style.ts';
import { PathLayer } from './path.ts';
import { ThematicLayers, type LayerLoader } from './layers.ts';
import { RouteReveal } from './reveal.ts';
import { Pointer } from './pointer.ts';
import { ContextWatch } from './context.ts';
import { Emitter } from './events.ts';
import { presenceOf } from './legend.ts';
import { exposeMap, mapDebug } from './debug.ts';
import { AnchorChooser } from './labels.ts';

setWorkerUrl(new URL(workerUrl, document.baseURI).href);

/** The widest view: the whole story area from the Atlantic to the Bering Strait on a small screen. */
export const MIN_ZOOM = 2.5;

export interface ControllerOptions {
  container: HTMLElement;
  basemap: BasemapData;
  loaders: Record<string, LayerLoader>;
  /** Extent the camera may not leave (optional: the story map sets none, so declared cameras are honoured). */
  maxBounds?: Bounds;
  /** Whether the visitor can move the map (default true; a compare map only follows another). */
  interactive?: boolean;
  /** Whether to add the zoom buttons and the attribution (default true). */
  controls?: boolean;
  /** The map's name on the debug surface (default "main"). */
  name?: string;
}

/** Ops that change how the map is shown, not what: they do not interrupt a running transition. */
const QUIET = new Set<Op['type']>(['padding', 'lang', 'gestures', 'motion']);

export class MapController {
  private readonly map: MLMap;
  private readonly events = new Emitter<MapEvents>();
  private readonly layers: ThematicLayers;
  private readonly reveal: RouteReveal;
  private readonly pointer: Pointer;
  private readonly context: ContextWatch;
  private readonly path: PathLayer;
  /** What the map shows (once motion has finished), and the state asked for last. */
  private current: MapState | null = null;
  private wanted: MapState | null = null;
  private day = 0;
  private generation = 0;
  private settleFor = -1;
  private waitingIdle = false;
  private isLoaded = false;
  private readonly offDebug: () => void;

  constructor(opts: ControllerOptions) {
    this.map = new MLMap({
      container: opts.container,
      style: basemapStyle(opts.basemap),
      center: [26, 53],
      zoom: 4,
      minZoom: MIN_ZOOM,
      maxBounds: opts.maxBounds,
      maxZoom: 10,
      interactive: opts.interactive ?? true,
      attributionControl: false,
      dragRotate: false,
      pitchWithRotate: false,
      // Until a state says otherwise the map must not swallow page scrolling.
      cooperativeGestures: true,
      fadeDuration: 150,
    });
    this.map.touchZoomRotate.disableRotation();
    if (opts.controls !== false) {
      this.map.addControl(new AttributionControl({ compact: true, customAttribution: ATTRIBUTION }), 'bottom-right');
      this.map.addControl(new NavigationControl({ showCompass: false }), 'top-right');
    }
    this.layers = new ThematicLayers(this.map, opts.loaders);
    this.reveal = new RouteReveal(this.map, this.layers);
    this.path = new PathLayer(this.map);
    new AnchorChooser(this.map, opts.basemap.areaLabels); // one name per territory in view
    // A station of a person's path (Lives) is hit first: { id: 'life-station:<life>:<n>', layer: 'lives' }.
    const hitAt = (p: { x: number; y: number }, r: number) => {
      const n = this.path.stationAt(p, r);
      if (n != null && this.current?.path) return { id: `life-station:${this.current.path.id}:${n}`, layer: 'lives' };
      return this.layers.featureAt(this.current?.visible ?? [], p, r);
    };
    const listening = () => this.events.count('click') > 0;
    this.pointer = new Pointer(this.map, hitAt, listening, (hit) => this.events.emit('click', hit));
    this.context = new ContextWatch(this.map, {
      lost: () => {
        this.generation++; // a transition under way cannot finish on a map without a style
        this.reveal.stop();
      },
      restore: () => {
        this.layers.rehighlight();
        this.setGlobals();
        this.setDay(this.current?.day ?? this.day, true);
        // What was on its way when the context went: land on the declared state.
        if (this.wanted) this.apply(this.wanted);
      },
      changed: (lost) => this.events.emit('context', lost),
    });
    this.map.once('load', () => {
      this.map.addSource(ANIM_SOURCE, { type: 'geojson', data: { type: 'FeatureCollection', features: [] } });
      for (const l of animationLayers()) this.map.addLayer(l);
      this.path.add();
      // The credits section lists every source; the map keeps only the (i) button open to it.
      opts.container.querySelector('.maplibregl-compact-show')?.classList.remove('maplibregl-compact-show');
      this.isLoaded = true;
      this.events.emit('ready', undefined);
      if (this.wanted) this.apply(this.wanted);
    });
    this.map.on('error', (e) => this.events.emit('problem', `Map error: ${e.error?.message ?? 'unknown'}`));
    this.map.on('move', () => this.events.count('move') && this.events.emit('move', this.view()));
    this.map.on('moveend', () => (this.events.emit('moveend', this.view()), this.emitShown())); // the legend: what is in view
    const debug = mapDebug({
      map: this.map,
      layers: this.layers,
      ready: () => this.isLoaded,
      state: () => this.current,
      day: () => this.day,
      animating: () => this.reveal.animating,
      apply: (s) =>
        new Promise<void>((ok) => {
          const off = this.events.on('settled', () => (off(), ok()));
          this.apply(s);
        }),
    });
    this.offDebug = exposeMap(opts.name ?? 'main', debug);
  }

  /**
   * Show a declared state. The only road in: layers load first (the ops then apply at once), a
   * newer state wins over one still loading, and a state equal to the one shown does nothing. On a
   * loaded map with its layers in, the ops run synchronously (explore's slider applies every frame).
   */
  apply(next: MapState) {
    this.wanted = next;
    const gen = ++this.generation;
    if (this.isLoaded && !this.context.lost && next.visible.every((l) => this.layers.has(l))) this.commit(gen);
    else void this.prepare(gen);
  }

  /** Subscribe to a map event; returns the unsubscribe function. `ready` fires at once if the map has loaded. */
  on<K extends keyof MapEvents>(type: K, cb: (value: MapEvents[K]) => void): () => void {
    const off = this.events.on(type, cb);
    if (type === 'ready' && this.isLoaded) queueMicrotask(() => cb(undefined as MapEvents[K]));
    return off;
  }

  destroy() {
    this.generation++;
    this.reveal.stop();
    this.events.clear();
    this.offDebug();
    this.pointer.destroy(() => this.map.remove());
  }

  private async prepare(gen: number) {
    await this.context.ready;
    if (!this.isLoaded || gen !== this.generation) return; // the load handler applies the state
    const next = this.wanted!;
    try {
      await Promise.all(next.visible.map((l) => this.layers.ensure(l, this.day)));
    } catch (e) {
      this.events.emit('problem', `A map layer could not be loaded: ${(e as Error).message}`);
    }
    await this.context.ready;
    if (gen === this.generation) this.commit(gen); // else a newer state was asked for meanwhile
  }

  private commit(gen: number) {
    const next = this.wanted!;
    const ops = diff(this.current, next);
    // A new date, camera or set of layers ends a transition under way: its end state is shown.
    const interrupted = ops.some((o) => !QUIET.has(o.type)) && this.reveal.stop();
    this.current = applyOps(this.current, ops);
    for (const op of ops) this.run(op, next);
    if (interrupted && !ops.some((o) => o.type === 'date')) this.setDay(this.current.day, true);
    if (ops.some((o) => o.type === 'visibility')) this.emitShown();
    this.afterMotion(gen);
  }

  private run(op: Op, next: MapState) {
    const reduced = next.reducedMotion;
    switch (op.type) {
      case 'padding':
        this.map.setPadding(op.padding);
        this.setGlobals();
        break;
      case 'lang':
        this.map.setGlobalStateProperty('lang', op.lang);
        break;
      case 'gestures':
        this.pointer.setGestures(op.gestures);
        break;
      case 'motion':
        break;
      case 'visibility':
        this.layers.setVisible(op.layer, op.visible);
        break;
      case 'date':
        this.setDay(op.day, true);
        break;
      case 'highlight':
        this.layers.highlight(op.ids);
        break;
      case 'camera': {
        const c = op.camera;
        const duration = reduced ? 0 : 2200;
        if (c.kind === 'view') {
          const view = { center: c.center, zoom: c.zoom, bearing: c.bearing, pitch: c.pitch, padding: next.padding };
          if (reduced) this.map.jumpTo(view);
          else this.map.flyTo({ ...view, duration, essential: false, curve: 1.2 });
        } else if (c.kind === 'bounds') {
          // fitBounds already keeps clear of the map's padding (the panels): add only the declared margin.
          this.map.fitBounds(c.bounds, { padding: c.padding, maxZoom: c.maxZoom, duration, linear: false, essential: false });
        }
        break;
      }
      case 'path':
        this.path.set(op.path, this.day);
        break;
      case 'animate':
        if (op.animation && !reduced) {
          const done = () => (this.reveal.stop(), this.setDay(this.current?.day ?? this.day, true));
          this.reveal.play(op.animation, (d, force) => this.setDay(d, force), done);
        }
        break;
    }
  }

  /** Global state the style reads: the date, the language, the label scale of large screens (4K kiosks). */
  private setGlobals() {
    this.map.setGlobalStateProperty('textScale', window.innerWidth >= 2200 ? 1.8 : 1);
    if (this.current) this.map.setGlobalStateProperty('lang', this.current.lang);
  }

  /**
   * Show `day`: filters change with whole days (or when routes start or stop being drawn), the
   * moving fronts with every fraction; the routes under way are drawn while explore plays.
   */
  private setDay(day: number, force = false) {
    const routes = this.reveal.showByDate(this.current?.revealByDate ? this.current.visible : [], day);
    const whole = Math.floor(day);
    const changed = force || routes || whole !== Math.floor(this.day);
    this.day = day;
    if (changed) this.layers.setDay(day, this.reveal.drawing);
    this.layers.morph(day);
    if (this.current?.path && !this.current.path.whole) this.path.render(day);
    if (changed) this.emitShown();
  }

  private emitShown() {
    const whole = Math.floor(this.day);
    const view = this.map.getBounds().toArray().flat() as [number, number, number, number];
    if (this.events.count('shown')) this.events.emit('shown', { day: whole, presence: presenceOf(this.layers.data, this.current?.visible ?? [], whole, view) });
  }

  private get moving(): boolean {
    return this.reveal.animating || this.map.isMoving();
  }

  /** Report `settled` once the state asked for last is still and drawn. */
  private afterMotion(gen: number) {
    const check = () => {
      if (gen !== this.generation) return;
      if (this.moving) {
        setTimeout(check, 100);
        return;
      }
      this.settleFor = gen;
      if (!this.waitingIdle) {
        this.waitingIdle = true;
        this.map.once('idle', () => {
          this.waitingIdle = false;
          if (this.settleFor === this.generation) this.events.emit('settled', { view: this.view() });
        });
      }
      this.map.triggerRepaint();
    };
    check();
  }

  /** The camera as it is on screen. */
  private view(): ViewState {
    const c = this.map.getCenter();
    return { kind: 'view', center: [c.lng, c.lat], zoom: this.map.getZoom(), bearing: this.map.getBearing(), pitch: this.map.getPitch() };
  }
}
