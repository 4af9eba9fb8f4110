/**
 * Kiosk settings: defaults in code, overridden by `kiosk.json` (served next to index.html; its source
 * is public/kiosk.json) and then by URL parameters (`?mode=kiosk&idle=120&lang=en&chapters=katyn`).
 * Every value is checked; a bad value is replaced by its default with a message that names the file,
 * the setting, what was expected and what was found. Pure and DOM-free (unit-tested).
 */

import { count, nameSome, pushCapped } from './cap.ts';

export interface KioskPacing {
  /** Reading speed for the attract loop, standing in a hall (words per minute). */
  wordsPerMinute: number;
  /** Shortest time a step stays on screen in the attract loop (seconds, after its map has settled). */
  minSeconds: number;
  /** Longest time a step stays on screen in the attract loop (seconds). */
  maxSeconds: number;
}

export interface KioskConfig {
  /** Seconds without a touch before "Are you still there?" appears. */
  idleSeconds: number;
  /** Seconds the prompt counts down before the kiosk resets to the attract loop (at least 20). */
  promptSeconds: number;
  pacing: KioskPacing;
  /** Language codes the language switch lists, in order. Only languages with a story text can be chosen. */
  languages: string[];
  /** The language the kiosk starts in and returns to at each reset. */
  startLanguage: string;
  /** Chapter ids the kiosk shows (attract loop, step buttons, contents); null = every chapter. */
  chapters: string[] | null;
  /** Hour (0–23, local time) of a nightly reload, done at the next return to the attract loop; null = never. */
  nightlyReloadHour: number | null;
  /** Reload the page when no frame has been drawn for this many seconds. */
  watchdogSeconds: number;
  /**
   * Time-lapse factor for every kiosk timer except the watchdog and the nightly reload. 1 in a
   * museum; tests and the soak benchmark use 10–100. URL only (`speed=`), never in kiosk.json.
   */
  speed: number;
}

export const KIOSK_DEFAULTS: KioskConfig = {
  idleSeconds: 90,
  promptSeconds: 30,
  pacing: { wordsPerMinute: 140, minSeconds: 12, maxSeconds: 50 },
  languages: ['en'],
  startLanguage: 'en',
  chapters: null,
  nightlyReloadHour: 4,
  watchdogSeconds: 30,
  speed: 1,
};

/** Names of languages in themselves, for the language switch. */
export const LANGUAGE_NAMES: Record<string, string> = {
  en: 'English',
  pl: 'Polski',
  uk: 'Українська',
  be: 'Беларуская',
  lt: 'Lietuvių',
  lv: 'Latviešu',
  et: 'Eesti',
  fi: 'Suomi',
  ro: 'Română',
  de: 'Deutsch',
  ru: 'Русский',
  fr: 'Français',
};

export interface KnownContent {
  /** Chapter ids of the story. */
  chapters: readonly string[];
  /** Languages that have a story text (today: en). */
  available: readonly string[];
}

export interface ConfigResult {
  config: KioskConfig;
  problems: string[];
}

type Range = { min: number; max: number; integer?: boolean };
const RANGES = {
  idleSeconds: { min: 15, max: 3600 },
  promptSeconds: { min: 20, max: 600 },
  wordsPerMinute: { min: 40, max: 600 },
  minSeconds: { min: 2, max: 300 },
  maxSeconds: { min: 2, max: 1800 },
  nightlyReloadHour: { min: 0, max: 23, integer: true },
  watchdogSeconds: { min: 10, max: 3600 },
  speed: { min: 1, max: 1000 },
} satisfies Record<string, Range>;

const TOP_KEYS = ['$comment', 'idleSeconds', 'promptSeconds', 'pacing', 'languages', 'startLanguage', 'chapters', 'nightlyReloadHour', 'watchdogSeconds'];
const PACING_KEYS = ['wordsPerMinute', 'minSeconds', 'maxSeconds'];
const LANG = /^[a-z]{2,3}$/;

const show = (v: unknown) => {
  const s = typeof v === 'string' ? `"${v}"` : JSON.stringify(v) ?? String(v);
  return s.length > 40 ? `${s.slice(0, 40)}…` : s;
};

function number(where: string, key: string, v: unknown, range: Range, fallback: number, problems: string[]): number {
  const n = typeof v === 'string' && v.trim() !== '' ? Number(v) : v;
  if (typeof n === 'number' && Number.isFinite(n) && n >= range.min && n <= range.max && (!range.integer || Number.isInteger(n))) return n;
  const what = range.integer ? 'a whole number' : 'a number';
  problems.push(`${where}: "${key}" must be ${what} from ${range.min} to ${range.max}; found ${show(v)}, using ${fallback}.`);
  return fallback;
}

