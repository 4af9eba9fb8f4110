/** A feature's label in the language shown: its name in that language, else its English label (translated
 *  when it is a description, such as a route's). Reactive through i18n. */
import { index } from 'virtual:geodata';
import { i18n } from './i18n.svelte.ts';

export function featureLabel(id: string): string {
  const e = index[id];
  if (!e) return id;
  return e.labels?.[i18n.lang] ?? i18n.geo(e.label);
}
