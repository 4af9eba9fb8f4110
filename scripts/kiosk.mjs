#!/usr/bin/env node
/**
 * Start the museum kiosk: serve the built app (dist/) on 127.0.0.1 and open it full screen in
 * Chromium's kiosk mode at ?mode=kiosk. Plain Node, no dependencies, no network beyond loopback.
 *
 *   npm run build && npm run kiosk                # or: node scripts/kiosk.mjs
 *   node scripts/kiosk.mjs --port 4173 --query "idle=120" --chromium /usr/bin/chromium
 *   node scripts/kiosk.mjs --dry-run              # print what would run, start nothing
 *   node scripts/kiosk.mjs --no-browser           # serve only (open the URL yourself)
 *
 * Keep the port fixed: the service worker's offline copy belongs to the origin (host and port), so
 * with the same port the kiosk starts even if this server is not running.
 * If Chromium exits (a crash, a GPU reset), it is started again after a few seconds.
 */
import http from 'node:http';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const flag = (name) => args.includes(`--${name}`);
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] !== undefined ? args[i + 1] : fallback;
};
if (flag('help')) {
  console.log(fs.readFileSync(fileURLToPath(import.meta.url), 'utf8').split('\n').slice(2, 15).map((l) => l.replace(/^ \*\/?\s?/, '')).join('\n'));
  process.exit(0);
}

const port = Number(option('port', process.env.KIOSK_PORT ?? '4173'));
const dist = path.resolve(root, option('dist', 'dist'));
const chromium = option('chromium', process.env.CHROMIUM_PATH ?? '/usr/bin/chromium');
const profile = path.resolve(option('profile', path.join(os.homedir(), '.local', 'share', 'storymap-kiosk')));
const extra = option('query', '');
const url = `http://127.0.0.1:${port}/?mode=kiosk${extra ? `&${extra.replace(/^[?&]/, '')}` : ''}`;

/** Chromium flags for an unattended touch screen. */
export const CHROMIUM_KIOSK_FLAGS = [
  '--kiosk', // full screen, no browser interface, no way out but a keyboard shortcut the page swallows
  '--noerrdialogs',
  '--disable-infobars',
  '--no-first-run',
  '--no-default-browser-check',
  '--disable-session-crashed-bubble',
  '--disable-pinch', // page pinch-zoom off (the map zooms itself)
  '--overscroll-history-navigation=0', // no swipe back or forward
  '--disable-features=Translate,TranslateUI,OverscrollHistoryNavigation,TouchpadOverscrollHistoryNavigation,MediaRouter',
  '--disable-background-networking', // offline: no update checks, no telemetry, no component downloads
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
  '--disable-extensions',
  '--disable-quic',
  '--check-for-update-interval=31536000',
  '--password-store=basic',
  '--deny-permission-prompts',
  '--disable-print-preview',
  '--autoplay-policy=no-user-gesture-required',
  `--user-data-dir=${profile}`,
];

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json',
};

if (flag('dry-run')) {
  console.log(`serve ${dist} at http://127.0.0.1:${port}/`);
  console.log([chromium, ...CHROMIUM_KIOSK_FLAGS, url].join(' \\\n  '));
  process.exit(0);
}
if (!fs.existsSync(path.join(dist, 'index.html'))) {
  console.error(`kiosk: ${path.relative(process.cwd(), dist) || dist}/index.html not found: build first with "npm run build".`);
  process.exit(1);
}

const server = http.createServer((req, res) => {
  let rel;
  try {
    rel = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
  } catch {
    res.writeHead(400).end();
    return;
  }
  if (rel.endsWith('/')) rel += 'index.html';
  const file = path.resolve(dist, `.${rel}`);
  if (!file.startsWith(dist + path.sep)) {
    res.writeHead(403).end();
    return;
  }
  fs.stat(file, (err, st) => {
    if (err || !st.isFile()) {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
      return;
    }
    // Hashed assets never change; the page, the worker and the settings must be checked each time.
    const hashed = rel.startsWith('/assets/');
    res.writeHead(200, {
      'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream',
      'Content-Length': st.size,
      'Cache-Control': hashed ? 'public, max-age=31536000, immutable' : 'no-cache',
      'X-Content-Type-Options': 'nosniff',
    });
    if (req.method === 'HEAD') res.end();
    else fs.createReadStream(file).pipe(res);
  });
});
server.on('error', (e) => {
  if (e.code === 'EADDRINUSE') console.error(`kiosk: port ${port} is in use (another kiosk server?). Choose another with --port, and keep it fixed.`);
  else console.error(`kiosk: server error: ${e.message}`);
  process.exit(1);
});

/** Chromium remembers a crash and offers to restore tabs; a kiosk must start clean every time. */
function markCleanExit() {
  const prefs = path.join(profile, 'Default', 'Preferences');
  try {
    const p = JSON.parse(fs.readFileSync(prefs, 'utf8'));
    p.profile = { ...p.profile, exit_type: 'Normal', exited_cleanly: true };
    fs.writeFileSync(prefs, JSON.stringify(p));
  } catch {
    /* first start: no profile yet */
  }
}

let browser = null;
let stopping = false;
function launch() {
  if (!fs.existsSync(chromium)) {
    console.error(`kiosk: Chromium not found at ${chromium}: install it ("sudo apt-get install -y chromium") or pass --chromium PATH.`);
    process.exit(1);
  }
  markCleanExit();
  console.log(`kiosk: starting Chromium at ${url}`);
  browser = spawn(chromium, [...CHROMIUM_KIOSK_FLAGS, url], { stdio: 'ignore' });
  browser.on('exit', (code, signal) => {
    browser = null;
    if (stopping) return;
    console.warn(`kiosk: Chromium exited (${signal ?? code}); starting it again in 3 s`);
    setTimeout(launch, 3000);
  });
}

server.listen(port, '127.0.0.1', () => {
  console.log(`kiosk: serving ${dist} at http://127.0.0.1:${port}/`);
  if (!flag('no-browser')) launch();
});

for (const sig of ['SIGINT', 'SIGTERM']) {
  process.on(sig, () => {
    stopping = true;
    browser?.kill('SIGTERM');
    server.close(() => process.exit(0));
    setTimeout(() => process.exit(0), 2000).unref();
  });
}
