/**
 * The time model. Every feature is dated with ISO `from` (inclusive) and `to` (exclusive, null = open).
 * MapLibre filters compare integers, so dates become day numbers: whole days since 1 Jan 1938 (UTC).
 * Pure and DOM-free: used by the build pipeline, the app and the tests alike.
 */
import type { FilterSpecification } from 'maplibre-gl';

const EPOCH_MS = Date.UTC(1938, 0, 1);
const DAY_MS = 86_400_000;
/** Day number given to open-ended features (`to: null`): far beyond any date the app can show. */
export const OPEN_END = 1_000_000;

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date written as YYYY-MM-DD (so 1940-02-30 is false). */
export function isIsoDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const m = ISO.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = new Date(Date.UTC(y, mo - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
}

/** Day number of an ISO date. Throws on anything that is not a valid date. */
export function dayOf(iso: string): number {
  if (!isIsoDate(iso)) throw new RangeError(`not an ISO date (YYYY-MM-DD): ${JSON.stringify(iso)}`);
  return Math.round((Date.parse(`${iso}T00:00:00Z`) - EPOCH_MS) / DAY_MS);
}

/** ISO date of a day number. */
export function isoOf(day: number): string {
  return new Date(EPOCH_MS + Math.round(day) * DAY_MS).toISOString().slice(0, 10);
}

/** Day number for a feature's `to` (exclusive); `null` means still in place. */
export function endDayOf(to: string | null | undefined): number {
  return to == null ? OPEN_END : dayOf(to);
}

/** Whether a feature with derived `fromDay`/`toDay` is on the map at `day`. */
export function isActive(p: { fromDay: number; toDay: number }, day: number): boolean {
  return p.fromDay <= day && day < p.toDay;
}

/** The MapLibre filter equivalent of {@link isActive}, optionally combined with an extra filter. */
export function activeFilter(day: number, extra?: FilterSpecification): FilterSpecification {
  const base = ['all', ['<=', ['get', 'fromDay'], day], ['>', ['get', 'toDay'], day]];
  return (extra ? [...base, extra] : base) as FilterSpecification;
}

/** Linear interpolation between two day numbers, rounded down to a whole day. */
export function dayAt(fromDay: number, toDay: number, t: number): number {
  const k = Math.min(1, Math.max(0, t));
  return Math.floor(fromDay + (toDay - fromDay) * k);
}
