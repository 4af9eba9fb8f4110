import { every, guard } from './timers.ts';

/**
 * Self-healing for weeks unattended: errors send the kiosk back to the attract loop instead of
 * leaving a broken screen; a watchdog reloads the page if frames stop; a nightly reload starts each
 * day from a clean page. Reloads are safe without a server: the service worker serves the app.
 */

/** Milliseconds from `now` until the next `hour`:00 local time (tomorrow if it has passed today). */
export function msUntilHour(now: Date, hour: number): number {
  const next = new Date(now);
  next.setHours(hour, 0, 0, 0);
  if (next.getTime() <= now.getTime()) next.setDate(next.getDate() + 1);
  return next.getTime() - now.getTime();
}

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
 * them; a console error would mean it did not) and handed to `onError`.
 */
export function guardErrors(win: Window, o: ErrorGuardOptions): () => void {
  const now = o.now ?? (() => performance.now());
  const recent: number[] = [];
  const handle = (message: string) => {
    if (isBenign(message)) return;
    const t = now();
    recent.push(t);
    while (recent.length && t - recent[0] > (o.stormMs ?? 60_000)) recent.shift();
    console.warn(`[kiosk] recovered from an error, back to the attract loop: ${message}`);
    if (recent.length > (o.stormCount ?? 5)) o.onStorm();
    else o.onError(message);
  };
  const onError = (e: ErrorEvent) => {
    e.preventDefault();
    const where = (e.error as Error | undefined)?.stack?.split('\n').slice(1, 3).map((l) => l.trim()).join(' ← ');
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

/** Call `due` at the next `hour`:00 and every day after (null hour: never). */
export function nightly(win: Window, hour: number | null, due: () => void): () => void {
  if (hour === null) return () => {};
  let id = 0;
  const arm = () => {
    // Timers drift over a day asleep; re-arm from the clock, at most an hour ahead.
    const wait = msUntilHour(new Date(), hour);
    id = win.setTimeout(() => {
      if (wait > 3_600_000) arm();
      else {
        due();
        id = win.setTimeout(arm, 61_000);
      }
    }, Math.min(wait, 3_600_000));
  };
  arm();
  return () => win.clearTimeout(id);
}
