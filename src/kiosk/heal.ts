import { every, fault } from './timers.ts';

/**
 * Self-healing for weeks unattended: errors send the kiosk back to the attract loop instead of
 * leaving a broken screen; a watchdog reloads the page if frames stop; a nightly reload starts each
 * day from a clean page. Reloads are safe without a server: the service worker serves the app.
 */

/** Errors browsers raise that are harmless and must not reset a visit. */
export function isBenign(message: string): boolean {
  return /ResizeObserver loop|AbortError|The play\(\) request was interrupted/i.test(message);
}

export interface ErrorGuardOptions {
  /** Called for each uncaught error or unhandled rejection that is not benign. */
  onError: (message: string) => void;
  /** Called instead when errors come faster than `stormCount` in `stormMs`: reload rather than loop. */
  onStorm: () => void;
  stormCount?: number;
  stormMs?: number;
  now?: () => number;
}

/**
 * Catch uncaught errors and unhandled rejections. They are logged as a warning (the kiosk handles
 * them; a console error would mean it did not), once per message, and handed to `onError` — or,
 * in a storm, to `onStorm`, which reloads (within the reload budget, src/kiosk/reload.ts) or does
 * nothing: a storm does not reset the visit at every error.
 */
export function guardErrors(win: Window, o: ErrorGuardOptions): () => void {
  const now = o.now ?? (() => performance.now());
  const recent: number[] = [];
  const handle = (message: string) => {
    if (isBenign(message)) return;
    const t = now();
    recent.push(t);
    while (recent.length && t - recent[0] > (o.stormMs ?? 60_000)) recent.shift();
    // Logged once per message (a storm of one error is one line), and listed for staff with its count.
    fault('page', message, (m) => console.warn(`[kiosk] recovered from an error, back to the attract loop: ${m}`), 'uncaught');
    if (recent.length > (o.stormCount ?? 5)) o.onStorm();
    else o.onError(message);
  };
  const onError = (e: ErrorEvent) => {
    e.preventDefault();
    const where = (e.error as Error | undefined)?.stack
      ?.split('\n')
      .slice(1, 3)
      .map((l) => l.trim())
      .join(' ← ');
    handle(`${e.message || String(e.error)}${where ? ` (${where})` : ''}`);
  };
  const onRejection = (e: PromiseRejectionEvent) => {
    e.preventDefault();
    const r = e.reason as { message?: string } | undefined;
    handle(`unhandled rejection: ${r?.message ?? String(r)}`);
  };
  win.addEventListener('error', onError);
  win.addEventListener('unhandledrejection', onRejection);
  return () => {
    win.removeEventListener('error', onError);
    win.removeEventListener('unhandledrejection', onRejection);
  };
}

/**
 * A frame watchdog: once a second it asks for an animation frame; if none has come for `limitMs`
 * while the page is visible, the renderer is stuck and `onStall` reloads. It requests one frame per
 * second only, so an idle page stays idle.
 */
export function frameWatchdog(win: Window, limitMs: number, onStall: () => void): () => void {
  let lastFrame = performance.now();
  let asked = false;
  let fired = false;
  const beat = () => {
    if (win.document.visibilityState !== 'visible') {
      lastFrame = performance.now(); // hidden pages get no frames; that is not a stall
      return;
    }
    if (!asked) {
      asked = true;
      win.requestAnimationFrame(() => {
        asked = false;
        lastFrame = performance.now();
      });
    }
    if (!fired && performance.now() - lastFrame > limitMs) {
      fired = true;
      onStall();
    }
  };
  return every(win, 'watchdog', 1000, beat);
}

/** The instant of `hour`:00 local time on the calendar day of `t`, and on the day before (DST-safe: calendar arithmetic). */
function hoursAround(t: number, hour: number): number[] {
  const today = new Date(t);
  today.setHours(hour, 0, 0, 0);
  const yesterday = new Date(t);
  yesterday.setDate(yesterday.getDate() - 1);
  yesterday.setHours(hour, 0, 0, 0);
  return [yesterday.getTime(), today.getTime()];
}

/** Whether a night's `hour`:00 lies in (prev, now] on the wall clock (a clock set back crosses nothing). */
export function crossedHour(prev: number, now: number, hour: number): boolean {
  if (now <= prev) return false;
  if (now - prev > 25 * 3_600_000) return true; // a jump of more than a day passes some night's hour
  return hoursAround(now, hour).some((t) => prev < t && t <= now);
}

/** A page younger than this (on the page's own clock, which no clock change moves) is fresh: no nightly reload. */
export const FRESH_PAGE_MS = 3_600_000;
/** A nightly reload this close (on the wall clock, either way) to the last one belongs to the same night. */
const SAME_NIGHT_MS = 12 * 3_600_000;
/** How often the wall clock is looked at. */
const CHECK_MS = 20_000;

/** Where the last nightly reload's wall-clock time is kept across the reload (the tab's sessionStorage). */
export interface NightlyMemo {
  last(): number | null;
  mark(t: number): void;
}

export function sessionMemo(win: Window): NightlyMemo {
  const key = 'storymap.kiosk.nightly';
  return {
    last() {
      try {
        const v = Number(win.sessionStorage.getItem(key));
        return Number.isFinite(v) && v > 0 ? v : null;
      } catch {
        return null;
      }
    },
    mark(t) {
      try {
        win.sessionStorage.setItem(key, String(t));
      } catch {
        /* no storage: the fresh-page rule alone prevents a loop */
      }
    },
  };
}

/**
 * Call `due` once when a night's `hour`:00 passes (null hour: never). The wall clock is looked at every
 * CHECK_MS and compared with the last look, so a long sleep of timers, a DST change (the wall clock's
 * instants run on; only their local names change) and a clock set forward past the hour (due at once)
 * give one call a night, and a clock set back does not pass the hour twice: the last reload's time
 * is kept (`memo`) and a crossing within SAME_NIGHT_MS of it is the same night. Whatever the clock
 * does, never a reload loop: a page younger than FRESH_PAGE_MS on its own monotonic clock
 * (performance.now(), from each load) has just been loaded and is never due.
 */
export function nightly(win: Window, hour: number | null, due: () => void, o: { wall?: () => number; mono?: () => number; memo?: NightlyMemo } = {}): () => void {
  if (hour === null) return () => {};
  const wall = o.wall ?? (() => Date.now());
  const mono = o.mono ?? (() => performance.now());
  const memo = o.memo ?? sessionMemo(win);
  let prev = wall();
  return every(win, 'nightly reload', CHECK_MS, () => {
    const now = wall();
    const crossed = crossedHour(prev, now, hour);
    prev = now;
    const last = memo.last();
    if (!crossed || mono() < FRESH_PAGE_MS || (last !== null && Math.abs(now - last) < SAME_NIGHT_MS)) return;
    memo.mark(now);
    due();
  });
}
