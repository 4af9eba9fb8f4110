/**
 * Reproducible randomness for the storms and the soak benchmark: mulberry32, the same seed giving the
 * same sequence. Code run in the page (page.evaluate) cannot import it; it is given numbers drawn
 * here instead (`draw`).
 */

/** A generator of numbers in [0, 1), seeded. */
export function seeded(seed: number): () => number {
  let s = seed;
  return () => {
    s |= 0;
    s = (s + 0x6d2b79f5) | 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `n` numbers from a generator, for code in the page to take one by one. */
export const draw = (rand: () => number, n: number): number[] => Array.from({ length: n }, rand);
