/**
 * What a reset restores, as plain data: the story state (step, date, mode, language, motion,
 * notices) and the explore state (date, layers, selection, comparison, camera, playing). The kiosk
 * takes its baseline from the story's first shown step and a fresh ExploreState, so a reset lands
 * exactly where a freshly started kiosk is — whatever a visitor did. The states reset themselves
 * (StoryState.reset, ExploreState.reset); the map follows their declared state, the panels by being
 * remounted. This snapshot is what tests compare before and after.
 */
import type { StoryState } from '../state/story.svelte.ts';
import type { ExploreState } from '../state/explore.svelte.ts';
import type { LinkView } from '../config.ts';
import type { CameraState } from '../map/state.ts';

export interface AppSnapshot {
  app: { index: number; mode: string; day: number; lang: string; reducedMotion: boolean; notices: string[] };
  ex: {
    day: number;
    layers: string[];
    sel: string | null;
    compare: number | null;
    returnStep: string;
    view: LinkView | null;
    playing: boolean;
    sweep: number | null;
    camera: CameraState;
    jump: boolean;
    revision: number;
  };
}

/** The state as plain JSON-able data (for the baseline, and for tests to compare before and after). */
export function captureState(app: StoryState, ex: ExploreState): AppSnapshot {
  return structuredClone({
    app: { index: app.index, mode: app.mode, day: app.day, lang: app.lang, reducedMotion: app.reducedMotion, notices: [...app.notices] },
    ex: {
      day: ex.day,
      layers: [...ex.layers],
      sel: ex.sel,
      compare: ex.compare,
      returnStep: ex.returnStep,
      view: ex.view ? { center: [...ex.view.center] as [number, number], zoom: ex.view.zoom } : null,
      playing: ex.playing,
      sweep: ex.sweep,
      camera: ex.camera,
      jump: ex.jump,
      revision: ex.revision,
    },
  });
}
