/**
 * Story types. Curators write these in src/story/steps.yaml (map states) and src/story/text/<lang>.md
 * (the words); the build checks them and turns them into a {@link Story}.
 */

/** A camera given directly. */
export interface CameraView {
  /** [longitude, latitude] of the map centre. */
  center: [number, number];
  /** Zoom level, about 3 (all of Europe) to 9 (a city). */
  zoom: number;
  /** Compass rotation in degrees; 0 = north up (default). */
  bearing?: number;
  /** Tilt in degrees; 0 = straight down (default). */
  pitch?: number;
}

/** A camera that frames the named features. */
export interface CameraFit {
  /** Feature ids from geodata/ to frame. */
  fit: string[];
  /** Space around the features in pixels (default 60). */
  padding?: number;
  /** Do not zoom in further than this (default 7). */
  maxZoom?: number;
}

export type Camera = CameraView | CameraFit;

/**
 * A transition into the step: the date counter runs from `from` to the step's date, and everything
 * dated (fronts, borders, places) changes with it; listed routes are drawn out as it runs.
 */
export interface StepAnimation {
  /** Route feature ids (layers with `reveal`, e.g. routes, deportations, naval) to draw out. */
  routes?: string[];
  /** Date the counter starts at (ISO). It runs to the step's `date`. */
  from: string;
  /** Length of the animation in milliseconds (default 6000). */
  duration?: number;
}

/** A figure shown as a counter: a feature id and the key of one of its `figures`. */
export interface StepCount {
  feature: string;
  figure: string;
}

/** One step's map state, as written in steps.yaml. Every field declares the whole state. */
export interface StepSpec {
  /** Stable kebab-case id, used in links: #step=<id>. */
  id: string;
  /** Chapter id; chapter titles are in the text files. */
  chapter: string;
  /** The map's date (ISO). Only features whose from ≤ date < to are drawn. */
  date: string;
  camera: Camera;
  /** Layer ids (src/layers/registry.ts) to show; all others are hidden. */
  layers: string[];
  /** Feature ids to emphasise. */
  highlight?: string[];
  animate?: StepAnimation;
  /** Figures to count up to in the narrative panel. */
  counts?: StepCount[];
  /** Source keys (geodata/sources.json) for the step's text. */
  sources: string[];
}

/** A step as the app receives it: the spec plus its text in one language. */
export interface Step extends StepSpec {
  index: number;
  title: string;
  /** Narrative as sanitised HTML (paragraphs, emphasis, quotes). */
  html: string;
  /** Description of the map for screen readers. */
  alt: string;
}

export interface SourceRef {
  key: string;
  /** The full citation shown to visitors. */
  title: string;
  url: string | null;
  /** archival, document-edition, monograph, article, official-report, memorial, press, web, encyclopedia, dataset, seed */
  type: string;
  /** An old key kept so that references resolve: it stands for this entry. */
  alias_of?: string;
}

export interface Story {
  lang: string;
  title: string;
  chapters: { id: string; title: string }[];
  steps: Step[];
  /** Only the sources the story and the shown geodata cite. */
  sources: Record<string, SourceRef>;
}
