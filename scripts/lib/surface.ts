/**
 * The app's debug surface as tests and benches see it (src/map/debug.ts installs it when asked).
 * Typed here once, so that code run in the page can say `window.__storymap.maps.main.snapshot()`.
 */
import type { Map as MLMap } from 'maplibre-gl';
import type { MapDebug } from '../../src/map/debug.ts';
import type { StoryState } from '../../src/state/story.svelte.ts';
import type { ExploreState } from '../../src/state/explore.svelte.ts';
import type { LivesState } from '../../src/state/lives.svelte.ts';
import type { AppSnapshot } from '../../src/kiosk/reset.ts';
import type { KioskConfig } from '../../src/kiosk/config.ts';
import type { Counters } from '../../src/kiosk/counters.ts';
import type { FeatureIndexEntry } from '../../src/layers/feature-index.ts';

export interface KioskDebug {
  stage: 'attract' | 'visitor' | 'prompt' | 'staff';
  transitions: number;
  stepChanges: number;
  config: KioskConfig;
  problems: string[];
  counters: { data: Counters };
  /** The map's health as the staff screen shows it (src/kiosk/mapwatch.ts). */
  mapHealth(): { state: 'loading' | 'ok' | 'lost' | 'down'; why?: string };
  snapshot(): AppSnapshot;
  baseline(): AppSnapshot;
  reset(reason?: 'idle' | 'error' | 'staff'): Promise<void>;
}

export interface Surface {
  maps: { main?: MapDebug & { map: MLMap }; compare?: MapDebug };
  app: StoryState;
  ex: ExploreState;
  /** Lives mode (App.svelte exposes it as `lives`). */
  lives?: LivesState;
  index: Record<string, Pick<FeatureIndexEntry, 'layer' | 'bbox'>>;
  kiosk?: KioskDebug;
}

declare global {
  interface Window {
    __storymap: Surface;
  }
}
