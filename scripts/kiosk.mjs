#!/usr/bin/env node
/**
 * Start the museum kiosk: serve the built app (dist/) on 127.0.0.1 and open it full screen in
 * Chromium's kiosk mode at ?mode=kiosk. Plain Node, no dependencies, no network beyond loopback.
 *
 *   npm run build && npm run kiosk                # or: node scripts/kiosk.mjs
 *   node scripts/kiosk.mjs --port 4173 --query "idle=120" --chromium /usr/bin/chromium
 *   node scripts/kiosk.mjs --dry-run              # print what would run, start nothing
 *   node scripts/kiosk.mjs --no-browser           # serve only (open the URL yourself)
 *   node scripts/kiosk.mjs --watchdog 30          # restart Chromium after 30 s without a heartbeat
 *   node scripts/kiosk.mjs --chromium-args "--headless=new --remote-debugging-port=9222"
 *
 * Keep the port fixed: the service worker's offline copy belongs to the origin (host and port), so
 * with the same port the kiosk starts even if this server is not running.
 * A supervisor: if Chromium exits (a crash, a GPU reset), it is started again after a few seconds;
 * and the page sends a heartbeat (POST /__kiosk/heartbeat) every few seconds, so a page whose main
 * thread hangs — which no in-page watchdog can notice — is seen here: with no heartbeat for
 * watchdogSeconds (--watchdog, else dist/kiosk.json's, else 30) Chromium is restarted. Each restart
 * is logged with its cause. Bad arguments stop with a message and exit code 2.
 */
import http from 'node:http';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const FLAGS = ['help', 'dry-run', 'no-browser'];
const OPTIONS = ['port', 'dist', 'chromium', 'profile', 'query', 'watchdog', 'chromium-args'];

/** Stop with a clear message (exit 2: a usage error). */
function usage(message) {
  console.error(`kiosk: ${message}\nkiosk: see "node scripts/kiosk.mjs --help".`);
  process.exit(2);
}

/** --name value, --name=value and flags; anything else is an error naming the argument. */
function parseArgs(argv) {
  const flags = new Set();
  const options = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const m = /^--([a-z-]+)(?:=(.*))?$/s.exec(a);
    if (!m) usage(`unexpected argument "${a.slice(0, 80)}" (options start with --).`);
    const [, name, inline] = m;
    if (FLAGS.includes(name)) {
      if (inline !== undefined) usage(`--${name} takes no value.`);
      flags.add(name);
    } else if (OPTIONS.includes(name)) {
      const value = inline ?? argv[i + 1];
      if (inline === undefined) i++;
      if (value === undefined || (inline === undefined && value.startsWith('--') && name !== 'chromium-args')) usage(`--${name} needs a value.`);
      if (name in options) usage(`--${name} is given twice.`);
      options[name] = value;
    } else usage(`unknown option "--${name.slice(0, 40)}" (known: ${[...FLAGS, ...OPTIONS].map((o) => `--${o}`).join(', ')}).`);
  }
  return { flags, options };
}

const { flags, options } = parseArgs(process.argv.slice(2));
const flag = (name) => flags.has(name);
const option = (name, fallback) => options[name] ?? fallback;
if (flag('help')) {
  console.log(
    fs
      .readFileSync(fileURLToPath(import.meta.url), 'utf8')
      .split('\n')
      .slice(2, 25)
      .map((l) => l.replace(/^ \*\/?\s?/, ''))
      .join('\n'),
  );
  process.exit(0);
}

