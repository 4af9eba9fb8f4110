/**
 * What a reset restores, as plain data: the story state (step, date, mode, language, motion,
 * notices) and the explore state (date, layers, selection, comparison, camera, playing). The kiosk
 * takes its baseline from the story's first shown step and a fresh ExploreState, so a reset lands
 * exactly where a freshly started kiosk is — whatever a visitor did. The map follows through the
 * controller (MapController.reset), the panels by being remounted.
 */
import type { StoryState } from '../state/story.svelte.ts';
import type { ExploreState } from '../state/explore.svelte.ts';
import type { LinkView } from '../config.ts';

export interface AppSnapshot {
  app: { index: number; mode: string; day: number; lang: string; reducedMotion: boolean; notices: string[] };
  ex: { day: number; layers: string[]; sel: string | null; compare: number | null; returnStep: string; view: LinkView | null; playing: boolean; revision: number; pending: unknown };
}

/** The state as plain JSON-able data (for the baseline, and for tests to compare before and after). */
export function captureState(app: StoryState, ex: ExploreState): AppSnapshot {
  return structuredClone({
    app: { index: app.index, mode: app.mode, day: app.day, lang: app.lang, reducedMotion: app.reducedMotion, notices: [...app.notices] },
    ex: { day: ex.day, layers: [...ex.layers], sel: ex.sel, compare: ex.compare, returnStep: ex.returnStep, view: ex.view ? { center: [...ex.view.center] as [number, number], zoom: ex.view.zoom } : null, playing: ex.playing, revision: ex.revision, pending: ex.pending ?? null },
  });
}

/** Put every field back. Explore first: leaving explore mode tears down its panels, which read it. */
export function restoreState(app: StoryState, ex: ExploreState, s: AppSnapshot) {
  ex.playing = s.ex.playing;
  ex.pending = null;
  ex.day = s.ex.day;
  ex.layers = [...s.ex.layers];
  ex.sel = s.ex.sel;
  ex.compare = s.ex.compare;
  ex.returnStep = s.ex.returnStep;
  ex.view = s.ex.view ? { center: [...s.ex.view.center] as [number, number], zoom: s.ex.view.zoom } : null;
  ex.revision = s.ex.revision;
  app.mode = s.app.mode as StoryState['mode'];
  app.notices = [...s.app.notices];
  app.reducedMotion = s.app.reducedMotion;
  app.lang = s.app.lang;
  app.go(s.app.index);
  app.day = s.app.day;
}
