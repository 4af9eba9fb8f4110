/**
 * Routes drawn out on the overlay source: a story step's transition (time-based, with the date
 * running from the animation's start to the step's date) and explore's play (routes under way on
 * the slider's date, by their travel dates). Called by the controller only.
 */
import type { Map as MLMap, GeoJSONSource } from 'maplibre-gl';
import { revealCollection } from './animate.ts';
import { ANIM_SOURCE } from './style.ts';
import type { ThematicLayers } from './layers.ts';
import type { AnimationState } from './state.ts';

const EMPTY = { type: 'FeatureCollection' as const, features: [] };

export class RouteReveal {
  private anim: { frame: number; routes: string[] } | null = null;
  private byDate: string[] = [];

  constructor(
    private readonly map: MLMap,
    private readonly layers: ThematicLayers,
  ) {}

  private get source(): GeoJSONSource | undefined {
    return this.map.getSource(ANIM_SOURCE) as GeoJSONSource | undefined;
  }

  /** Route ids being drawn out now: their full lines stay hidden meanwhile. */
  get drawing(): string[] {
    return [...(this.anim?.routes ?? []), ...this.byDate];
  }

  get animating(): boolean {
    return this.anim !== null;
  }

  /**
   * Run a story transition: `setDay` is called with each frame's date (whole days as they change,
   * fractional ones for the fronts to glide), `done` at the end. Returns false if there is nothing to run.
   */
  play(a: AnimationState, setDay: (day: number, force?: boolean) => void, done: () => void): boolean {
    const routes = this.layers.routes(a.routes);
    if (!routes.length && a.fromDay === a.toDay) return false;
    const start = performance.now();
    this.anim = { frame: 0, routes: [...a.routes] };
    setDay(a.fromDay, true); // the full lines of the routes hide now
    const tick = (now: number) => {
      if (!this.anim) return;
      const t = Math.min(1, (now - start) / a.durationMs);
      if (routes.length) this.source?.setData(revealCollection(routes, t));
      // Whole days change the filters; the fraction glides the fronts.
      setDay(a.fromDay + (a.toDay - a.fromDay) * t);
      if (t < 1) this.anim.frame = requestAnimationFrame(tick);
      else done();
    };
    this.anim.frame = requestAnimationFrame(tick);
    return true;
  }

  /** Stop a story transition (its end state is shown by the caller). Returns whether one was running. */
  stop(): boolean {
    if (!this.anim) return false;
    cancelAnimationFrame(this.anim.frame);
    this.anim = null;
    this.source?.setData(EMPTY);
    return true;
  }

  /** Explore's play: draw the routes of `visible` under way on `day`. Returns whether the set of routes drawn changed. */
  showByDate(visible: readonly string[], day: number): boolean {
    const runs = this.layers.underWay(visible, day);
    const ids = runs.map((r) => r.route.id);
    const changed = ids.length !== this.byDate.length || ids.some((id) => !this.byDate.includes(id));
    this.byDate = ids;
    if (runs.length) this.source?.setData({ type: 'FeatureCollection', features: runs.flatMap((r) => revealCollection([r.route], r.t).features) });
    else if (changed) this.source?.setData(EMPTY);
    return changed;
  }
}
