/**
 * Pointer and gestures: cooperative gestures on or off as the state declares, clicks turned into the
 * feature meant, and a pointer cursor over clickable features. Called by the controller only.
 */
import type { Map as MLMap, MapMouseEvent } from 'maplibre-gl';
import type { FeatureHit, Gestures } from './state.ts';

export class Pointer {
  private blockedAt = -Infinity;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly offs: (() => void)[] = [];

  constructor(
    private readonly map: MLMap,
    /** The feature at a point (radius in px), or null. */
    hitAt: (point: { x: number; y: number }, radius: number) => FeatureHit | null,
    /** Whether anyone listens to clicks (else the cursor stays plain). */
    listening: () => boolean,
    onClick: (hit: FeatureHit | null) => void,
  ) {
    const blocked = () => (this.blockedAt = performance.now());
    const click = (e: MapMouseEvent) => listening() && onClick(hitAt(e.point, 10));
    let pending = false;
    const move = (e: MapMouseEvent) => {
      if (pending || !listening()) return;
      pending = true;
      requestAnimationFrame(() => {
        pending = false;
        if (map.getCanvas()) map.getCanvas().style.cursor = hitAt(e.point, 6) ? 'pointer' : '';
      });
    };
    map.on('cooperativegestureprevented', blocked);
    map.on('click', click);
    map.on('mousemove', move);
    this.offs.push(() => map.off('cooperativegestureprevented', blocked), () => map.off('click', click), () => map.off('mousemove', move));
  }

  /** Cooperative gestures (the page scrolls over the map) or free ones (one finger, the wheel move the map). */
  setGestures(g: Gestures) {
    clearTimeout(this.timer);
    if (g === 'cooperative') {
      this.map.cooperativeGestures.enable();
      return;
    }
    // MapLibre hides its "use Ctrl + scroll" hint 100 ms after a blocked gesture and throws if the
    // hint's element is gone by then: switching off right after a blocked wheel waits for that
    // (checked again when the wait is over: gestures may have been blocked meanwhile).
    const wait = this.blockedAt + 150 - performance.now();
    if (wait > 0) this.timer = setTimeout(() => this.setGestures('free'), wait);
    else this.map.cooperativeGestures.disable();
  }

  destroy() {
    clearTimeout(this.timer);
    for (const off of this.offs) off();
  }
}
