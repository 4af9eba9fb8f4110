/**
 * The layers panel's sections: registry groups in reading order. Layers come from the registry, so
 * a layer added there appears here without code changes (in "Other" if its group is new).
 */
import type { LayerDef } from '../layers/registry.ts';
import { t } from '../i18n/i18n.svelte.ts';

/** Sections by message key (src/i18n/ui/<lang>.yaml, `sections.*`). */
const SECTIONS: { key: string; groups: string[] }[] = [
  { key: 'sections.borders', groups: ['borders'] },
  { key: 'sections.fronts', groups: ['fronts'] },
  { key: 'sections.lines', groups: ['lines'] },
  { key: 'sections.places', groups: ['places'] },
  { key: 'sections.camps-and-sites', groups: ['camps', 'sites'] },
  { key: 'sections.routes', groups: ['routes'] },
  { key: 'sections.deportations', groups: ['deportations'] },
  { key: 'sections.collaboration', groups: ['collaboration'] },
  { key: 'sections.bases', groups: ['bases'] },
];

export interface LayerSection {
  /** The section's title in the language shown. */
  title: string;
  layers: LayerDef[];
}

/** Non-empty sections, each with its layers in registry order. */
export function layerSections(layers: readonly LayerDef[]): LayerSection[] {
  const out: LayerSection[] = SECTIONS.map((s) => ({ title: t(s.key), layers: layers.filter((l) => s.groups.includes(l.group)) }));
  const known = new Set(SECTIONS.flatMap((s) => s.groups));
  const other = layers.filter((l) => !known.has(l.group));
  if (other.length) out.push({ title: t('sections.other'), layers: other });
  return out.filter((s) => s.layers.length);
}
