/**
 * Sea tracks for the naval routes: between two given vertices the line goes at sea, around capes and
 * islands, instead of the straight great circle that cut across Newfoundland, Iceland, Jutland, Norway
 * and the Kola coast. Land is Natural Earth 1:10m (npm world-atlas 2.0.2, public domain).
 *
 * Method: if the great circle a→b (as the build draws it) touches no land, it is kept. Otherwise an
 * A* search on a grid of water cells (about 4 km, cells next to land excluded so the track keeps off
 * the coast) finds the shortest way, and string pulling keeps only the turning points, each leg a
 * great circle clear of land. The vertices of the route itself (the fact sheet's ports, straits and
 * sea points) are all kept; fjords and straits narrower than the grid are given as vertices by the
 * caller. The result is schematic: the shortest way at sea, not a logged track.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { feature } from 'topojson-client';
import { distance } from '@turf/turf';
import type { FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { unwrapRing } from '../content/basemap.ts';

const BAND = 0.1;
let bands: Map<number, number[][]> | null = null;

function index() {
  if (bands) return bands;
  const require = createRequire(import.meta.url);
  const topo = JSON.parse(readFileSync(require.resolve('world-atlas/land-10m.json'), 'utf8')) as Topology;
  const land = feature(topo, topo.objects.land as GeometryCollection) as FeatureCollection<Polygon | MultiPolygon>;
  bands = new Map();
  for (const f of land.features) {
    const polys = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
    for (const rings of polys) for (const ring of rings.map(unwrapRing)) {
      for (let i = 1; i < ring.length; i++) {
        const [x1, y1] = ring[i - 1];
        const [x2, y2] = ring[i];
        for (let b = Math.floor(Math.min(y1, y2) / BAND); b <= Math.floor(Math.max(y1, y2) / BAND); b++) {
          let list = bands.get(b);
          if (!list) bands.set(b, (list = []));
          list.push([x1, y1, x2, y2]);
        }
      }
    }
  }
  return bands;
}

/** Rows of the land raster: every ring crossing of a parallel, sorted (cached, rows 0.0005° apart). */
const ROW = 0.0005;
const rows = new Map<number, Float64Array>();
function row(y: number) {
  const k = Math.round(y / ROW);
  let xs = rows.get(k);
  if (xs) return xs;
  const yy = k * ROW + 1e-7;
  const list: number[] = [];
  for (const [x1, y1, x2, y2] of index().get(Math.floor(yy / BAND)) ?? []) {
    if (y1 > yy !== y2 > yy) list.push(((x2 - x1) * (yy - y1)) / (y2 - y1) + x1);
  }
  xs = Float64Array.from(list).sort();
  rows.set(k, xs);
  return xs;
}
/** Even-odd: an odd number of crossings east of x means inside a land ring. */
function inRings(x: number, y: number) {
  const xs = row(y);
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const m = (lo + hi) >> 1;
    if (xs[m] <= x) lo = m + 1;
    else hi = m;
  }
  return (xs.length - lo) % 2 === 1;
}
/** Natural Earth 1:10m land at this point (rings unwrapped across 180°, so tried ±360°; latitude to 0.0005°). */
export function isLand([x0, y]: Position) {
  const x = ((x0 + 540) % 360) - 180;
  return inRings(x, y) || inRings(x + 360, y) || inRings(x - 360, y);
}

/** A point at fraction t along the great circle a→b (longitudes kept continuous with a's). */
function along(a: Position, b: Position, t: number): Position {
  const r = Math.PI / 180;
  const v = ([x, y]: Position) => [Math.cos(y * r) * Math.cos(x * r), Math.cos(y * r) * Math.sin(x * r), Math.sin(y * r)];
  const [p, q] = [v(a), v(b)];
  const w = Math.acos(Math.min(1, Math.max(-1, p[0] * q[0] + p[1] * q[1] + p[2] * q[2])));
  if (w < 1e-9) return a;
  const [s0, s1] = [Math.sin((1 - t) * w) / Math.sin(w), Math.sin(t * w) / Math.sin(w)];
  const [x, y, z] = [0, 1, 2].map((k) => s0 * p[k] + s1 * q[k]);
  let lon = Math.atan2(y, x) / r;
  while (lon - a[0] > 180) lon -= 360;
  while (lon - a[0] < -180) lon += 360;
  return [lon, Math.atan2(z, Math.hypot(x, y)) / r];
}

