/**
 * Pointer and gestures: cooperative gestures on or off as the state declares, clicks turned into the
 * feature meant, and a pointer cursor over clickable features. Called by the controller only.
 */
import type { Map as MLMap, MapMouseEvent } from 'maplibre-gl';
import type { FeatureHit, Gestures } from './state.ts';

export class Pointer {
  /** MapLibre's "use two fingers / Ctrl + scroll" hints whose 100 ms hide timer may not have run yet. */
  private hints = 0;
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
    // Counted down by a timer due after MapLibre's own (set 100 ms from the same moment, just after
    // this listener runs): timers fire in deadline order, so while the count is above 0 MapLibre's
    // timer may still be pending. Elapsed time is no proof: a long task or a chain of microtasks can
    // hold every timer back (the kiosk's input storm switched gestures off 150 ms "later" while the
    // hint timer had not run, and it threw on the removed hint).
    const blocked = () => {
      this.hints++;
      setTimeout(() => (this.hints = Math.max(0, this.hints - 1)), 110);
    };
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
    this.offs.push(
      () => map.off('cooperativegestureprevented', blocked),
      () => map.off('click', click),
      () => map.off('mousemove', move),
    );
  }

  /** Cooperative gestures (the page scrolls over the map) or free ones (one finger, the wheel move the map). */
  setGestures(g: Gestures) {
    clearTimeout(this.timer);
    if (g === 'cooperative') {
      this.map.cooperativeGestures.enable();
      return;
    }
    // MapLibre hides its hint in a timer and throws if the hint's element is gone by then (disable()
    // removes it): switching off waits until no hint timer can be pending.
    if (this.hints > 0) this.timer = setTimeout(() => this.setGestures('free'), 120);
    else this.map.cooperativeGestures.disable();
  }

  /** Stops listening; `remove` (the map's removal, which removes the hint) runs once no hint timer is pending. */
  destroy(remove: () => void) {
    clearTimeout(this.timer);
    for (const off of this.offs) off();
    const later = () => (this.hints > 0 ? setTimeout(later, 120) : remove());
    later();
  }
}
