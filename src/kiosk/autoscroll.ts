import { guard } from './timers.ts';

/**
 * A step text taller than its panel scrolls itself in the attract loop (nobody is there to scroll
 * it, and a touch would wake the kiosk): it rests at the top for a while, moves down to its end at
 * reading pace, and rests there before the loop moves on. Reduced motion: it turns a page at a time
 * instead of gliding. Returns a function that stops it.
 */
export function autoScroll(el: HTMLElement, o: { dwellMs: number; reduced: boolean; win?: Window }): () => void {
  const win = o.win ?? window;
  el.scrollTop = 0;
  const hold = o.dwellMs * 0.2;
  const travel = o.dwellMs * 0.65;
  let raf = 0;
  let timer = 0;
  const max = () => Math.max(0, el.scrollHeight - el.clientHeight);
  if (max() < 2) return () => {};
  if (o.reduced) {
    // Pages of 80 % of the panel, evenly spread over the travelling time.
    const pages = Math.max(1, Math.ceil(max() / (el.clientHeight * 0.8)));
    let page = 0;
    const turn = guard('autoscroll', () => {
      page++;
      el.scrollTop = Math.min(max(), (max() * page) / pages);
      if (page < pages) timer = win.setTimeout(turn, travel / pages);
    });
    timer = win.setTimeout(turn, hold);
  } else {
    let start = 0;
    const glide = guard('autoscroll', (t: number) => {
      if (!start) start = t;
      const f = Math.min(1, (t - start) / travel);
      el.scrollTop = max() * f;
      if (f < 1) raf = win.requestAnimationFrame(glide);
    });
    timer = win.setTimeout(() => (raf = win.requestAnimationFrame(glide)), hold);
  }
  return () => {
    win.clearTimeout(timer);
    win.cancelAnimationFrame(raf);
  };
}
