/**
 * Each mode's one MapState, derived from its state class. App.svelte hands the result of the mode
 * shown to MapController.apply; nothing else tells the map what to show. Pure.
 */
import { resolve } from '../map/resolve.ts';
import type { Bounds, MapState } from '../map/state.ts';
import type { StoryState } from './story.svelte.ts';
import type { ExploreState } from './explore.svelte.ts';

/** The current story step's declared state. The kiosk lets one finger move the map (there is nothing to scroll). */
export function storyMapState(app: StoryState, index: Record<string, { bbox: Bounds }>, opts: { lang: string; kiosk: boolean }): MapState {
  const s = resolve(app.step, index, {
    padding: app.padding,
    lang: opts.lang,
    gestures: opts.kiosk ? 'free' : 'cooperative',
    // A reset lands without a flight (and without a transition), whatever the motion setting.
    reducedMotion: app.reducedMotion || app.landing === app.index,
  });
  if (s.camera.kind !== 'free' && app.resets) s.camera.key = app.resets;
  return s;
}

/** Explore's state: the visitor's date, layers and selection; the camera stays where they put it unless one was asked for. */
export function exploreMapState(ex: ExploreState, opts: { lang: string; reducedMotion: boolean }): MapState {
  const sweeping = ex.playing && ex.sweep != null;
  const day = sweeping ? (opts.reducedMotion ? Math.floor(ex.sweep!) : ex.sweep!) : ex.day;
  return {
    day,
    camera: ex.camera,
    visible: [...ex.layers],
    highlight: ex.sel ? [ex.sel] : [],
    animation: null,
    // Routes are drawn out over their travel dates and fronts glide while playing, unless motion is reduced.
    revealByDate: sweeping && !opts.reducedMotion,
    padding: ex.padding,
    lang: opts.lang,
    gestures: 'free',
    reducedMotion: opts.reducedMotion || ex.jump,
  };
}
