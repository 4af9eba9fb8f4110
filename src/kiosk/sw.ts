/**
 * The service worker, registered by the kiosk only. It is generated at build time by vite-plugin-pwa
 * (workbox generateSW, see vite.config.ts): it precaches every file of the build, so the kiosk
 * starts and reloads with the server gone. A new build is fetched in the background and waits
 * (no skipWaiting); the kiosk switches to it at its next reset, never during a visit.
 *
 * Why the kiosk only: a kiosk must boot with no server; a reader on the web gets the same files
 * from the HTTP cache and gains nothing from a worker that would hold an old version until every tab
 * is closed. It also keeps the other end-to-end tests free of a worker's background downloads.
 */

let registration: ServiceWorkerRegistration | null = null;

export type WorkerStatus = 'unsupported' | 'dev' | 'registering' | 'active' | 'failed';
let status: WorkerStatus = 'registering';

export function workerStatus(): { status: WorkerStatus; controlled: boolean; waiting: boolean } {
  return { status, controlled: !!navigator.serviceWorker?.controller, waiting: !!registration?.waiting };
}

export async function registerWorker(): Promise<ServiceWorkerRegistration | null> {
  if (!('serviceWorker' in navigator)) {
    status = 'unsupported';
    return null;
  }
  // The dev server has no generated worker (and must not cache modules being edited). Not
  // import.meta.env.DEV: a build made under the test runner (NODE_ENV=test) has DEV set too.
  if (import.meta.hot) {
    status = 'dev';
    return null;
  }
  try {
    registration = await navigator.serviceWorker.register(new URL('./sw.js', document.baseURI).href, { scope: new URL('./', document.baseURI).href });
    await navigator.serviceWorker.ready;
    status = 'active';
    // On the first start the worker takes the page over as it activates (clientsClaim); then fetch the
    // settings once through it, so its network-first cache holds them for a start without the server.
    if (!navigator.serviceWorker.controller) {
      await new Promise((ok) => {
        navigator.serviceWorker.addEventListener('controllerchange', ok, { once: true });
        setTimeout(ok, 10_000);
      });
    }
    if (navigator.serviceWorker.controller) await fetch(new URL('./kiosk.json', document.baseURI), { cache: 'no-cache' }).catch(() => {});
    return registration;
  } catch (e) {
    status = 'failed';
    console.warn(`[kiosk] the offline cache could not be set up: ${(e as Error).message}`);
    return null;
  }
}

/**
 * At a reset: look for a new build (quietly failing with no server), and if one has finished
 * installing, switch to it. Returns true when the page is about to reload into the new build.
 */
export async function takeUpdateAtReset(onReload: () => void): Promise<boolean> {
  const reg = registration;
  if (!reg) return false;
  const waiting = reg.waiting;
  // Check for the next update in the background; it is taken at a later reset.
  reg.update().catch(() => {});
  if (!waiting || !navigator.serviceWorker.controller) return false;
  navigator.serviceWorker.addEventListener('controllerchange', () => onReload(), { once: true });
  waiting.postMessage({ type: 'SKIP_WAITING' });
  return true;
}
