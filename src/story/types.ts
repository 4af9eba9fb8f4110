/**
 * Story types. Curators write these in src/story/steps.yaml (map states) and src/story/text/<lang>.md
 * (the words); the build checks them and turns them into a {@link Story}. A step's fields are the
 * zod schema's in ./schema.ts, inferred here: the schema is the only definition.
 */
import type { z } from 'zod';
import type { cameraFit, cameraView, stepAnimation, stepCount, stepSchema } from './schema.ts';
import type { SourceRef } from './sources-schema.ts';

export type { SourceRef };

/** A camera given directly. */
export type CameraView = z.infer<typeof cameraView>;
/** A camera that frames the named features. */
export type CameraFit = z.infer<typeof cameraFit>;
export type Camera = CameraView | CameraFit;
/** A transition into the step: the date counter runs from `from` to the step's date. */
export type StepAnimation = z.infer<typeof stepAnimation>;
/** A figure shown as a counter: a feature id and the key of one of its `figures`. */
export type StepCount = z.infer<typeof stepCount>;
/** One step's map state, as written in steps.yaml (the fields are documented in ./schema.ts). */
export type StepSpec = z.infer<typeof stepSchema>;

/** A step as the app receives it: the spec plus its text in one language. */
export interface Step extends StepSpec {
  index: number;
  title: string;
  /** Narrative as sanitised HTML (paragraphs, emphasis, quotes). */
  html: string;
  /** Description of the map for screen readers. */
  alt: string;
}

export interface Story {
  lang: string;
  title: string;
  chapters: { id: string; title: string }[];
  steps: Step[];
  /** Only the sources the story and the shown geodata cite. */
  sources: Record<string, SourceRef>;
}
