/**
 * The explore state, as a rune class: the date, the layers shown, the selected feature, the
 * comparison date and the story step to return to. The map and the URL follow it; the controls
 * only change it. The camera belongs to the visitor: `view` is where they last left it.
 */
import type { CameraState } from '../map/resolve.ts';
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
  /** Bumped whenever a whole new view is asked for (a link, entering, a flight to a search result). */
  revision = $state(0);
  /** Camera to apply with the next revision; read once. */
  pending: PendingCamera | null = null;

  /** Start from a story step: its date and layers, the camera where it is. */
  enter(step: { id: string; date: number; layers: readonly string[] }, opts: { sel?: string | null; compare?: number | null; camera?: PendingCamera | null; layers?: readonly string[] } = {}) {
    this.returnStep = step.id;
    this.day = clampDay(step.date);
    this.layers = [...new Set(opts.layers ?? step.layers)].sort();
    this.sel = opts.sel ?? null;
    this.compare = opts.compare ?? null;
    this.playing = false;
    this.pending = opts.camera ?? null;
    this.revision++;
  }

  setLayer(id: string, on: boolean) {
    const set = new Set(this.layers);
    if (on) set.add(id);
    else set.delete(id);
    this.layers = [...set].sort();
  }

  /** Ask the map to move (a search result); applied with the next revision. */
  flyTo(camera: CameraState) {
    this.pending = { camera, jump: false };
    this.revision++;
  }
}
