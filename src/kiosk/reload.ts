/**
 * A budget for the kiosk's healing reloads: a reload for a reason that comes back on every load
 * (graphics gone for good, page code that throws from the start) is done once an hour at most, so
 * it can heal what a reload heals and never turns into a reload loop.
 */

/** Least time between two reloads for the same reason (kept across the reload in the tab's sessionStorage). */
export const RELOAD_GAP_MS = 3_600_000;

/** Without storage to remember the last reload, a page must be this old (its own clock) to reload. */
export const MIN_PAGE_AGE_MS = 5 * 60_000;

/** Whether a reload for `reason` may happen now (then it is noted). */
export function mayReload(win: Window, reason: string, o: { now?: number; pageAge?: number; gapMs?: number } = {}): boolean {
  const now = o.now ?? Date.now();
  const key = `storymap.kiosk.reload.${reason}`;
  try {
    const last = Number(win.sessionStorage.getItem(key));
    if (last > 0 && Math.abs(now - last) < (o.gapMs ?? RELOAD_GAP_MS)) return false;
    win.sessionStorage.setItem(key, String(now));
    return true;
  } catch {
    // No storage: at most one reload per MIN_PAGE_AGE_MS of a page's life, still never a tight loop.
    return (o.pageAge ?? win.performance.now()) >= MIN_PAGE_AGE_MS;
  }
}