/**
 * Check a kiosk.json value (already parsed as JSON) against the defaults. Unknown settings,
 * wrong types and values out of range are reported and replaced by the defaults.
 */
export function parseKioskConfig(raw: unknown, known: KnownContent, where = 'kiosk.json', base: KioskConfig = KIOSK_DEFAULTS): ConfigResult {
  const problems: string[] = [];
  const config: KioskConfig = structuredClone(base);
  if (raw === undefined || raw === null) return { config, problems };
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    problems.push(`${where}: must be a JSON object of settings; found ${show(raw)}. Using the defaults.`);
    return { config, problems };
  }
  const o = raw as Record<string, unknown>;
  pushCapped(
    problems,
    Object.keys(o).filter((key) => !TOP_KEYS.includes(key)),
    (key) => `${where}: unknown setting ${show(key)} (known: ${TOP_KEYS.slice(1).join(', ')}); ignored.`,
    (n) => `${where}: … and ${count(n)} more unknown settings; ignored.`,
  );
  if ('idleSeconds' in o) config.idleSeconds = number(where, 'idleSeconds', o.idleSeconds, RANGES.idleSeconds, base.idleSeconds, problems);
  if ('promptSeconds' in o) config.promptSeconds = number(where, 'promptSeconds', o.promptSeconds, RANGES.promptSeconds, base.promptSeconds, problems);
  if ('watchdogSeconds' in o) config.watchdogSeconds = number(where, 'watchdogSeconds', o.watchdogSeconds, RANGES.watchdogSeconds, base.watchdogSeconds, problems);
  if ('nightlyReloadHour' in o) {
    config.nightlyReloadHour = o.nightlyReloadHour === null ? null : number(where, 'nightlyReloadHour', o.nightlyReloadHour, RANGES.nightlyReloadHour, base.nightlyReloadHour ?? 4, problems);
  }
  if ('pacing' in o) {
    const p = o.pacing;
    if (typeof p !== 'object' || p === null || Array.isArray(p)) {
      problems.push(`${where}: "pacing" must be an object like {"wordsPerMinute": 140, "minSeconds": 12, "maxSeconds": 50}; found ${show(p)}, using the defaults.`);
    } else {
      const q = p as Record<string, unknown>;
      pushCapped(
        problems,
        Object.keys(q).filter((key) => !PACING_KEYS.includes(key)),
        (key) => `${where}: unknown setting ${show(`pacing.${key}`)} (known: ${PACING_KEYS.join(', ')}); ignored.`,
        (n) => `${where}: … and ${count(n)} more unknown settings in "pacing"; ignored.`,
      );
      for (const key of PACING_KEYS as (keyof KioskPacing)[]) {
        if (key in q) config.pacing[key] = number(where, `pacing.${key}`, q[key], RANGES[key], base.pacing[key], problems);
      }
      if (config.pacing.minSeconds > config.pacing.maxSeconds) {
        problems.push(`${where}: "pacing.minSeconds" (${config.pacing.minSeconds}) is more than "pacing.maxSeconds" (${config.pacing.maxSeconds}); using ${base.pacing.minSeconds} and ${base.pacing.maxSeconds}.`);
        config.pacing.minSeconds = base.pacing.minSeconds;
        config.pacing.maxSeconds = base.pacing.maxSeconds;
      }
    }
  }
  if ('languages' in o) {
    const v = o.languages;
    if (!Array.isArray(v) || !v.length) {
      problems.push(`${where}: "languages" must be a list of language codes such as ["en", "pl"]; found ${show(v)}, using ${show(base.languages)}.`);
    } else {
      // One pass, a set for repeats: linear however long the list; the bad entries are named by their first few.
      const good = new Set<string>();
      const bad: unknown[] = [];
      for (const code of v) {
        if (typeof code !== 'string' || !LANG.test(code)) bad.push(code);
        else good.add(code);
      }
      pushCapped(
        problems,
        bad,
        (code) => `${where}: "languages" has ${show(code)}, which is not a language code (two or three lower-case letters, e.g. "pl"); ignored.`,
        (n) => `${where}: "languages" has … and ${count(n)} more entries that are not language codes; ignored.`,
      );
      if (good.size) config.languages = [...good];
    }
  }
  if ('startLanguage' in o) {
    if (typeof o.startLanguage === 'string' && LANG.test(o.startLanguage)) config.startLanguage = o.startLanguage;
    else problems.push(`${where}: "startLanguage" must be a language code such as "en"; found ${show(o.startLanguage)}, using "${base.startLanguage}".`);
  }
  if ('chapters' in o) config.chapters = chapters(where, o.chapters, known, base.chapters, problems);
  settle(config, known, where, problems);
  return { config, problems };
}

