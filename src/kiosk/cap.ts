/**
 * Reports stay short whatever a settings file holds: a list of a million bad entries is named by its
 * first few and counted for the rest ("… and 999,997 more"), so checking it, logging it and showing
 * it on the staff screen stay fast. DOM-free (unit-tested).
 */

/** How many items of one kind a report names before it counts the rest. */
export const NAMED = 3;
/** How many problems the kiosk reports in all (console and staff screen). */
export const REPORTED = 20;

/** "999,997" — counts in reports, grouped for reading. */
export const count = (n: number) => n.toLocaleString('en-GB');

/**
 * Push `message(item)` for the first `named` of `items`, then one line for the rest, made by
 * `rest(n)`. Linear in the number of items; at most `named + 1` lines.
 */
export function pushCapped<T>(problems: string[], items: readonly T[], message: (item: T) => string, rest: (n: number) => string, named = NAMED) {
  for (let i = 0; i < Math.min(named, items.length); i++) problems.push(message(items[i]));
  if (items.length > named) problems.push(rest(items.length - named));
}

/** A list of names for a message: the first `named`, then "… and N more". */
export function nameSome<T>(items: readonly T[], show: (item: T) => string, named = NAMED): string {
  const head = items.slice(0, named).map(show).join(', ');
  return items.length > named ? `${head} … and ${count(items.length - named)} more` : head;
}

/** The whole report capped at `max` lines, the last saying how many were left out. */
export function capReport(problems: readonly string[], max = REPORTED): string[] {
  if (problems.length <= max) return [...problems];
  return [...problems.slice(0, max - 1), `… and ${count(problems.length - max + 1)} more problems with the settings.`];
}

/** The largest kiosk.json read (characters): real settings are a few hundred; a bigger file is refused unread. */
export const MAX_SETTINGS_CHARS = 1_000_000;

/** The problem with a settings text too long to be one, or null. Checked before parsing, so the page stays responsive. */
export function tooLong(text: string, where = 'kiosk.json'): string | null {
  if (text.length <= MAX_SETTINGS_CHARS) return null;
  return `${where}: ${count(text.length)} characters, more than a settings file can be (at most ${count(MAX_SETTINGS_CHARS)}); not read, using the defaults.`;
}
