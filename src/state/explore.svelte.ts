/**
 * The explore state, as a rune class: the date, the layers shown, the selected feature, the
 * comparison date and the story step to return to. The map and the URL follow it; the controls
 * only change it. The camera belongs to the visitor: `view` is where they last left it.
 */
import { NO_PADDING, type CameraState, type Padding } from '../map/state.ts';
import type { LinkView } from '../config.ts';
import { clampDay } from '../explore/timeline.ts';

/** A camera to move to once the map is ready: `jump` for a restored link, else a flight. */
export interface PendingCamera {
  camera: CameraState;
  jump: boolean;
}

export class ExploreState {
  /** The map's date (day number, inside the slider's range). */
  day = $state(0);
  /** Registry layer ids shown, sorted. */
  layers = $state<string[]>([]);
  /** Selected feature id. */
  sel = $state<string | null>(null);
  /** The "before" day of the comparison, when comparing (the "after" day is `day`). */
  compare = $state<number | null>(null);
  /** Story step to go back to. */
  returnStep = $state('');
  /** The camera where the visitor left it (for the URL). */
  view = $state<LinkView | null>(null);
  playing = $state(false);
  /** The fractional date while playing (fronts glide, routes are drawn out); null otherwise. */
  sweep = $state<number | null>(null);
  /** The camera last asked for (a link, a story step, a search result), or `free`: where the visitor puts it. */
  camera = $state.raw<CameraState>({ kind: 'free' });
  /** The camera asked for is reached by a jump (a restored link), not a flight. */
  jump = $state(false);
  /** Bumped with every camera asked for: the camera's key, so that asking twice moves twice. */
  revision = $state(0);
  /** Space the explore panels cover on the map. */
  padding = $state.raw<Padding>(NO_PADDING);

  /** Start from a story step: its date and layers, the camera where it is. */
  enter(step: { id: string; date: number; layers: readonly string[] }, opts: { sel?: string | null; compare?: number | null; camera?: PendingCamera | null; layers?: readonly string[] } = {}) {
    this.returnStep = step.id;
    this.day = clampDay(step.date);
    this.layers = [...new Set(opts.layers ?? step.layers)].sort();
    this.sel = opts.sel ?? null;
    this.compare = opts.compare ?? null;
    this.playing = false;
    this.sweep = null;
    if (opts.camera) this.ask(opts.camera.camera, opts.camera.jump);
    else this.camera = { kind: 'free' };
  }

  /** Everything as in a fresh state (the kiosk's reset). */
  reset() {
    const fresh = new ExploreState();
    this.playing = false;
    this.sweep = null;
    this.day = fresh.day;
    this.layers = [];
    this.sel = null;
    this.compare = null;
    this.returnStep = '';
    this.view = null;
    this.camera = fresh.camera;
    this.jump = false;
    this.revision = 0;
  }

  private ask(camera: CameraState, jump: boolean) {
    this.revision++;
    this.camera = camera.kind === 'free' ? camera : { ...camera, key: this.revision };
    this.jump = jump;
  }

  setLayer(id: string, on: boolean) {
    const set = new Set(this.layers);
    if (on) set.add(id);
    else set.delete(id);
    this.layers = [...set].sort();
  }

  /** Ask the map to move (a search result). */
  flyTo(camera: CameraState) {
    this.ask(camera, false);
  }
}
