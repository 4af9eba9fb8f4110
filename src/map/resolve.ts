/**
 * resolve: a step (the curator's declaration) → the complete map state. Pure.
 * Nothing in the result depends on the step before: that is what makes jumping, reloading and
 * scrolling back land on the same map as reading in order.
 */
import type { StepSpec } from '../story/types.ts';
import { dayOf } from '../time.ts';

export type Bounds = [number, number, number, number];

export type CameraState =
  | { kind: 'view'; center: [number, number]; zoom: number; bearing: number; pitch: number }
  | { kind: 'bounds'; bounds: Bounds; padding: number; maxZoom: number };

export interface AnimationState {
  routes: string[];
  fromDay: number;
  toDay: number;
  durationMs: number;
}

export interface MapState {
  /** The map's date as a day number (see time.ts). */
  day: number;
  camera: CameraState;
  /** Registry layer ids shown, sorted. */
  visible: string[];
  /** Feature ids emphasised, sorted. */
  highlight: string[];
  /** The transition that leads into this state (routes drawn out); its end state is this state. */
  animation: AnimationState | null;
}

export function unionBounds(boxes: Bounds[]): Bounds {
  return [
    Math.min(...boxes.map((b) => b[0])),
    Math.min(...boxes.map((b) => b[1])),
    Math.max(...boxes.map((b) => b[2])),
    Math.max(...boxes.map((b) => b[3])),
  ];
}

export function resolve(step: StepSpec, index: Record<string, { bbox: Bounds }>): MapState {
  const day = dayOf(step.date);
  let camera: CameraState;
  if ('fit' in step.camera) {
    const boxes = step.camera.fit.map((id) => {
      const e = index[id];
      if (!e) throw new Error(`step "${step.id}": camera.fit names unknown feature "${id}"`);
      return e.bbox;
    });
    camera = { kind: 'bounds', bounds: unionBounds(boxes), padding: step.camera.padding ?? 60, maxZoom: step.camera.maxZoom ?? 7 };
  } else {
    const c = step.camera;
    camera = { kind: 'view', center: [c.center[0], c.center[1]], zoom: c.zoom, bearing: c.bearing ?? 0, pitch: c.pitch ?? 0 };
  }
  return {
    day,
    camera,
    visible: [...new Set(step.layers)].sort(),
    highlight: [...new Set(step.highlight ?? [])].sort(),
    animation: step.animate
      ? { routes: [...(step.animate.routes ?? [])], fromDay: dayOf(step.animate.from), toDay: day, durationMs: step.animate.duration ?? 6000 }
      : null,
  };
}
