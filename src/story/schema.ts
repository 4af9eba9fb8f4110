/**
 * The steps.yaml contract, once: the zod schema the build checks every step against
 * (scripts/content/story.ts), from which the step types (src/story/types.ts) are inferred. The
 * field list in steps.yaml's header and in README.md are checked against it
 * (tests/unit/contracts.test.ts). Build-time only: the app imports the types, never zod.
 */
import { z } from 'zod';
import { isIsoDate } from '../time.ts';

export const isoDate = z.string().refine(isIsoDate, { message: 'must be an ISO date (YYYY-MM-DD) that exists' });
export const kebab = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be kebab-case');
/** [longitude, latitude], within the Mercator world the map can show. */
const lonLat = z.tuple([z.number().min(-180).max(180), z.number().min(-85).max(85)]);

/** The widest and closest views the map allows. */
export const ZOOM = { min: 2.5, max: 10 } as const;

/** A camera given directly. */
export const cameraView = z.strictObject({
  /** [longitude, latitude] of the map centre. */
  center: lonLat,
  /** Zoom level: 2.5 (more than Europe) to 10 (a town); about 4 shows the Baltic, 6 one country. */
  zoom: z.number().min(ZOOM.min, `must be at least ${ZOOM.min}, the widest view the map allows`).max(ZOOM.max, `must be at most ${ZOOM.max}, the closest view the map allows`),
  /** Compass rotation in degrees; 0 = north up (default). */
  bearing: z.number().optional(),
  /** Tilt in degrees; 0 = straight down (default). */
  pitch: z.number().min(0).max(60).optional(),
});

/** A camera that frames the named features. */
export const cameraFit = z.strictObject({
  /** Feature ids from geodata/ to frame. */
  fit: z.array(z.string()).min(1),
  /** Space around the features in pixels (default 60). */
  padding: z.number().min(0).max(400).optional(),
  /** Do not zoom in further than this (default 7). */
  maxZoom: z.number().min(1).max(14).optional(),
});

/**
 * A transition into the step: the date counter runs from `from` to the step's date, and everything
 * dated (fronts, borders, places) changes with it; listed routes are drawn out as it runs.
 */
export const stepAnimation = z.strictObject({
  /** Route feature ids (layers with `reveal`, e.g. routes, deportations, naval) to draw out. */
  routes: z.array(z.string()).optional(),
  /** Date the counter starts at (ISO). It runs to the step's `date`. */
  from: isoDate,
  /** Length of the animation in milliseconds (default 6000). */
  duration: z.number().min(500).max(30000).optional(),
});

/** A figure shown as a counter: a feature id and the key of one of its `figures`. */
export const stepCount = z.strictObject({ feature: z.string(), figure: z.string() });

/** One step's map state, as written in steps.yaml. Every field declares the whole state. */
export const stepSchema = z.strictObject({
  /** Stable kebab-case id, used in links: #step=<id>. */
  id: kebab,
  /** Chapter id; chapter titles are in the text files. */
  chapter: kebab,
  /** The map's date (ISO). Only features whose from ≤ date < to are drawn. */
  date: isoDate,
  camera: z.union([cameraView, cameraFit], { error: 'must be {center: [lon, lat], zoom} or {fit: [feature ids]}' }),
  /** Layer ids (src/layers/registry.ts) to show; all others are hidden. */
  layers: z.array(z.string()).min(1),
  /** Feature ids to emphasise. */
  highlight: z.array(z.string()).optional(),
  animate: stepAnimation.optional(),
  /** Figures to count up to in the narrative panel. */
  counts: z.array(stepCount).optional(),
  /** Source keys (geodata/sources.json) for the step's text. */
  sources: z.array(z.string()).min(1, 'every step must cite at least one source'),
});
