/**
 * The story state, as a rune class: which step is current, the date the map shows, and motion
 * preferences, and which mode is on. Modes only call go(); the map follows.
 */
import type { Story, Step } from '../story/types.ts';
import { NO_PADDING, type Padding } from '../map/state.ts';

export class StoryState {
  index = $state(0);
  /** The date the map shows right now (moves during route animations). */
  day = $state(0);
  /** The step id whose map has fully settled (for tests and for counters). */
  settled = $state<string | null>(null);
  reducedMotion = $state(false);
  /** Reading the story, or exploring the map freely. */
  mode = $state<'story' | 'explore'>('story');
  notices = $state<string[]>([]);
  /** The language wanted: set it and the app loads that language's story and interface (App.svelte). */
  lang = $state('en');
  /** The story in the language shown (replaced, step for step, when the language changes). */
  story = $state.raw<Story>(null as unknown as Story);
  /** Space the story's panels cover on the map (set by the layout of the scroll story or the kiosk). */
  padding = $state.raw<Padding>(NO_PADDING);
  /** Bumped by each reset: the step's camera is a new request, even if the map seems to be there. */
  resets = $state(0);
  /** The step a reset landed on: it is reached by a jump, not a flight (cleared by the next go). */
  landing = $state<number | null>(null);

  constructor(story: Story) {
    this.story = story;
    this.lang = story.lang;
  }

  get step(): Step {
    return this.story.steps[this.index];
  }

  get count(): number {
    return this.story.steps.length;
  }

  /** Go to a step by index (clamped) or id (unknown ids are ignored). */
  go(target: number | string) {
    const i = typeof target === 'number' ? target : this.story.steps.findIndex((s) => s.id === target);
    if (i < 0 || Number.isNaN(i)) return;
    this.index = Math.min(this.count - 1, Math.max(0, Math.trunc(i)));
    this.landing = null;
  }

  /** Back to a fresh start (the kiosk's reset): the story at `index`, nothing else left of a visit. */
  reset(to: { index: number; lang: string; reducedMotion: boolean }) {
    this.mode = 'story';
    this.notices = [];
    this.reducedMotion = to.reducedMotion;
    this.lang = to.lang;
    this.go(to.index);
    this.settled = null;
    this.resets++;
    this.landing = this.index;
  }

  next() {
    this.go(this.index + 1);
  }

  prev() {
    this.go(this.index - 1);
  }

  notify(message: string) {
    if (!this.notices.includes(message)) this.notices = [...this.notices, message];
  }

  dismiss(message: string) {
    this.notices = this.notices.filter((n) => n !== message);
  }
}
