/**
 * The kiosk.json contract, once: a zod schema per setting with its limits and default, from which the
 * TypeScript type (KioskConfig), the defaults (KIOSK_DEFAULTS) and every rule in the problem reports
 * come. config.ts reads a file setting by setting against it, so one bad value falls back alone.
 * README.md's settings table is checked against it (tests/unit/contracts.test.ts).
 *
 * zod/mini: it ships in the app (the kiosk reads its settings in the browser), and mini is the
 * tree-shakable build; it never compiles code at run time, which the page's CSP would refuse.
 */
import { z } from 'zod/mini';

export interface Limit {
  min: number;
  max: number;
  integer?: boolean;
}

/** The limits of every number a kiosk may be given (kiosk.json or the address). */
export const LIMITS = {
  idleSeconds: { min: 15, max: 3600 },
  promptSeconds: { min: 20, max: 600 },
  wordsPerMinute: { min: 40, max: 600 },
  minSeconds: { min: 2, max: 300 },
  maxSeconds: { min: 2, max: 1800 },
  nightlyReloadHour: { min: 0, max: 23, integer: true },
  watchdogSeconds: { min: 10, max: 3600 },
  speed: { min: 1, max: 1000 },
} as const satisfies Record<string, Limit>;

/** Two or three lower-case letters (ISO 639), e.g. "pl". */
export const LANGUAGE_CODE = /^[a-z]{2,3}$/;
/** A life's id (src/lives/<id>.yaml), when the shipped lives are not known. */
export const LIFE_ID = /^[a-z0-9-]+$/;

/** The rule a number breaks, in the words of the reports: `must be a number from 15 to 3600`. */
export const rule = (l: Limit) => `must be ${l.integer ? 'a whole number' : 'a number'} from ${l.min} to ${l.max}`;

/**
 * A number within its limits. The address gives numbers as text ("120"), which counts when it is not
 * blank; every issue carries the rule, so a report says what was expected whatever was found.
 */
export function bounded(l: Limit) {
  const error = rule(l);
  const text = z.pipe(
    z.string(),
    z.transform((s) => (s.trim() === '' ? Number.NaN : Number(s))),
  );
  const number = l.integer ? z.int({ error }) : z.number({ error });
  return z.pipe(z.union([z.number({ error }), text], { error }), number.check(z.minimum(l.min, { error }), z.maximum(l.max, { error })));
}

/** Whether a value is a language code — the same rule as `languageCode`, as a plain test for lists of any length. */
export const isLanguageCode = (v: unknown): v is string => typeof v === 'string' && LANGUAGE_CODE.test(v);
export const languageCode = z.string().check(z.regex(LANGUAGE_CODE, 'must be a language code (two or three lower-case letters, e.g. "pl")'));

export const pacingSchema = z
  .strictObject({
    /** Reading speed for the attract loop, standing in a hall (words per minute). */
    wordsPerMinute: z._default(bounded(LIMITS.wordsPerMinute), 140),
    /** Shortest time a step stays on screen in the attract loop (seconds, after its map has settled). */
    minSeconds: z._default(bounded(LIMITS.minSeconds), 12),
    /** Longest time a step stays on screen in the attract loop (seconds). */
    maxSeconds: z._default(bounded(LIMITS.maxSeconds), 50),
  })
  .check(z.refine((p) => p.minSeconds <= p.maxSeconds, { error: '"minSeconds" must not be more than "maxSeconds"', path: ['minSeconds'] }));

/** What kiosk.json may set (every setting optional; each has its default). */
export const settingsShape = {
  /** Seconds without a touch before "Are you still there?" appears. */
  idleSeconds: z._default(bounded(LIMITS.idleSeconds), 90),
  /** Seconds the prompt counts down before the kiosk resets to the attract loop (at least 20). */
  promptSeconds: z._default(bounded(LIMITS.promptSeconds), 30),
  pacing: z.prefault(pacingSchema, {}),
  /** Language codes the language switch lists, in order. Only languages with a story text can be chosen. */
  languages: z._default(z.array(languageCode).check(z.minLength(1)), ['en']),
  /** The language the kiosk starts in and returns to at each reset. */
  startLanguage: z._default(languageCode, 'en'),
  /** Chapter ids the kiosk shows (attract loop, step buttons, contents); null = every chapter. */
  chapters: z._default(z.nullable(z.array(z.string())), null),
  /** Hour (0–23, local time) of a nightly reload, done at the next return to the attract loop; null = never. */
  nightlyReloadHour: z._default(z.nullable(bounded(LIMITS.nightlyReloadHour)), 4),
  /** Reload the page when no frame has been drawn for this many seconds. */
  watchdogSeconds: z._default(bounded(LIMITS.watchdogSeconds), 30),
  /**
   * Lives (src/lives/) the attract loop shows between chapters, in turn: one life, station by
   * station, each time the loop reaches a new chapter. Empty = none (the default).
   */
  attractLives: z._default(z.array(z.string().check(z.regex(LIFE_ID))), []),
};

/** A whole kiosk.json, strictly: what a file without a single problem looks like. */
export const kioskFileSchema = z.strictObject({ $comment: z.optional(z.string()), ...settingsShape });

/** The settings in force: the file's, and the address's time-lapse factor. */
export const kioskConfigSchema = z.strictObject({
  ...settingsShape,
  /**
   * Time-lapse factor for every kiosk timer except the watchdog and the nightly reload. 1 in a
   * museum; tests and the soak benchmark use 10–100. URL only (`speed=`), never in kiosk.json.
   */
  speed: z._default(bounded(LIMITS.speed), 1),
});

export type KioskConfig = z.output<typeof kioskConfigSchema>;
export type KioskPacing = KioskConfig['pacing'];
export type KioskSetting = keyof typeof settingsShape;

/** Every setting's default. */
export const KIOSK_DEFAULTS: KioskConfig = kioskConfigSchema.parse({});
