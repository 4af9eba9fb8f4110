/**
 * Thrust arrows that grow with the date. A thrust is a line from its start (on the attacker's side
 * of the border) to its tip (the objective it reached on `reach`); on a day between `from` and
 * `reach` the arrow is drawn out along its length by the share of the days gone (counting the first
 * day as a day of advance, and never shorter than MIN_KM, so that an attack is visible on the day it
 * starts), with a triangular head at its end, and the rest of its course, to the objective, as a thin
 * axis (`part: 'axis'`). From `reach` to `to` it is drawn in full. Sizes are in km, so the arrows
 * scale with the map like the rest of an atlas. Pure and DOM-free.
 */
import type { Feature, FeatureCollection, LineString, Polygon, Position } from 'geojson';
import { dayOf } from '../time.ts';

export interface ThrustProps {
  id: string;
  kind: string;
  fromDay: number;
  toDay: number;
  /** ISO date the objective (the tip) was reached. */
  reach: string;
}

/** Length and half width of the head, km; the shortest arrow shown on the first day, km. */
export const HEAD_KM = 30;
export const HEAD_HALF_KM = 14;
export const MIN_KM = 80;

const KM_LAT = 110.57;
const kmLon = (lat: number) => 111.32 * Math.cos((lat * Math.PI) / 180);
/** Distance in km (local flat approximation: the vertices are a few km apart). */
function km(a: Position, b: Position): number {
  const lat = (a[1] + b[1]) / 2;
  return Math.hypot((b[0] - a[0]) * kmLon(lat), (b[1] - a[1]) * KM_LAT);
}

/** Share of the arrow drawn on `day` (fractional days allowed): 0 outside [from, to), 1 from `reach`. */
export function thrustShare(p: ThrustProps, day: number, lengthKm: number): number {
  if (!(p.fromDay <= day && day < p.toDay)) return 0;
  const span = dayOf(p.reach) - p.fromDay + 1;
  const share = Math.min(1, (day - p.fromDay + 1) / span);
  return Math.min(1, Math.max(share, lengthKm > 0 ? MIN_KM / lengthKm : 1));
}

/** The part of a line up to `lengthKm` from its start. */
export function lineUpTo(coords: Position[], lengthKm: number): Position[] {
  const out: Position[] = [coords[0]];
  let done = 0;
  for (let i = 1; i < coords.length; i++) {
    const d = km(coords[i - 1], coords[i]);
    if (done + d >= lengthKm) {
      const f = d > 0 ? (lengthKm - done) / d : 0;
      const [a, b] = [coords[i - 1], coords[i]];
      out.push([a[0] + (b[0] - a[0]) * f, a[1] + (b[1] - a[1]) * f]);
      return out;
    }
    done += d;
    out.push(coords[i]);
  }
  return out;
}

export function lineKm(coords: Position[]): number {
  let s = 0;
  for (let i = 1; i < coords.length; i++) s += km(coords[i - 1], coords[i]);
  return s;
}

/** Shaft (ending at the head's base) and head (a triangle whose point is the arrow's end). */
export function arrow(coords: Position[]): { shaft: Position[]; head: Position[] } {
  const total = lineKm(coords);
  const headKm = Math.min(HEAD_KM, total * 0.6);
  const shaft = lineUpTo(coords, total - headKm);
  const tip = coords[coords.length - 1];
  const base = shaft[shaft.length - 1];
  // The head's axis from its base to the tip, in km, and its perpendicular.
  const lat = tip[1];
  const [dx, dy] = [(tip[0] - base[0]) * kmLon(lat), (tip[1] - base[1]) * KM_LAT];
  const n = Math.hypot(dx, dy) || 1;
  const [px, py] = [(-dy / n) * HEAD_HALF_KM, (dx / n) * HEAD_HALF_KM];
  const side = (s: number): Position => [base[0] + (s * px) / kmLon(lat), base[1] + (s * py) / KM_LAT];
  return { shaft, head: [tip, side(1), side(-1), tip] };
}

/** The arrows on `day`: per thrust under way, its shaft (LineString) and head (Polygon), with the thrust's properties. */
export function thrustsAt(features: Feature<LineString, ThrustProps>[], day: number): FeatureCollection<LineString | Polygon> {
  const out: Feature<LineString | Polygon>[] = [];
  for (const f of features) {
    const coords = f.geometry.coordinates;
    const total = lineKm(coords);
    const share = thrustShare(f.properties, day, total);
    if (share <= 0) continue;
    const { shaft, head } = arrow(share >= 1 ? coords : lineUpTo(coords, total * share));
    if (share < 1) out.push({ type: 'Feature', properties: { ...f.properties, part: 'axis' }, geometry: { type: 'LineString', coordinates: coords } });
    if (shaft.length >= 2) out.push({ type: 'Feature', properties: { ...f.properties }, geometry: { type: 'LineString', coordinates: shaft } });
    out.push({ type: 'Feature', properties: { ...f.properties }, geometry: { type: 'Polygon', coordinates: [head] } });
  }
  return { type: 'FeatureCollection', features: out };
}
