/**
 * Reading kiosk.json from next to index.html: the parsed value (or undefined when there is none),
 * what went wrong reading it, and the heartbeat the kiosk server asks for (scripts/kiosk.mjs sends
 * it as a response header). Checking the value is config.ts's job.
 */
import { tooLong } from './cap.ts';
import { beatSeconds, HEARTBEAT_HEADER } from './heartbeat.ts';

export async function fetchKioskJson(): Promise<{ raw: unknown; found: string[]; beat: number | null }> {
  let raw: unknown;
  let beat: number | null = null;
  const found: string[] = [];
  try {
    const res = await fetch(new URL('./kiosk.json', document.baseURI), { cache: 'no-cache' });
    beat = beatSeconds(res.headers.get(HEARTBEAT_HEADER));
    if (res.ok) {
      const text = await res.text();
      const long = tooLong(text);
      if (long) found.push(long);
      else {
        try {
          raw = JSON.parse(text);
        } catch (e) {
          found.push(`kiosk.json: not valid JSON (${(e as Error).message.slice(0, 200)}); using the defaults.`);
        }
      }
    } else if (res.status !== 404) found.push(`kiosk.json: could not be read (HTTP ${res.status}); using the defaults.`);
  } catch {
    found.push('kiosk.json: could not be read; using the defaults.');
  }
  return { raw, found, beat };
}
