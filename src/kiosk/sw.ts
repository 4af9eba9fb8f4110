/**
 * The service worker, registered by the kiosk only, through vite-plugin-pwa's `virtual:pwa-register`
 * (workbox-window). It is generated at build time by vite-plugin-pwa (workbox generateSW, see
 * vite.config.ts): it precaches every file of the build, so the kiosk
 * starts and reloads with the server gone. A new build is fetched in the background and waits
 * (no skipWaiting); the kiosk switches to it at its next reset, never during a visit.
 *
 * Why the kiosk only: a kiosk must boot with no server; a reader on the web gets the same files
 * from the HTTP cache and gains nothing from a worker that would hold an old version until every tab
 * is closed. It also keeps the other end-to-end tests free of a worker's background downloads.
 */

import { registerSW } from 'virtual:pwa-register';

let registration: ServiceWorkerRegistration | null = null;
/** vite-plugin-pwa's update call: tells the waiting worker to take over (then `onNeedReload`). */
let update: ((reload?: boolean) => Promise<void>) | null = null;
/** What to do once the new worker controls the page (set at the reset that takes the update). */
let onNewWorker: (() => void) | null = null;

export type WorkerStatus = 'unsupported' | 'dev' | 'registering' | 'active' | 'failed';
let status: WorkerStatus = 'registering';

export function workerStatus(): { status: WorkerStatus; controlled: boolean; waiting: boolean } {
  return { status, controlled: !!navigator.serviceWorker?.controller, waiting: !!registration?.waiting };
}

/** Register through vite-plugin-pwa's `virtual:pwa-register` (workbox-window): the worker's address and scope are the build's. */
function register(): Promise<ServiceWorkerRegistration> {
  return new Promise((resolve, reject) => {
    update = registerSW({
      immediate: true,
      onRegisteredSW: (_url, reg) => (reg ? resolve(reg) : reject(new Error('no registration'))),
      onRegisterError: (e: unknown) => reject(e instanceof Error ? e : new Error(String(e))),
      // A new build waits (registerType "prompt"); it is taken at a reset, which then reloads.
      onNeedRefresh: () => {},
      onNeedReload: () => onNewWorker?.(),
    });
  });
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
    registration = await register();
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
  if (!waiting || !navigator.serviceWorker.controller || !update) return false;
  // Once: the plugin calls onNeedReload when the new worker controls the page; controllerchange is
  // the same moment seen directly, in case workbox-window did not see the worker arrive.
  let done = false;
  onNewWorker = () => {
    if (done) return;
    done = true;
    onReload();
  };
  navigator.serviceWorker.addEventListener('controllerchange', () => onNewWorker?.(), { once: true });
  void update();
  return true;
}
