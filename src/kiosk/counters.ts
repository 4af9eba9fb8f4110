/**
 * Privacy-safe usage counters, kept in the kiosk's own localStorage and never sent anywhere: how
 * many visits (a touch that wakes the kiosk), which steps visitors looked at, which languages they
 * chose, and how often the kiosk had to heal itself. No times finer than a day, no identifiers, no
 * positions of touches. Staff export them as JSON from the staff screen.
 */

export const COUNTERS_KEY = 'storymap.kiosk.counters.v1';

export interface Counters {
  version: 1;
  /** The day counting started (YYYY-MM-DD, local). */
  since: string;
  /** Visits: the attract loop was woken by a touch. */
  sessions: number;
  /** Steps looked at by visitors, by step id (a step counts each time a visitor arrives at it). */
  stepsViewed: Record<string, number>;
  /** Steps the attract loop has shown by itself. */
  attractSteps: number;
  /** Languages chosen by visitors, by code. */
  languages: Record<string, number>;
  /** Times a visitor opened free exploration. */
  explores: number;
  /** Returns to the attract loop after the idle prompt ran out. */
  idleResets: number;
  /** Returns to the attract loop after an uncaught error or rejection. */
  recoveries: number;
  /** WebGL context losses (and restorations) seen by the map. */
  contextLosses: number;
  contextRestores: number;
  /** Page reloads done by the kiosk, by reason (watchdog, nightly, update, unrestored-context, error-storm). */
  reloads: Record<string, number>;
}

/** The part of Storage the counters need (localStorage, or a stand-in in tests). */
export type Store = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

const day = (d: Date) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;

export function emptyCounters(now = new Date()): Counters {
  return { version: 1, since: day(now), sessions: 0, stepsViewed: {}, attractSteps: 0, languages: {}, explores: 0, idleResets: 0, recoveries: 0, contextLosses: 0, contextRestores: 0, reloads: {} };
}

/** Bounds of a sane record: counts stay exact integers, tallies are keyed by short ids, the record stays small. */
const MAX_COUNT = Number.MAX_SAFE_INTEGER;
const MAX_KEYS = 2000;
const MAX_ID = 100;
const MAX_CHARS = 256 * 1024;
const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0 && v <= MAX_COUNT;
const isTally = (v: unknown): v is Record<string, number> => {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const e = Object.entries(v);
  return e.length <= MAX_KEYS && e.every(([k, n]) => k.length <= MAX_ID && isCount(n));
};
const isDay = (v: unknown) => {
  if (typeof v !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(v)) return false;
  const d = new Date(`${v}T12:00:00`);
  return !Number.isNaN(d.getTime()) && day(d) === v;
};
const why = (e: unknown) => (e instanceof Error ? `${e.name}: ${e.message}` : String(e));

/**
 * Read counters back, keeping every well-formed field of a stored object. What was damaged (not
 * JSON, another version, a field out of bounds, a record too big) is reset and named in `damaged`.
 */
export function readStored(store: Store | null, now = new Date()): { counters: Counters; damaged: string[] } {
  const fresh = emptyCounters(now);
  let text: string | null;
  try {
    text = store?.getItem(COUNTERS_KEY) ?? null;
  } catch {
    return { counters: fresh, damaged: [] }; // storage that cannot be read: CounterStore reports it
  }
  if (text === null) return { counters: fresh, damaged: [] };
  if (text.length > MAX_CHARS) return { counters: fresh, damaged: [`the record (${text.length.toLocaleString('en-GB')} characters, more than counters can be)`] };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { counters: fresh, damaged: ['the record (not JSON)'] };
  }
  if (typeof raw !== 'object' || raw === null || (raw as { version?: unknown }).version !== 1) return { counters: fresh, damaged: ['the record (not a version 1 counters object)'] };
  const r = raw as Record<string, unknown>;
  const out = fresh as unknown as Record<string, unknown>;
  const damaged: string[] = [];
  for (const [k, v] of Object.entries(fresh)) {
    if (k === 'version') continue;
    if (!Object.hasOwn(r, k)) continue;
    if (k === 'since' ? isDay(r.since) : typeof v === 'number' ? isCount(r[k]) : isTally(r[k])) out[k] = r[k];
    else damaged.push(k);
  }
  return { counters: fresh, damaged };
}

/** Read counters back (what was damaged starts again). */
export function readCounters(store: Store | null, now = new Date()): Counters {
  return readStored(store, now).counters;
}

/** Counters that write through to the store on every change (a kiosk can lose power at any time). */
export class CounterStore {
  data: Counters;
  /** What staff should know about the counters (damaged and reset, or not kept), or null. */
  problem: string | null = null;

  constructor(
    private readonly store: Store | null,
    now = new Date(),
    unavailable?: unknown,
  ) {
    const { counters, damaged } = readStored(store, now);
    this.data = counters;
    if (!store) this.report(`Counters cannot be kept on this machine (${unavailable === undefined ? 'no storage' : why(unavailable)}): they count until the next reload only.`);
    else if (damaged.length) {
      this.report(`Counters were damaged and reset: ${damaged.join(', ')}.`);
      this.save();
    }
  }

  private report(p: string) {
    if (this.problem !== null) return;
    this.problem = p;
    console.warn(`[kiosk] ${p}`);
  }

  private save() {
    try {
      this.store?.setItem(COUNTERS_KEY, JSON.stringify(this.data));
    } catch (e) {
      // Storage full or disabled: counting is a courtesy, never a reason to fail. Staff are told once.
      this.report(`Counters cannot be saved on this machine (${why(e)}): they count until the next reload only.`);
    }
  }

  add(key: 'sessions' | 'attractSteps' | 'explores' | 'idleResets' | 'recoveries' | 'contextLosses' | 'contextRestores', n = 1) {
    this.data[key] = Math.min(MAX_COUNT, this.data[key] + n);
    this.save();
  }

  tally(key: 'stepsViewed' | 'languages' | 'reloads', id: string) {
    const t = this.data[key];
    if (!Object.hasOwn(t, id) && (Object.keys(t).length >= MAX_KEYS || id.length > MAX_ID)) return;
    t[id] = Math.min(MAX_COUNT, (Object.hasOwn(t, id) ? t[id] : 0) + 1);
    this.save();
  }

  /** The counters as a pretty JSON document for staff, with the day it was exported. */
  exportJson(now = new Date()): string {
    return `${JSON.stringify({ exported: day(now), ...this.data }, null, 2)}\n`;
  }

  clear(now = new Date()) {
    this.data = emptyCounters(now);
    try {
      this.store?.removeItem(COUNTERS_KEY);
    } catch {
      /* see save() */
    }
    this.save();
  }
}

/** The kiosk's counters in the page's localStorage — or, where that cannot even be reached (disabled), in memory with a notice. */
export function openCounters(win: Window): CounterStore {
  try {
    return new CounterStore(win.localStorage);
  } catch (e) {
    return new CounterStore(null, new Date(), e);
  }
}
