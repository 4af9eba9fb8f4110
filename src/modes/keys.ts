/**
 * The one key map for moving through the story, shared by the scroll story and the kiosk:
 * arrows and Page Up/Down step, Home and End go to the ends. Keys typed into a field, a dialog or
 * with a modifier are left alone. Pure and DOM-light.
 */
export type StepMove = 'next' | 'prev' | 'first' | 'last';

const KEYS: Readonly<Record<string, StepMove>> = {
  ArrowDown: 'next',
  ArrowRight: 'next',
  PageDown: 'next',
  ArrowUp: 'prev',
  ArrowLeft: 'prev',
  PageUp: 'prev',
  Home: 'first',
  End: 'last',
};

/** The step move a key press means, or null (another key, a modifier, typing in a field or a dialog). */
export function stepMove(e: Pick<KeyboardEvent, 'key' | 'altKey' | 'ctrlKey' | 'metaKey' | 'defaultPrevented' | 'target'>): StepMove | null {
  if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey) return null;
  const t = e.target as HTMLElement | null;
  if (t && (t.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(t.tagName) || t.closest?.('dialog'))) return null;
  return KEYS[e.key] ?? null;
}

/** The index a move leads to among `count` steps from `at` (clamped). */
export function moveIndex(move: StepMove, at: number, count: number): number {
  const i = move === 'next' ? at + 1 : move === 'prev' ? at - 1 : move === 'first' ? 0 : count - 1;
  return Math.max(0, Math.min(count - 1, i));
}
