/**
 * The feature index contract, once: what the build (scripts/content/geodata.ts) tells the app about
 * every feature id — its layer, names, dates, box and figures — for camera fits, labels, search,
 * counters and the story lint. The zod schema is checked against the built index by
 * tests/unit/contracts.test.ts; the app's `virtual:geodata` types are inferred from it. Build-time
 * and tests only: the app imports the types, never zod.
 */
import { z } from 'zod';

/** A figure of a feature (a count, a tonnage …) with its own sources. */
export const figureSchema = z.strictObject({
  value: z.union([z.number(), z.string().min(1)]),
  label: z.string().min(1),
  sources: z.array(z.string()).min(1, 'a figure needs at least one source'),
  /** A popular account's figure beside the established one (shown as a claim). */
  seed_claim: z.string().optional(),
});

const box = z.tuple([z.number(), z.number(), z.number(), z.number()]);

export const featureIndexEntrySchema = z.strictObject({
  /** The layer id (src/layers/registry.ts) the feature is in. */
  layer: z.string(),
  name: z.string(),
  /** The map label in other languages, by code (added by scripts/content/languages.ts). */
  labels: z.record(z.string(), z.string()).optional(),
  kind: z.string(),
  from: z.string(),
  to: z.string().nullable(),
  /** [west, south, east, north]. */
  bbox: box,
  /** Short display name. */
  label: z.string(),
  /** The feature's figures, for counters in the narrative. */
  figures: z.record(z.string(), figureSchema).optional(),
});

/** Every feature id → its entry. */
export const featureIndexSchema = z.record(z.string(), featureIndexEntrySchema);

export type Figure = z.infer<typeof figureSchema>;
export type FeatureIndexEntry = z.infer<typeof featureIndexEntrySchema>;
export type FeatureIndex = z.infer<typeof featureIndexSchema>;
