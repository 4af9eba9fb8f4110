/**
 * MapState: everything the map shows, declared. Every mode (story, explore, kiosk, the compare view)
 * derives one MapState and hands it to MapController.apply; the controller diffs it against what is
 * on screen (diff.ts) and is the only caller of MapLibre. Nothing reaches the map another way.
 */
import type { PaddingOptions } from 'maplibre-gl';

/** [west, south, east, north] in degrees. */
export type Bounds = [number, number, number, number];

/** Space panels cover on each side of the map, in px: cameras centre on the rest. */
export type Padding = PaddingOptions;

/**
 * The camera. `view` and `bounds` are declared cameras the map moves to (a flight, or a jump with
 * reduced motion); `free` leaves the camera wherever the visitor puts it. `key` makes an otherwise
 * equal camera a new request: a kiosk reset returns to the first step's camera even if a visitor
 * moved the map meanwhile.
 */
export type CameraState =
  | { kind: 'view'; center: [number, number]; zoom: number; bearing: number; pitch: number; key?: number }
  | { kind: 'bounds'; bounds: Bounds; padding: number; maxZoom: number; key?: number }
  | { kind: 'free' };

/** A story step's transition into its state: routes drawn out over time while the date runs. */
export interface AnimationState {
  routes: string[];
  fromDay: number;
  toDay: number;
  durationMs: number;
}

/** How the visitor may move the map: `cooperative` lets the page scroll over it (two fingers or Ctrl + wheel move it). */
export type Gestures = 'cooperative' | 'free';

export interface MapState {
  /** The map's date as a day number (see time.ts); fractional while explore's slider sweeps (fronts glide). */
  day: number;
  camera: CameraState;
  /** Registry layer ids shown, sorted. */
  visible: string[];
  /** Feature ids emphasised, sorted. */
  highlight: string[];
  /** The transition that leads into this state (routes drawn out); its end state is this state. */
  animation: AnimationState | null;
  /** Draw the routes under way on `day` partly, by their travel dates (explore playing). */
  revealByDate: boolean;
  padding: Padding;
  /** Language of the map's labels. */
  lang: string;
  gestures: Gestures;
  /** Camera moves and transitions jump to their end (prefers-reduced-motion, the toggle, a kiosk reset). */
  reducedMotion: boolean;
}

/** The parts of a MapState that do not come from a story step: how and where the map is shown. */
export type ViewSettings = Pick<MapState, 'padding' | 'lang' | 'gestures' | 'reducedMotion'>;

export const NO_PADDING: Padding = { top: 0, right: 0, bottom: 0, left: 0 };
export const DEFAULT_VIEW: ViewSettings = { padding: NO_PADDING, lang: 'en', gestures: 'cooperative', reducedMotion: false };

/** A camera as it is on screen. */
export type ViewState = Extract<CameraState, { kind: 'view' }>;

/** A feature under the pointer: its id and registry layer. */
export interface FeatureHit {
  id: string;
  layer: string;
}

/** What the legend must explain: per visible layer, the kinds and controllers of features active on the date. */
export interface Presence {
  kinds: Set<string>;
  controllers: Set<string>;
  uncertain: boolean;
}

/** Events the controller reports; subscribe with MapController.on. */
export interface MapEvents {
  /** The map has loaded its style: it can show states. */
  ready: void;
  /** The date shown changed (animations included), with what is on the map on that date. */
  shown: { day: number; presence: Record<string, Presence> };
  /** The last applied state has settled: camera still, animation done, tiles drawn. */
  settled: { view: ViewState };
  /** The camera moved (every frame) or stopped moving. */
  move: ViewState;
  moveend: ViewState;
  /** The visitor clicked the map: the feature meant, or null for empty map. */
  click: FeatureHit | null;
  /** The WebGL context was lost (true) or is back and redrawn (false). */
  context: boolean;
  /** A problem the visitor should see (a layer that failed to load, a map error). */
  problem: string;
}
