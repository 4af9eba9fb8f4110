/**
 * One language's story text as parsed from src/story/text/<lang>.md (scripts/content/story.ts) and
 * linted (scripts/content/i18n.ts): its own module, so that neither of the two imports the other.
 */

export interface StepText {
  title: string;
  html: string;
  alt: string;
  /** The "Claim:" paragraph's source text (a popular account beside the record), if any. */
  claim?: string;
}

export interface StoryText {
  title: string;
  chapters: Record<string, string>;
  steps: Record<string, StepText>;
}