const portText = String(option('port', process.env.KIOSK_PORT ?? '4173'));
if (!/^\d{1,5}$/.test(portText) || Number(portText) < 1 || Number(portText) > 65535) usage(`--port must be a whole number from 1 to 65535; found "${portText.slice(0, 40)}".`);
const port = Number(portText);
const dist = path.resolve(root, option('dist', 'dist'));
const chromium = option('chromium', process.env.CHROMIUM_PATH ?? '/usr/bin/chromium');
const profile = path.resolve(option('profile', path.join(os.homedir(), '.local', 'share', 'storymap-kiosk')));
const extra = option('query', '').replace(/^[?&]/, '');
if (/[\s#]/.test(extra)) usage(`--query must be URL parameters such as "idle=120&chapters=katyn" (no spaces, no #); found "${extra.slice(0, 60)}".`);
if (/(^|&)mode=/.test(extra)) usage('--query must not set "mode": the kiosk always opens ?mode=kiosk.');
const url = `http://127.0.0.1:${port}/?mode=kiosk${extra ? `&${extra}` : ''}`;
const chromiumArgs = option('chromium-args', '').split(/\s+/).filter(Boolean);
for (const a of chromiumArgs) if (!a.startsWith('--')) usage(`--chromium-args takes Chromium flags (each starting with --); found "${a.slice(0, 60)}".`);

/** watchdogSeconds: the option, else dist/kiosk.json's (as the page reads it: 10–3600), else 30. */
function watchdogFrom() {
  const given = option('watchdog');
  if (given !== undefined) {
    const n = Number(given);
    if (!/^\d+(\.\d+)?$/.test(given) || n < 10 || n > 3600) usage(`--watchdog must be a number of seconds from 10 to 3600; found "${given.slice(0, 40)}".`);
    return { seconds: n, from: '--watchdog' };
  }
  try {
    const n = JSON.parse(fs.readFileSync(path.join(dist, 'kiosk.json'), 'utf8')).watchdogSeconds;
    if (typeof n === 'number' && n >= 10 && n <= 3600) return { seconds: n, from: 'kiosk.json' };
  } catch {
    /* no file or not JSON: the page reports it on the staff screen */
  }
  return { seconds: 30, from: 'the default' };
}
const watchdog = watchdogFrom();
/** How often the page beats: several beats fit in the watchdog's time. */
const beatSeconds = Math.max(1, Math.min(5, Math.floor(watchdog.seconds / 4)));
/** A page that never beats after a start (a renderer that never came up) is restarted too, later. */
const startupSeconds = Math.max(120, 2 * watchdog.seconds);

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

/** What is missing to start: the same checks for --dry-run as for a real start. */
function missing() {
  const out = [];
  if (!fs.existsSync(path.join(dist, 'index.html'))) out.push(`${path.relative(process.cwd(), dist) || dist}/index.html not found: build first with "npm run build".`);
  if (!flag('no-browser') && !fs.existsSync(chromium)) out.push(`Chromium not found at ${chromium}: install it ("sudo apt-get install -y chromium") or pass --chromium PATH.`);
  return out;
}

if (flag('dry-run')) {
  console.log(`serve ${dist} at http://127.0.0.1:${port}/`);
  console.log(`watchdog: restart Chromium after ${watchdog.seconds} s without a heartbeat (from ${watchdog.from}); the page beats every ${beatSeconds} s`);
  if (!flag('no-browser')) console.log([chromium, ...CHROMIUM_KIOSK_FLAGS, ...chromiumArgs, url].join(' \\\n  '));
  const problems = missing();
  for (const m of problems) console.error(`kiosk: ${m}`);
  process.exit(problems.length ? 1 : 0);
}
const problems = missing();
if (problems.length) {
  for (const m of problems) console.error(`kiosk: ${m}`);
  process.exit(1);
}

/** The supervisor's view of the page: the last heartbeat of the Chromium now running. */
let lastBeat = 0;
let launchedAt = 0;

const server = http.createServer((req, res) => {
  if (req.url === '/__kiosk/heartbeat') {
    if (req.method !== 'POST') {
      res.writeHead(405, { Allow: 'POST' }).end();
      return;
    }
    req.resume();
    if (browser && !lastBeat) console.log(`kiosk: first heartbeat from the page, ${Math.round((Date.now() - launchedAt) / 1000)} s after the start; watching it (${watchdog.seconds} s)`);
    if (browser) lastBeat = Date.now();
    res.writeHead(204, { 'Cache-Control': 'no-store' }).end();
    return;
  }
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
      // Tells the page a supervisor listens: beat every so many seconds (src/kiosk/heartbeat.ts).
      'X-Kiosk-Heartbeat': String(beatSeconds),
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
/** Why the running Chromium is being stopped (a restart the supervisor asked for), or null. */
let cause = null;
let restarts = 0;
function launch() {
  markCleanExit();
  console.log(`kiosk: starting Chromium at ${url}`);
  lastBeat = 0;
  launchedAt = Date.now();
  const child = spawn(chromium, [...CHROMIUM_KIOSK_FLAGS, ...chromiumArgs, url], { stdio: 'ignore' });
  browser = child;
  child.on('exit', (code, signal) => {
    if (browser === child) browser = null;
    if (stopping) return;
    restarts++;
    const why = cause ?? `Chromium exited (${signal ?? code})`;
    cause = null;
    console.warn(`kiosk: restart ${restarts} at ${new Date().toISOString()}: ${why}; starting Chromium again in 3 s`);
    setTimeout(launch, 3000);
  });
}

/** Stop a Chromium that hangs: politely, then for good (a hung renderer may ignore the first). */
function restart(why) {
  const child = browser;
  if (!child || cause) return;
  cause = why;
  console.warn(`kiosk: ${why}: stopping Chromium to start it again`);
  child.kill('SIGTERM');
  setTimeout(() => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  }, 5000).unref();
}

// The watchdog: once a second, compare the last heartbeat with watchdogSeconds.
setInterval(() => {
  if (!browser || cause) return;
  const now = Date.now();
  if (lastBeat && now - lastBeat > watchdog.seconds * 1000) restart(`no heartbeat from the page for ${Math.round((now - lastBeat) / 1000)} s (watchdogSeconds ${watchdog.seconds}): the page hangs`);
  else if (!lastBeat && now - launchedAt > startupSeconds * 1000) restart(`no heartbeat from the page ${startupSeconds} s after Chromium started: the page never came up`);
}, 1000).unref();

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
