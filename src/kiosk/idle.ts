/**
 * The kiosk's stages and the two-stage idle timer, as a small state machine driven by a clock the
 * caller passes in (so it is pure and unit-tested; the component feeds it performance.now()).
 *
 *   attract ──touch──▶ visitor ──idle──▶ prompt ──countdown ends──▶ (reset) attract
 *                         ▲                 │
 *                         └────touch────────┘
 * The staff screen is a stage of its own: no idle timer runs while staff are looking.
 */

export type Stage = 'attract' | 'visitor' | 'prompt' | 'staff';

export interface IdleTimes {
  /** Milliseconds without activity before the prompt. */
  idleMs: number;
  /** Milliseconds the prompt waits before the reset. */
  promptMs: number;
}

/** What a tick or an event asks the kiosk to do. */
export type IdleAction = 'prompt' | 'reset' | null;

export class IdleMachine {
  stage: Stage = 'attract';
  /** When the visitor last did something (or when the prompt appeared). */
  private last = 0;

  constructor(private times: IdleTimes) {}

  /** New times (the kiosk reads its settings after starting). */
  setTimes(times: IdleTimes) {
    this.times = times;
  }

  /** A touch, key or wheel: in attract it hands control to the visitor; in the prompt it continues. */
  activity(now: number): Stage {
    if (this.stage === 'staff') return this.stage;
    this.last = now;
    if (this.stage === 'attract' || this.stage === 'prompt') this.stage = 'visitor';
    return this.stage;
  }

  /** Advance the clock. Returns 'prompt' once when the prompt should appear, 'reset' once when it runs out. */
  tick(now: number): IdleAction {
    if (this.stage === 'visitor' && now - this.last >= this.times.idleMs) {
      this.stage = 'prompt';
      this.last = now;
      return 'prompt';
    }
    if (this.stage === 'prompt' && now - this.last >= this.times.promptMs) {
      this.stage = 'attract';
      return 'reset';
    }
    return null;
  }

  /** Milliseconds left on the prompt's countdown (0 outside the prompt). */
  remaining(now: number): number {
    return this.stage === 'prompt' ? Math.max(0, this.times.promptMs - (now - this.last)) : 0;
  }

  /** Back to the attract loop at once (after an error, from the staff screen, at a reset). */
  toAttract() {
    this.stage = 'attract';
  }

  openStaff() {
    this.stage = 'staff';
  }
}