function chapters(where: string, v: unknown, known: KnownContent, fallback: string[] | null, problems: string[]): string[] | null {
  if (v === null) return null;
  const list = typeof v === 'string' ? v.split(',').map((s) => s.trim()).filter(Boolean) : v;
  if (!Array.isArray(list)) {
    problems.push(`${where}: "chapters" must be a list of chapter ids, or null for all; found ${show(v)}, using ${fallback ? 'the default list' : 'all chapters'}.`);
    return fallback;
  }
  const ids = new Set(known.chapters);
  const good = new Set(list.filter((c): c is string => typeof c === 'string' && ids.has(c)));
  const bad = list.filter((c) => !(typeof c === 'string' && ids.has(c)));
  if (bad.length) problems.push(`${where}: "chapters" names chapters that do not exist (${nameSome(bad, show)}); known: ${known.chapters.join(', ')}. They are left out.`);
  if (!good.size) {
    problems.push(`${where}: "chapters" leaves no chapter to show; showing all chapters.`);
    return null;
  }
  // Story order, whatever order the list gives.
  return known.chapters.filter((c) => good.has(c));
}

/** Cross-checks: the start language must be offered and have a story text. */
function settle(config: KioskConfig, known: KnownContent, where: string, problems: string[]) {
  const unavailable = config.languages.filter((l) => !known.available.includes(l));
  for (const l of unavailable) {
    if (!LANGUAGE_NAMES[l]) problems.push(`${where}: language "${l}" has no known name; it is listed by its code.`);
  }
  if (!known.available.includes(config.startLanguage)) {
    const first = config.languages.find((l) => known.available.includes(l)) ?? known.available[0];
    problems.push(`${where}: "startLanguage" "${config.startLanguage}" has no story text yet (available: ${known.available.join(', ')}); starting in "${first}".`);
    config.startLanguage = first;
  }
  if (!config.languages.includes(config.startLanguage)) config.languages = [config.startLanguage, ...config.languages];
}

/**
 * URL parameters a kiosk may be started with (they override kiosk.json):
 * `idle`, `prompt` (seconds), `lang`, `chapters` (comma-separated ids), `nightly` (hour or `off`),
 * `speed` (time-lapse for tests), `staff=1` (the staff screen). `mode` is the app's.
 */
export function parseKioskParams(search: string, known: KnownContent, base: KioskConfig): ConfigResult & { staff: boolean } {
  const params = new URLSearchParams(search);
  const problems: string[] = [];
  const raw: Record<string, unknown> = {};
  let staff = false;
  let speed = base.speed;
  const unknown: string[] = [];
  for (const [key, value] of params) {
    switch (key) {
      case 'mode':
      case 'debug': // the debug surface (src/map/debug.ts), read there
        break;
      case 'idle':
        raw.idleSeconds = value;
        break;
      case 'prompt':
        raw.promptSeconds = value;
        break;
      case 'lang':
        raw.startLanguage = value;
        break;
      case 'chapters':
        raw.chapters = value;
        break;
      case 'nightly':
        raw.nightlyReloadHour = value === 'off' ? null : value;
        break;
      case 'speed':
        speed = number('the address', 'speed', value, RANGES.speed, base.speed, problems);
        break;
      case 'staff':
        staff = value === '1' || value === 'true';
        break;
      default:
        unknown.push(key);
    }
  }
  pushCapped(
    problems,
    unknown,
    (key) => `the address: unknown kiosk parameter ${show(key)} (known: idle, prompt, lang, chapters, nightly, speed, staff); ignored.`,
    (n) => `the address: … and ${count(n)} more unknown kiosk parameters; ignored.`,
  );
  const r = parseKioskConfig(raw, known, 'the address', base);
  r.config.speed = speed;
  return { config: r.config, problems: [...problems, ...r.problems], staff };
}

/** Whether the address asks for kiosk mode (`?mode=kiosk`). */
export function isKioskUrl(search: string): boolean {
  return new URLSearchParams(search).get('mode') === 'kiosk';
}
