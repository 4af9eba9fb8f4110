/**
 * Lock-down for an unattended touch screen: no text selection, no context menu, no page zoom
 * (pinch, Ctrl + wheel, Ctrl + plus), no pull-to-refresh or swipe-back, no way off the page
 * (links to elsewhere are inert, window.open does nothing, browser shortcuts are swallowed).
 * The map keeps its own gestures: MapLibre handles pinch and drag on its canvas itself.
 * Chromium's --kiosk flag (scripts/kiosk.mjs) removes the browser's own interface.
 */

/** Whether a key press is a browser shortcut a visitor must not reach (reload, zoom, print, history, devtools…). */
export function isBlockedKey(e: { key: string; ctrlKey: boolean; metaKey: boolean; altKey: boolean; shiftKey?: boolean }, inField = false): boolean {
  const k = e.key.length === 1 ? e.key.toLowerCase() : e.key;
  if (['F1', 'F3', 'F5', 'F6', 'F7', 'F11', 'F12', 'BrowserBack', 'BrowserForward', 'BrowserRefresh', 'BrowserHome', 'BrowserSearch', 'ContextMenu'].includes(k)) return true;
  if (e.altKey && ['ArrowLeft', 'ArrowRight', 'Home', 'F4'].includes(k)) return true;
  if (e.ctrlKey || e.metaKey) {
    // Copy, paste and select-all stay usable in the search field; everything else with Ctrl is the browser's.
    if (inField && ['a', 'c', 'v', 'x', 'z', 'y', 'ArrowLeft', 'ArrowRight', 'Backspace', 'Delete'].includes(k)) return false;
    return true;
  }
  if (k === 'Backspace' && !inField) return true;
  return false;
}

const FIELD = new Set(['INPUT', 'TEXTAREA', 'SELECT']);
const inField = (t: EventTarget | null) => t instanceof HTMLElement && (FIELD.has(t.tagName) || t.isContentEditable);
const onMap = (t: EventTarget | null) => t instanceof Element && !!t.closest('.maplibregl-map');

/** Whether a link would take the visitor off this page (anything but a same-page #link or a blob download). */
export function leavesPage(href: string, here: string, opts: { download?: boolean; target?: string } = {}): boolean {
  let url: URL;
  try {
    url = new URL(href, here);
  } catch {
    return true;
  }
  if (opts.download && (url.protocol === 'blob:' || url.protocol === 'data:')) return false;
  if (opts.target && opts.target !== '_self') return true;
  const h = new URL(here);
  return url.origin !== h.origin || url.pathname !== h.pathname || url.search !== h.search;
}

/** Switch the lock-down on; returns the function that switches it off. */
export function lockDown(win: Window = window): () => void {
  const doc = win.document;
  const html = doc.documentElement;
  html.classList.add('kiosk-locked');
  const off: (() => void)[] = [() => html.classList.remove('kiosk-locked')];
  const on = <K extends keyof WindowEventMap>(type: K, fn: (e: WindowEventMap[K]) => void, opts: AddEventListenerOptions = { capture: true, passive: false }) => {
    win.addEventListener(type, fn as EventListener, opts);
    off.push(() => win.removeEventListener(type, fn as EventListener, opts));
  };

  // No page zoom: the viewport cannot be scaled (the map zooms itself).
  const meta = doc.querySelector<HTMLMetaElement>('meta[name=viewport]');
  const before = meta?.content;
  if (meta) meta.content = 'width=device-width, initial-scale=1, maximum-scale=1, minimum-scale=1, user-scalable=no, interactive-widget=overlays-content';
  off.push(() => meta && before !== undefined && (meta.content = before));

  on('contextmenu', (e) => e.preventDefault());
  on('selectstart', (e) => void (inField(e.target) || e.preventDefault()));
  on('dragstart', (e) => e.preventDefault());
  on('auxclick', (e) => e.preventDefault());
  // Pinch on anything but the map would zoom the page; a second finger elsewhere is ignored.
  on('touchmove', (e) => void (e.touches.length > 1 && !onMap(e.target) && e.preventDefault()));
  on('wheel', (e) => void (e.ctrlKey && !onMap(e.target) && e.preventDefault()));
  for (const type of ['gesturestart', 'gesturechange'] as const) {
    const fn = (e: Event) => e.preventDefault();
    doc.addEventListener(type, fn, { passive: false });
    off.push(() => doc.removeEventListener(type, fn));
  }
  on('keydown', (e) => {
    if (isBlockedKey(e, inField(e.target))) {
      e.preventDefault();
      e.stopPropagation();
    }
  });
  // Links: only same-page links (the contents) and downloads the staff screen makes go anywhere.
  on('click', (e) => {
    const a = e.target instanceof Element ? e.target.closest('a[href]') : null;
    if (a instanceof HTMLAnchorElement && leavesPage(a.href, win.location.href, { download: a.hasAttribute('download'), target: a.target })) e.preventDefault();
  });
  const open = win.open;
  win.open = () => null;
  off.push(() => (win.open = open));
  // Drag-and-drop of files onto the page would navigate to them.
  on('dragover', (e) => e.preventDefault());
  on('drop', (e) => e.preventDefault());

  return () => {
    for (const f of off.reverse()) f();
  };
}
