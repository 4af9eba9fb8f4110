/**
 * The heartbeat for scripts/kiosk.mjs's supervisor. The in-page watchdog (heal.ts) cannot fire
 * while the page's main thread is busy; the supervisor outside can. The kiosk server marks its
 * responses with `X-Kiosk-Heartbeat: <seconds>`; a page served so POSTs `__kiosk/heartbeat` (same
 * origin: the CSP's connect-src 'self') that often, from a timer on the main thread — a hung page
 * stops beating and the supervisor restarts Chromium. Served by anything else (vite preview, a
 * static host, the service worker's copy without that header), the page does not beat.
 */

import { every, guard } from './timers.ts';

export const HEARTBEAT_HEADER = 'X-Kiosk-Heartbeat';

/** Seconds between beats the server asks for, or null (no supervisor, or a value that is not 1–60). */
export function beatSeconds(header: string | null): number | null {
  if (header === null || !/^\d{1,2}$/.test(header.trim())) return null;
  const n = Number(header.trim());
  return n >= 1 && n <= 60 ? n : null;
}

/** Beat every `seconds` (now, then on a timer). Failures are ignored: the supervisor counts silence. */
export function startHeartbeat(win: Window, seconds: number, send?: () => Promise<unknown>): () => void {
  const post = send ?? (() => win.fetch(new URL('./__kiosk/heartbeat', win.document.baseURI), { method: 'POST', cache: 'no-store', keepalive: true }));
  const beat = guard('heartbeat', () => void post().catch(() => {}));
  beat();
  return every(win, 'heartbeat', seconds * 1000, beat);
}
