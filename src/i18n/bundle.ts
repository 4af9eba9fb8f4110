/** What one language's chunk (virtual:i18n/<lang>) carries; built by scripts/content/languages.ts. */
import type { Story } from '../story/types.ts';

export interface LanguageBundle {
  lang: string;
  story: Story;
  /** Interface messages (ICU MessageFormat), by key. */
  messages: Record<string, string>;
  /** Geodata texts: English → this language (empty for the base language). */
  geo: Record<string, string>;
}
