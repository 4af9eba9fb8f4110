/**
 * The layers panel's sections: registry groups in reading order. Layers come from the registry, so
 * a layer added there appears here without code changes (in "Other" if its group is new).
 */
import type { LayerDef } from '../layers/registry.ts';

const SECTIONS: { title: string; groups: string[] }[] = [
  { title: 'Borders', groups: ['borders'] },
  { title: 'Fronts', groups: ['fronts'] },
  { title: 'Treaty lines', groups: ['lines'] },
  { title: 'Places', groups: ['places'] },
  { title: 'Camps and sites', groups: ['camps', 'sites'] },
  { title: 'Routes', groups: ['routes'] },
  { title: 'Deportations', groups: ['deportations'] },
  { title: 'Collaboration', groups: ['collaboration'] },
  { title: 'Bases', groups: ['bases'] },
];

export interface LayerSection {
  title: string;
  layers: LayerDef[];
}

/** Non-empty sections, each with its layers in registry order. */
export function layerSections(layers: readonly LayerDef[]): LayerSection[] {
  const out: LayerSection[] = SECTIONS.map((s) => ({ title: s.title, layers: layers.filter((l) => s.groups.includes(l.group)) }));
  const known = new Set(SECTIONS.flatMap((s) => s.groups));
  const other = layers.filter((l) => !known.has(l.group));
  if (other.length) out.push({ title: 'Other', layers: other });
  return out.filter((s) => s.layers.length);
}
