/**
 * Kiosk settings: defaults in code, overridden by `kiosk.json` (served next to index.html; its source
 * is public/kiosk.json) and then by URL parameters (`?mode=kiosk&idle=120&lang=en&chapters=katyn`).
 * Every value is checked; a bad value is replaced by its default with a message that names the file,
 * the setting, what was expected and what was found. Pure and DOM-free (unit-tested).
 */

import { count, nameSome, pushCapped } from './cap.ts';
import { readMode } from '../config.ts';
import { KIOSK_DEFAULTS, LIFE_ID, isLanguageCode, kioskConfigSchema, kioskFileSchema, languageCode, pacingSchema, settingsShape, type KioskConfig, type KioskPacing } from './schema.ts';

export { KIOSK_DEFAULTS, type KioskConfig, type KioskPacing };

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
  /** Ids of the lives (src/lives/), to check "attractLives". */
  lives?: readonly string[];
}

export interface ConfigResult {
  config: KioskConfig;
  problems: string[];
}

/** The settings a file may hold, in the order of the schema ($comment is a note for whoever edits it). */
const TOP_KEYS = Object.keys(kioskFileSchema.shape);
const PACING_KEYS = Object.keys(pacingSchema.shape) as (keyof KioskPacing)[];

const show = (v: unknown) => {
  const s = typeof v === 'string' ? `"${v}"` : (JSON.stringify(v) ?? String(v));
  return s.length > 40 ? `${s.slice(0, 40)}…` : s;
};

interface Checker<T> {
  safeParse(v: unknown): { success: true; data: T } | { success: false; error: { issues: readonly { message: string }[] } };
}

/** One setting checked against its schema: its value, or the fallback with a report naming the rule broken. */
function checked<T>(where: string, key: string, schema: Checker<T>, v: unknown, fallback: T, problems: string[]): T {
  const r = schema.safeParse(v);
  if (r.success) return r.data;
  problems.push(`${where}: "${key}" ${r.error.issues[0]?.message ?? 'is not valid'}; found ${show(v)}, using ${show(fallback)}.`);
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
  const shape = settingsShape;
  for (const key of ['idleSeconds', 'promptSeconds', 'watchdogSeconds', 'nightlyReloadHour'] as const) {
    if (key in o) config[key] = checked(where, key, shape[key], o[key], base[key] ?? KIOSK_DEFAULTS[key], problems) as never;
  }
  if ('pacing' in o) {
    const p = o.pacing;
    if (typeof p !== 'object' || p === null || Array.isArray(p)) {
      problems.push(`${where}: "pacing" must be an object like {"wordsPerMinute": 140, "minSeconds": 12, "maxSeconds": 50}; found ${show(p)}, using the defaults.`);
    } else {
      const q = p as Record<string, unknown>;
      pushCapped(
        problems,
        Object.keys(q).filter((key) => !(PACING_KEYS as string[]).includes(key)),
        (key) => `${where}: unknown setting ${show(`pacing.${key}`)} (known: ${PACING_KEYS.join(', ')}); ignored.`,
        (n) => `${where}: … and ${count(n)} more unknown settings in "pacing"; ignored.`,
      );
      for (const key of PACING_KEYS) {
        if (key in q) config.pacing[key] = checked(where, `pacing.${key}`, pacingSchema.shape[key], q[key], base.pacing[key], problems);
      }
      // Each bound valid on its own, the two together must still make sense (the schema's cross-check).
      if (!pacingSchema.safeParse(config.pacing).success) {
        problems.push(
          `${where}: "pacing.minSeconds" (${config.pacing.minSeconds}) is more than "pacing.maxSeconds" (${config.pacing.maxSeconds}); using ${base.pacing.minSeconds} and ${base.pacing.maxSeconds}.`,
        );
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
      // One pass, a set for repeats: linear however long the list. Each entry gets the schema's
      // language-code rule as a plain test: building a zod issue for each of a million bad entries
      // takes seconds, and the report names only the first few anyway.
      const good = new Set<string>();
      const bad: unknown[] = [];
      for (const code of v) {
        if (isLanguageCode(code)) good.add(code);
        else bad.push(code);
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
  if ('startLanguage' in o) config.startLanguage = checked(where, 'startLanguage', languageCode, o.startLanguage, base.startLanguage, problems);
  if ('chapters' in o) config.chapters = chapters(where, o.chapters, known, base.chapters, problems);
  if ('attractLives' in o) {
    const v = o.attractLives;
    const ids = known.lives;
    if (!Array.isArray(v)) problems.push(`${where}: "attractLives" must be a list of life ids such as ["swianiewicz"], or []; found ${show(v)}, showing none.`);
    else {
      const shipped = ids && new Set(ids);
      const ok = (id: unknown): id is string => typeof id === 'string' && (shipped ? shipped.has(id) : LIFE_ID.test(id));
      const bad = v.filter((id) => !ok(id));
      if (bad.length) problems.push(`${where}: "attractLives" names lives that do not exist (${nameSome(bad, show)})${ids ? `; known: ${ids.join(', ')}` : ''}. They are left out.`);
      config.attractLives = [...new Set(v.filter(ok))];
    }
  }
  settle(config, known, where, problems);
  return { config, problems };
}

function chapters(where: string, v: unknown, known: KnownContent, fallback: string[] | null, problems: string[]): string[] | null {
  if (v === null) return null;
  const list =
    typeof v === 'string'
      ? v
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean)
      : v;
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
        speed = checked('the address', 'speed', kioskConfigSchema.shape.speed, value, base.speed, problems);
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
  return readMode(search).mode === 'kiosk';
}
