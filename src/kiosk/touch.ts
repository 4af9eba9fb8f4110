/**
 * The kiosk's touch gestures on the text panel and the screen: a horizontal swipe steps through the
 * story, five taps in the top-left corner within three seconds open the staff screen. Pure state
 * machines fed with pointer events (unit-testable without a DOM).
 */
type P = Pick<PointerEvent, 'clientX' | 'clientY' | 'timeStamp' | 'pointerId'>;

export class Swipe {
  private start: { x: number; y: number; t: number; id: number } | null = null;

  down(e: P) {
    this.start = { x: e.clientX, y: e.clientY, t: e.timeStamp, id: e.pointerId };
  }

  cancel() {
    this.start = null;
  }

  /** 1 for a swipe to the left (next), -1 to the right (back), 0 for no swipe. */
  up(e: P): -1 | 0 | 1 {
    const s = this.start;
    this.start = null;
    if (!s || s.id !== e.pointerId) return 0;
    const dx = e.clientX - s.x;
    const dy = e.clientY - s.y;
    if (Math.abs(dx) > 70 && Math.abs(dx) > 1.5 * Math.abs(dy) && e.timeStamp - s.t < 1200) return dx < 0 ? 1 : -1;
    return 0;
  }
}

export class CornerTaps {
  private taps: number[] = [];

  /** Whether this tap completes the staff gesture. */
  tap(e: P): boolean {
    if (e.clientX > 90 || e.clientY > 90) {
      this.taps = [];
      return false;
    }
    this.taps = [...this.taps.filter((t) => e.timeStamp - t < 3000), e.timeStamp];
    if (this.taps.length < 5) return false;
    this.taps = [];
    return true;
  }
}
