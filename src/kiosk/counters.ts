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

const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;
const isTally = (v: unknown): v is Record<string, number> => typeof v === 'object' && v !== null && !Array.isArray(v) && Object.values(v).every(isCount);

/** Read counters back, keeping every well-formed field of a stored object (a damaged store starts again). */
export function readCounters(store: Store | null, now = new Date()): Counters {
  const fresh = emptyCounters(now);
  let raw: unknown;
  try {
    raw = JSON.parse(store?.getItem(COUNTERS_KEY) ?? 'null');
  } catch {
    return fresh;
  }
  if (typeof raw !== 'object' || raw === null || (raw as { version?: unknown }).version !== 1) return fresh;
  const r = raw as Record<string, unknown>;
  const out = fresh as unknown as Record<string, unknown>;
  for (const [k, v] of Object.entries(fresh)) {
    if (k === 'version') continue;
    if (k === 'since' ? typeof r.since === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(r.since) : typeof v === 'number' ? isCount(r[k]) : isTally(r[k])) out[k] = r[k];
  }
  return fresh;
}

/** Counters that write through to the store on every change (a kiosk can lose power at any time). */
export class CounterStore {
  data: Counters;

  constructor(private readonly store: Store | null, now = new Date()) {
    this.data = readCounters(store, now);
  }

  private save() {
    try {
      this.store?.setItem(COUNTERS_KEY, JSON.stringify(this.data));
    } catch {
      // Storage full or disabled: counting is a courtesy, never a reason to fail.
    }
  }

  add(key: 'sessions' | 'attractSteps' | 'explores' | 'idleResets' | 'recoveries' | 'contextLosses' | 'contextRestores', n = 1) {
    this.data[key] += n;
    this.save();
  }

  tally(key: 'stepsViewed' | 'languages' | 'reloads', id: string) {
    const t = this.data[key];
    t[id] = (Object.hasOwn(t, id) ? t[id] : 0) + 1;
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
