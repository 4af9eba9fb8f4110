/**
 * The explore timeline: its range, the dated events the "previous/next event" buttons step through
 * (story step dates and the dates features appear), and the date to show a feature on. Pure.
 */
import { dayOf, endDayOf } from '../time.ts';
import { EXPLORE_FIRST, EXPLORE_LAST } from '../config.ts';

export const FIRST_DAY = dayOf(EXPLORE_FIRST);
export const LAST_DAY = dayOf(EXPLORE_LAST);

export function clampDay(day: number): number {
  return Math.min(LAST_DAY, Math.max(FIRST_DAY, Math.round(day)));
}

export interface TimelineEvent {
  day: number;
  /** What happens: step titles and names of features that appear, in that order. */
  labels: string[];
}

/** Events inside the range, one per day, in date order. */
export function buildEvents(steps: readonly { date: string; title: string }[], features: Iterable<{ from: string; label: string }>): TimelineEvent[] {
  const byDay = new Map<number, { steps: string[]; features: string[] }>();
  const at = (day: number) => {
    let e = byDay.get(day);
    if (!e) byDay.set(day, (e = { steps: [], features: [] }));
    return e;
  };
  for (const s of steps) {
    const d = dayOf(s.date);
    if (d >= FIRST_DAY && d <= LAST_DAY) at(d).steps.push(s.title);
  }
  for (const f of features) {
    const d = dayOf(f.from);
    if (d >= FIRST_DAY && d <= LAST_DAY) at(d).features.push(f.label);
  }
  return [...byDay.entries()].sort((a, b) => a[0] - b[0]).map(([day, e]) => ({ day, labels: [...new Set([...e.steps, ...e.features])] }));
}

/** The first event after `day`, or null. */
export function nextEvent(events: readonly TimelineEvent[], day: number): TimelineEvent | null {
  return events.find((e) => e.day > day) ?? null;
}

/** The last event before `day`, or null. */
export function prevEvent(events: readonly TimelineEvent[], day: number): TimelineEvent | null {
  for (let i = events.length - 1; i >= 0; i--) if (events[i].day < day) return events[i];
  return null;
}

/**
 * A day on which a feature is on the map: the current day if it is, else the first day of the feature
 * inside the range (or the range's end for features that start later, the start for ones that ended).
 */
export function dayForFeature(f: { from: string; to: string | null }, current: number): number {
  const from = dayOf(f.from);
  const to = endDayOf(f.to);
  if (from <= current && current < to) return current;
  const first = Math.max(from, FIRST_DAY);
  if (first < to && first <= LAST_DAY) return first;
  return clampDay(from);
}