/** The great circle a→b as the build densifies it (scripts/content/geodata.ts), sampled every ~1 km. */
function samples(a: Position, b: Position): Position[] {
  const d = distance(a, b);
  const n = Math.max(2, Math.ceil(d / 15) + 1);
  const arc = d < 1 || n <= 2 ? [a, b] : Array.from({ length: n }, (_, i) => along(a, b, i / (n - 1)));
  const out: Position[] = [];
  for (let i = 1; i < arc.length; i++) {
    const [p, q] = [arc[i - 1], arc[i]];
    const k = Math.max(1, Math.ceil(distance(p, q)));
    for (let j = 0; j < k; j++) out.push([p[0] + ((q[0] - p[0]) * j) / k, p[1] + ((q[1] - p[1]) * j) / k]);
  }
  out.push(b);
  return out;
}

/** No land on the leg a→b, except within `portKm` of the given ports; `clear` (km) keeps that far off. */
function atSea(a: Position, b: Position, ports: Position[], portKm: number, clear = 0) {
  for (const p of samples(a, b)) {
    if (ports.some((q) => distance(p, q) <= portKm)) continue;
    if (isLand(p)) return false;
    if (clear) {
      const dy = clear / 111.2;
      const dx = dy / Math.cos((p[1] * Math.PI) / 180);
      if (isLand([p[0] + dx, p[1]]) || isLand([p[0] - dx, p[1]]) || isLand([p[0], p[1] + dy]) || isLand([p[0], p[1] - dy])) return false;
    }
  }
  return true;
}

/** Shortest water way from a to b on a grid of ~`cellKm` cells (8-neighbour A*). */
function gridPath(a: Position, b: Position, cellKm: number, ERODE: number, margin: number): Position[] {
  const west = Math.min(a[0], b[0]) - margin * 2;
  const east = Math.max(a[0], b[0]) + margin * 2;
  const south = Math.max(-80, Math.min(a[1], b[1]) - margin);
  const north = Math.min(85, Math.max(a[1], b[1]) + margin);
  const dy = cellKm / 111.2;
  const dx = dy / Math.cos((((Math.max(Math.abs(south), Math.abs(north)) + Math.min(Math.abs(south), Math.abs(north))) / 2) * Math.PI) / 180);
  const W = Math.ceil((east - west) / dx) + 1;
  const H = Math.ceil((north - south) / dy) + 1;
  const pos = (i: number): Position => [west + (i % W) * dx, south + Math.floor(i / W) * dy];
  const land = new Uint8Array(W * H); // 0 unknown, 1 water, 2 land
  const wet = (i: number) => {
    if (!land[i]) land[i] = isLand(pos(i)) ? 2 : 1;
    return land[i] === 1;
  };
  /** Water and not next to land (so the track keeps a cell off the coast). */
  const open = (i: number) => {
    const x = i % W;
    const y = Math.floor(i / W);
    for (let oy = -ERODE; oy <= ERODE; oy++) for (let ox = -ERODE; ox <= ERODE; ox++) {
      const xx = x + ox;
      const yy = y + oy;
      if (xx < 0 || yy < 0 || xx >= W || yy >= H || !wet(yy * W + xx)) return false;
    }
    return true;
  };
  const nearestOpen = (p: Position) => {
    const x0 = Math.round((p[0] - west) / dx);
    const y0 = Math.round((p[1] - south) / dy);
    for (let r = 0; r < 40; r++) {
      let best = -1;
      let bestD = Infinity;
      for (let y = y0 - r; y <= y0 + r; y++) for (let x = x0 - r; x <= x0 + r; x++) {
        if (Math.max(Math.abs(x - x0), Math.abs(y - y0)) !== r || x < 0 || y < 0 || x >= W || y >= H) continue;
        const i = y * W + x;
        if (open(i)) {
          const d = distance(p, pos(i));
          if (d < bestD) [best, bestD] = [i, d];
        }
      }
      if (best >= 0) return best;
    }
    throw new Error(`sea track: no open water within 40 cells of ${p}`);
  };
  const s = nearestOpen(a);
  const t = nearestOpen(b);
  const km = (i: number, j: number) => {
    const [p, q] = [pos(i), pos(j)];
    const ky = 111.2;
    const kx = 111.2 * Math.cos((((p[1] + q[1]) / 2) * Math.PI) / 180);
    return Math.hypot((p[0] - q[0]) * kx, (p[1] - q[1]) * ky);
  };
  const g = new Float64Array(W * H).fill(Infinity);
  const from = new Int32Array(W * H).fill(-1);
  // Binary heap of [f, i].
  const heap: [number, number][] = [];
  const push = (f: number, i: number) => {
    heap.push([f, i]);
    for (let c = heap.length - 1; c > 0; ) {
      const p = (c - 1) >> 1;
      if (heap[p][0] <= heap[c][0]) break;
      [heap[p], heap[c]] = [heap[c], heap[p]];
      c = p;
    }
  };
  const pop = () => {
    const top = heap[0];
    const last = heap.pop()!;
    if (heap.length) {
      heap[0] = last;
      for (let c = 0; ; ) {
        const l = 2 * c + 1;
        const r = l + 1;
        let m = c;
        if (l < heap.length && heap[l][0] < heap[m][0]) m = l;
        if (r < heap.length && heap[r][0] < heap[m][0]) m = r;
        if (m === c) break;
        [heap[m], heap[c]] = [heap[c], heap[m]];
        c = m;
      }
    }
    return top;
  };
  g[s] = 0;
  push(km(s, t), s);
  while (heap.length) {
    const [, i] = pop();
    if (i === t) break;
    const x = i % W;
    const y = Math.floor(i / W);
    for (let oy = -1; oy <= 1; oy++) for (let ox = -1; ox <= 1; ox++) {
      if (!ox && !oy) continue;
      const xx = x + ox;
      const yy = y + oy;
      if (xx < 0 || yy < 0 || xx >= W || yy >= H) continue;
      const j = yy * W + xx;
      if (!open(j)) continue;
      const gj = g[i] + km(i, j);
      if (gj < g[j]) {
        g[j] = gj;
        from[j] = i;
        push(gj + km(j, t), j);
      }
    }
  }
  if (from[t] < 0 && s !== t) throw new Error(`sea track: no way at sea from ${a} to ${b}`);
  const cells: Position[] = [];
  for (let i = t; i >= 0; i = from[i]) cells.push(pos(i));
  return cells.reverse();
}

