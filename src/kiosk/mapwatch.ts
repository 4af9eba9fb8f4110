/**
 * The map's health, for the kiosk and its staff screen. The story plays without the map when it has
 * to (its text does not need it): a map that never loads (no WebGL, a lost or refused MapLibre
 * worker) or whose graphics are lost and never come back is "down", said once in the log and on
 * the staff screen. A lost WebGL context is given CONTEXT_WAIT to come back, then the page reloads —
 * at most once an hour, so graphics that are gone for good cost one reload, never a reload loop.
 */
import type { MapController } from '../map/controller.ts';
import type { CounterStore } from './counters.ts';
import { guard } from './timers.ts';
import { mayReload } from './reload.ts';

export type MapHealth = { state: 'loading' | 'ok' | 'lost' | 'down'; why?: string };

let health: MapHealth = { state: 'loading' };

export const mapHealth = (): MapHealth => ({ ...health });

function down(why: string) {
  if (health.state === 'down' && health.why === why) return;
  health = { state: 'down', why };
  console.warn(`[kiosk] the map is down (${why}): the story plays as text alone`);
}

/** Called when the kiosk stops waiting for the map: if it has not loaded, it is down. */
export function mapDidNotLoad(seconds: number) {
  if (health.state === 'loading') down(`it did not load within ${seconds} s`);
}

/**
 * Follow the map: `ready` when it has loaded; a lost context is counted and given `waitMs` to come
 * back before `reload` (unless one was done for that within the hour: then the map is down).
 */
export function watchMap(win: Window, c: MapController, o: { counters: CounterStore; waitMs: number; ready: () => void; reload: (reason: string) => void }): () => void {
  let timer = 0;
  const offReady = c.on('ready', () => {
    if (health.state !== 'lost') health = { state: 'ok' };
    o.ready();
  });
  const offContext = c.on('context', (lost) => {
    win.clearTimeout(timer);
    if (!lost) {
      o.counters.add('contextRestores');
      health = { state: 'ok' };
      return;
    }
    o.counters.add('contextLosses');
    health = { state: 'lost' };
    timer = win.setTimeout(
      guard('map context', () => {
        if (mayReload(win, 'unrestored-context')) o.reload('unrestored-context');
        else down('its graphics (WebGL) were lost and did not come back, not even after a reload');
      }),
      o.waitMs,
    );
  });
  return () => {
    offReady();
    offContext();
    win.clearTimeout(timer);
  };
}
