/**
 * diff: (current state, target state) → the smallest list of operations that turns one into the
 * other. applyOps is the same operations as a pure reducer: the tests prove that for every pair of
 * steps, applyOps(a, diff(a, b)) equals b, i.e. any path through the story lands on the same map.
 */
import type { AnimationState, CameraState, Gestures, MapState, Padding, PathState } from './state.ts';
import { NO_PADDING } from './state.ts';

export type Op =
  | { type: 'padding'; padding: Padding }
  | { type: 'lang'; lang: string }
  | { type: 'gestures'; gestures: Gestures }
  /** Motion setting: no map operation of its own, it decides how the next camera moves. */
  | { type: 'motion'; reduced: boolean }
  | { type: 'date'; day: number; revealByDate: boolean }
  | { type: 'visibility'; layer: string; visible: boolean }
  | { type: 'highlight'; ids: string[] }
  | { type: 'camera'; camera: CameraState }
  /** Run the transition into the state; `null` records that the new state has none. */
  | { type: 'animate'; animation: AnimationState | null }
  /** A person's path (Lives), drawn from the map's date; `null`: none. */
  | { type: 'path'; path: PathState | null };

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
/**
 * A deep copy of JSON-like state. Not `structuredClone`: states come from Svelte components, whose
 * `$state` arrays and objects are proxies, and a proxy cannot be structured-cloned (the compare view's
 * camera threw "could not be cloned" and its map never got a state).
 */
const plain = <T>(v: T): T => (v === undefined ? v : (JSON.parse(JSON.stringify(v)) as T));

export function diff(prev: MapState | null, next: MapState): Op[] {
  const ops: Op[] = [];
  // Padding before the camera: a camera centres on the free part of the map.
  if (!prev || !same(prev.padding, next.padding)) ops.push({ type: 'padding', padding: { ...next.padding } });
  if (!prev || prev.lang !== next.lang) ops.push({ type: 'lang', lang: next.lang });
  if (!prev || prev.gestures !== next.gestures) ops.push({ type: 'gestures', gestures: next.gestures });
  if (!prev || prev.reducedMotion !== next.reducedMotion) ops.push({ type: 'motion', reduced: next.reducedMotion });
  const shown = new Set(prev?.visible ?? []);
  const want = new Set(next.visible);
  // Layers first, so that the date and highlight apply to what will be on screen.
  for (const l of next.visible) if (!shown.has(l)) ops.push({ type: 'visibility', layer: l, visible: true });
  for (const l of prev?.visible ?? []) if (!want.has(l)) ops.push({ type: 'visibility', layer: l, visible: false });
  if (!prev || prev.day !== next.day || prev.revealByDate !== next.revealByDate) ops.push({ type: 'date', day: next.day, revealByDate: next.revealByDate });
  if (!prev || !same(prev.highlight, next.highlight)) ops.push({ type: 'highlight', ids: [...next.highlight] });
  if (!prev || !same(prev.camera, next.camera)) ops.push({ type: 'camera', camera: next.camera });
  if (next.animation && (!prev || !same(prev.animation, next.animation) || prev.day !== next.day)) {
    ops.push({ type: 'animate', animation: next.animation });
  } else if (!next.animation && prev?.animation) {
    ops.push({ type: 'animate', animation: null });
  }
  if (!same(prev?.path ?? null, next.path ?? null)) ops.push({ type: 'path', path: next.path ? plain(next.path) : null });
  return ops;
}

const EMPTY: MapState = {
  day: 0,
  camera: { kind: 'free' },
  visible: [],
  highlight: [],
  animation: null,
  revealByDate: false,
  padding: NO_PADDING,
  lang: '',
  gestures: 'cooperative',
  reducedMotion: false,
};

/**
 * The end state after the operations (animations counted as finished). Pure. A `free` camera is
 * recorded as such (its op moves nothing), so the next declared camera is always carried out.
 */
export function applyOps(state: MapState | null, ops: Op[]): MapState {
  const s: MapState = plain(state ?? EMPTY);
  for (const op of ops) {
    switch (op.type) {
      case 'padding':
        s.padding = { ...op.padding };
        break;
      case 'lang':
        s.lang = op.lang;
        break;
      case 'gestures':
        s.gestures = op.gestures;
        break;
      case 'motion':
        s.reducedMotion = op.reduced;
        break;
      case 'date':
        s.day = op.day;
        s.revealByDate = op.revealByDate;
        break;
      case 'visibility': {
        const v = new Set(s.visible);
        if (op.visible) v.add(op.layer);
        else v.delete(op.layer);
        s.visible = [...v].sort();
        break;
      }
      case 'highlight':
        s.highlight = [...op.ids].sort();
        break;
      case 'camera':
        s.camera = plain(op.camera);
        break;
      case 'animate':
        s.animation = plain(op.animation);
        break;
      case 'path':
        if (op.path) s.path = plain(op.path);
        else delete s.path;
        break;
    }
  }
  return s;
}