/** The nearest point at sea to p (p itself if at sea), searched outward to `maxKm`. */
export function nearestSea(p: Position, maxKm = 30): Position {
  if (!isLand(p)) return p;
  for (let r = 0.5; r <= maxKm; r += 0.5) {
    for (let k = 0; k < 32; k++) {
      const a = (k / 32) * 2 * Math.PI;
      const q: Position = [p[0] + (r * Math.cos(a)) / (111.2 * Math.cos((p[1] * Math.PI) / 180)), p[1] + (r * Math.sin(a)) / 111.2];
      if (!isLand(q)) return [Math.round(q[0] * 1e4) / 1e4, Math.round(q[1] * 1e4) / 1e4];
    }
  }
  throw new Error(`no sea within ${maxKm} km of ${p}`);
}

export interface SeaOptions {
  /** Vertices (ports) near which the line may touch land, e.g. a harbour inland of the coast. */
  ports?: Position[];
  /** km around a port where land is allowed (the data test uses 15 km). */
  portKm?: number;
  cellKm?: number;
  /** Degrees of latitude (twice that of longitude) the search may stray beyond the leg's box. */
  marginDeg?: number;
  /** Grid cells kept clear of land around the track (coarse channels need 1). */
  erode?: number;
  /** km the pulled legs keep off the coast where they can. */
  clearKm?: number;
  /** Legs (by the index of their first vertex) kept as given: traced channels. */
  fixed?: ReadonlySet<number>;
}

/** The vertices of a sea track through all `vertices` in order (each kept), every leg clear of land. */
export function seaTrack(vertices: Position[], opts: SeaOptions = {}): Position[] {
  const ports = opts.ports ?? [vertices[0], vertices[vertices.length - 1]];
  const portKm = opts.portKm ?? 12;
  const out: Position[] = [vertices[0]];
  for (let v = 1; v < vertices.length; v++) {
    const a = vertices[v - 1];
    const b = vertices[v];
    if (opts.fixed?.has(v - 1) || atSea(a, b, ports, portKm)) {
      out.push(b);
      continue;
    }
    // Narrow waters (the Danish straits) have no way with the full clearance: relax it step by step.
    let cells: Position[] | null = null;
    for (let erode = opts.erode ?? 2; !cells; erode--) {
      try {
        cells = gridPath(a, b, opts.cellKm ?? 3, erode, opts.marginDeg ?? 4);
      } catch (e) {
        if (erode <= 0) throw e;
      }
    }
    const path = [a, ...cells, b];
    // String pulling: from each kept point, go to the farthest path point still visible at sea.
    let i = 0;
    while (i < path.length - 1) {
      let next = i + 1;
      for (let j = i + 2; j < path.length; j++) {
        if (!atSea(path[i], path[j], ports, portKm, j === path.length - 1 ? 0 : opts.clearKm ?? 6)) break;
        next = j;
      }
      if (next < path.length - 1) out.push([Math.round(path[next][0] * 1e4) / 1e4, Math.round(path[next][1] * 1e4) / 1e4]);
      i = next;
    }
    out.push(b);
  }
  return out;
}
