/**
 * diff: (current state, target state) → the smallest list of operations that turns one into the
 * other. applyOps is the same operations as a pure reducer: the tests prove that for every pair of
 * steps, applyOps(a, diff(a, b)) equals b, i.e. any path through the story lands on the same map.
 */
import type { AnimationState, CameraState, MapState } from './resolve.ts';

export type Op =
  | { type: 'date'; day: number }
  | { type: 'visibility'; layer: string; visible: boolean }
  | { type: 'highlight'; ids: string[] }
  | { type: 'camera'; camera: CameraState }
  /** Run the transition into the state; `null` records that the new state has none. */
  | { type: 'animate'; animation: AnimationState | null };

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export function diff(prev: MapState | null, next: MapState): Op[] {
  const ops: Op[] = [];
  const shown = new Set(prev?.visible ?? []);
  const want = new Set(next.visible);
  // Layers first, so that the date and highlight apply to what will be on screen.
  for (const l of next.visible) if (!shown.has(l)) ops.push({ type: 'visibility', layer: l, visible: true });
  for (const l of prev?.visible ?? []) if (!want.has(l)) ops.push({ type: 'visibility', layer: l, visible: false });
  if (!prev || prev.day !== next.day) ops.push({ type: 'date', day: next.day });
  if (!prev || !same(prev.highlight, next.highlight)) ops.push({ type: 'highlight', ids: [...next.highlight] });
  if (!prev || !same(prev.camera, next.camera)) ops.push({ type: 'camera', camera: next.camera });
  if (next.animation && (!prev || !same(prev.animation, next.animation) || prev.day !== next.day)) {
    ops.push({ type: 'animate', animation: next.animation });
  } else if (!next.animation && prev?.animation) {
    ops.push({ type: 'animate', animation: null });
  }
  return ops;
}

const EMPTY: MapState = { day: 0, camera: { kind: 'view', center: [0, 0], zoom: 0, bearing: 0, pitch: 0 }, visible: [], highlight: [], animation: null };

/** The end state after the operations (animations counted as finished). Pure. */
export function applyOps(state: MapState | null, ops: Op[]): MapState {
  const s: MapState = structuredClone(state ?? EMPTY);
  for (const op of ops) {
    switch (op.type) {
      case 'date':
        s.day = op.day;
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
        s.camera = structuredClone(op.camera);
        break;
      case 'animate':
        s.animation = structuredClone(op.animation);
        break;
    }
  }
  return s;
}
