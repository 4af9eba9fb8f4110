/**
 * A layer's title in the language shown: `layers.<id>` in the interface catalogue
 * (src/i18n/ui/<lang>.yaml), else the registry's English title. Kept apart from the registry, which
 * the build imports and which must stay free of the app's reactive state.
 */
import { t } from '../i18n/i18n.svelte.ts';
import { layerDef } from './registry.ts';

export function layerTitle(id: string): string {
  const key = `layers.${id}`;
  const text = t(key);
  return text === key ? (layerDef(id)?.title ?? id) : text;
}
