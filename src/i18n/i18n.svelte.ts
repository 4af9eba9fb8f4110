/**
 * The interface's words in the language shown. Messages are ICU MessageFormat strings from
 * src/i18n/ui/<lang>.yaml (checked at build time against English: same keys, same arguments), formatted
 * by intl-messageformat with the platform's Intl: plurals, numbers and dates follow the language.
 *
 *   t('story.step-of', { n: 3, count: 44 })   →  "3 / 44"
 *
 * `t` reads reactive state, so anything rendered with it follows a language switch.
 */
import { IntlMessageFormat } from 'intl-messageformat';
import { locale } from './tokens.ts';

export type Messages = Record<string, string>;
export type Values = Record<string, string | number | Date>;

class I18n {
  lang = $state('en');
  messages = $state.raw<Messages>({});
  /** English, for a key a language lacks (the build forbids that; this keeps a broken bundle readable). */
  fallback: Messages = {};
  #cache = new Map<string, IntlMessageFormat>();

  /** Geodata texts (notes, figure labels…): English → this language. */
  geoTexts = $state.raw<Record<string, string>>({});

  set(lang: string, messages: Messages, geo: Record<string, string> = {}) {
    this.#cache.clear();
    this.messages = messages;
    this.geoTexts = geo;
    this.lang = lang;
    if (typeof document !== 'undefined') document.documentElement.lang = lang;
  }

  t(key: string, values?: Values): string {
    const lang = this.lang;
    const src = this.messages[key] ?? this.fallback[key];
    if (src === undefined) return key;
    if (!values && !src.includes('{')) return src.replace(/''/g, "'");
    const id = `${lang}\u0000${key}`;
    let f = this.#cache.get(id);
    if (!f) {
      f = new IntlMessageFormat(src, locale(lang));
      this.#cache.set(id, f);
    }
    return String(f.format(values));
  }

  /** A geodata text (written in English in geodata/) in the language shown. */
  geo(text: string): string;
  geo(text: string | null): string | null;
  geo(text: string | null): string | null {
    return text === null ? null : (this.geoTexts[text] ?? text);
  }
}

export const i18n = new I18n();
/** Shorthand for templates: {t('explore.layers')}. */
export const t = (key: string, values?: Values) => i18n.t(key, values);
