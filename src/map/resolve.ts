/**
 * resolve: a step (the curator's declaration) → the complete map state. Pure.
 * Nothing in the result depends on the step before: that is what makes jumping, reloading and
 * scrolling back land on the same map as reading in order.
 */
import type { StepSpec } from '../story/types.ts';
import { dayOf } from '../time.ts';
import { DEFAULT_VIEW, type Bounds, type CameraState, type MapState, type ViewSettings } from './state.ts';

export type { Bounds, CameraState, AnimationState, MapState } from './state.ts';

export function unionBounds(boxes: Bounds[]): Bounds {
  return [Math.min(...boxes.map((b) => b[0])), Math.min(...boxes.map((b) => b[1])), Math.max(...boxes.map((b) => b[2])), Math.max(...boxes.map((b) => b[3]))];
}

/** The camera a step declares. */
export function stepCamera(step: StepSpec, index: Record<string, { bbox: Bounds }>): CameraState {
  if ('fit' in step.camera) {
    const boxes = step.camera.fit.map((id) => {
      const e = index[id];
      if (!e) throw new Error(`step "${step.id}": camera.fit names unknown feature "${id}"`);
      return e.bbox;
    });
    return { kind: 'bounds', bounds: unionBounds(boxes), padding: step.camera.padding ?? 60, maxZoom: step.camera.maxZoom ?? 7 };
  }
  const c = step.camera;
  return { kind: 'view', center: [c.center[0], c.center[1]], zoom: c.zoom, bearing: c.bearing ?? 0, pitch: c.pitch ?? 0 };
}

export function resolve(step: StepSpec, index: Record<string, { bbox: Bounds }>, view: ViewSettings = DEFAULT_VIEW): MapState {
  const day = dayOf(step.date);
  return {
    day,
    camera: stepCamera(step, index),
    visible: [...new Set(step.layers)].sort(),
    highlight: [...new Set(step.highlight ?? [])].sort(),
    animation: step.animate ? { routes: [...(step.animate.routes ?? [])], fromDay: dayOf(step.animate.from), toDay: day, durationMs: step.animate.duration ?? 6000 } : null,
    revealByDate: false,
    ...view,
    padding: { ...view.padding },
  };
}
