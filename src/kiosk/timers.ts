/**
 * The kiosk's own timers (idle tick, attract loop, autoscroll, watchdog, heartbeat, nightly reload),
 * guarded: a callback that throws is caught, so one failing tick never stops a loop nor reaches the
 * page's error handler (which would reset the visit at each tick, then reload in a storm, then again
 * after the reload). Each fault is logged once — by timer and message — and counted; the staff
 * screen lists them.
 */

export interface Fault {
  /** A kiosk timer that threw, or an uncaught error of the page (src/kiosk/heal.ts guardErrors). */
  kind: 'timer' | 'uncaught';
  timer: string;
  message: string;
  /** Times it was thrown since the page loaded. */
  count: number;
}

const MAX_FAULTS = 20;
const seen = new Map<string, Fault>();

/** The faults seen so far, first first (at most MAX_FAULTS kinds; later kinds are counted in the last). */
export function faults(): Fault[] {
  return [...seen.values()].map((f) => ({ ...f }));
}

export function clearFaults() {
  seen.clear();
}

/** Record that `timer` threw `e`; `warn` is told the first time a timer throws a given message. */
export function fault(timer: string, e: unknown, warn?: (m: string) => void, kind: Fault['kind'] = 'timer') {
  const message = (e instanceof Error ? `${e.name}: ${e.message}` : String(e)).slice(0, 300);
  const key = `${kind}\u0000${timer}\u0000${message}`;
  const f = seen.get(key) ?? (seen.size >= MAX_FAULTS ? [...seen.values()].at(-1)! : undefined);
  if (f) {
    f.count++;
    return;
  }
  seen.set(key, { kind, timer, message, count: 1 });
  if (warn) warn(message);
  else console.warn(`[kiosk] the ${timer} timer threw (it goes on; logged once): ${message}`);
}

/** `fn`, catching what it throws (recorded as a fault of `timer`; `onFault` then runs, itself guarded). */
export function guard<A extends unknown[]>(timer: string, fn: (...a: A) => void, onFault?: () => void): (...a: A) => void {
  return (...a: A) => {
    try {
      fn(...a);
    } catch (e) {
      fault(timer, e);
      try {
        onFault?.();
      } catch (again) {
        fault(timer, again);
      }
    }
  };
}

type Timers = Pick<Window, 'setInterval' | 'clearInterval' | 'setTimeout' | 'clearTimeout'>;

/** A guarded setInterval; returns its stop. */
export function every(win: Timers, timer: string, ms: number, fn: () => void): () => void {
  const id = win.setInterval(guard(timer, fn), ms);
  return () => win.clearInterval(id);
}

/** A guarded setTimeout; `onFault` runs if `fn` throws (e.g. to arm the next tick of a chain). Returns its cancel. */
export function after(win: Timers, timer: string, ms: number, fn: () => void, onFault?: () => void): () => void {
  const id = win.setTimeout(guard(timer, fn, onFault), ms);
  return () => win.clearTimeout(id);
}
