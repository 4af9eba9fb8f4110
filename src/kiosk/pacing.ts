/**
 * How long the attract loop keeps a step on screen: long enough to read its text standing, counted
 * from when the step's map has settled (flights and route reveals come on top). Pure.
 */
import type { KioskPacing } from './config.ts';

/** Words in a step's text (HTML tags removed; numbers and dates count as words). */
export function wordCount(title: string, html: string): number {
  const text = `${title} ${html.replace(/<[^>]*>/g, ' ').replace(/&[a-z#0-9]+;/gi, ' ')}`;
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** Seconds to keep a step of `words` words on screen, before any time-lapse. */
export function dwellSeconds(words: number, pacing: KioskPacing): number {
  // A glance at the map and the title first (3 s), then the words at reading speed.
  const reading = 3 + (words / pacing.wordsPerMinute) * 60;
  return Math.min(pacing.maxSeconds, Math.max(pacing.minSeconds, Math.round(reading * 10) / 10));
}

/** Milliseconds for a step, with the kiosk's time-lapse factor applied. */
export function dwellMs(step: { title: string; html: string }, pacing: KioskPacing, speed = 1): number {
  return (dwellSeconds(wordCount(step.title, step.html), pacing) * 1000) / speed;
}
