/**
 * Fronts that move. A front series is a sequence of dated lines with the same number of vertices
 * (the build resamples them), so the line for any day in between is a vertex-wise interpolation of
 * the two lines around it. Pure and DOM-free.
 */
import type { Feature, FeatureCollection, LineString, Position } from 'geojson';

export interface FrontProps {
  id: string;
  series: string;
  seq: number;
  fromDay: number;
  toDay: number;
  side?: string;
  certainty?: string;
}

/** The front of each series on `day` (fractional days allowed), interpolated between dated lines. */
export function frontsAt(features: Feature<LineString, FrontProps>[], day: number): FeatureCollection<LineString> {
  const bySeries = new Map<string, Feature<LineString, FrontProps>[]>();
  for (const f of features) bySeries.set(f.properties.series, [...(bySeries.get(f.properties.series) ?? []), f]);
  const out: Feature<LineString>[] = [];
  for (const lines of bySeries.values()) {
    lines.sort((a, b) => a.properties.seq - b.properties.seq);
    const i = lines.findIndex((f) => f.properties.fromDay <= day && day < f.properties.toDay);
    if (i < 0) continue;
    const a = lines[i];
    const b = lines[i + 1];
    let coordinates = a.geometry.coordinates;
    // Move towards the next line of the series if it starts where this one ends.
    if (b && b.properties.fromDay === a.properties.toDay && b.geometry.coordinates.length === coordinates.length) {
      const t = (day - a.properties.fromDay) / (a.properties.toDay - a.properties.fromDay);
      coordinates = lerpLine(coordinates, b.geometry.coordinates, t);
    }
    out.push({ type: 'Feature', properties: { ...a.properties }, geometry: { type: 'LineString', coordinates } });
  }
  return { type: 'FeatureCollection', features: out };
}

export function lerpLine(a: Position[], b: Position[], t: number): Position[] {
  const k = Math.min(1, Math.max(0, t));
  return a.map((p, i) => [p[0] + (b[i][0] - p[0]) * k, p[1] + (b[i][1] - p[1]) * k]);
}
