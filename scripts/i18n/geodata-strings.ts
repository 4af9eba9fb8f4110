/**
 * The English prose of geodata/ that a visitor reads in feature details and counters: notes, figure
 * labels and figures given in words ("about 10,000"), seed claims, the basis of historic names, and the descriptive names of features that have no
 * proper name ("Deportation of 10 Feb 1940: Lwów → Kotlas → Komi ASSR"; proper names are map labels,
 * see geodata/i18n/<lang>.names.yaml). Translations live in geodata/i18n/<lang>.yaml,
 * keyed by the English text (as gettext does), so that when the English changes the build reports the
 * translation as missing instead of showing a stale one.
 *
 *   npx tsx scripts/i18n/geodata-strings.ts <lang>   lists the strings <lang> still lacks, as YAML to fill in
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

export interface GeoString {
  text: string;
  /** Where it is used: "camps.geojson: kozielsk: figures.prisoners.label". */
  uses: string[];
}

/** Every translatable English string of the drawn layers, in file order. */
export function geodataStrings(dir: string): GeoString[] {
  const out = new Map<string, GeoString>();
  const add = (text: unknown, use: string) => {
    if (typeof text !== 'string' || !text.trim()) return;
    const e = out.get(text) ?? { text, uses: [] };
    e.uses.push(use);
    out.set(text, e);
  };
  for (const f of readdirSync(dir)
    .filter((f) => f.endsWith('.geojson'))
    .sort()) {
    if (f === 'borders-1938.geojson' || f === 'territories-cuts.geojson') continue; // inputs, not drawn
    const fc = JSON.parse(readFileSync(`${dir}/${f}`, 'utf8')) as { features: { properties: Record<string, unknown> }[] };
    for (const feat of fc.features) {
      const p = feat.properties;
      const id = String(p.id);
      if (!p.names) add(p.name, `${f}: ${id}: name`);
      add(p.note, `${f}: ${id}: note`);
      for (const [k, v] of Object.entries((p.figures ?? {}) as Record<string, Record<string, unknown>>)) {
        if (typeof v.value === 'string') add(v.value, `${f}: ${id}: figures.${k}.value`);
        add(v.label, `${f}: ${id}: figures.${k}.label`);
        add(v.seed_claim, `${f}: ${id}: figures.${k}.seed_claim`);
      }
      ((p.names_by_date ?? []) as Record<string, unknown>[]).forEach((n, i) => add(n.basis, `${f}: ${id}: names_by_date.${i}.basis`));
    }
  }
  return [...out.values()];
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const lang = process.argv[2];
  const root = fileURLToPath(new URL('../../', import.meta.url));
  const file = `${root}geodata/i18n/${lang}.yaml`;
  const have = existsSync(file) ? ((parse(readFileSync(file, 'utf8')) ?? {}) as Record<string, string>) : {};
  const missing = geodataStrings(`${root}geodata`).filter((s) => !have[s.text]);
  for (const s of missing) console.log(`# ${s.uses.slice(0, 2).join('; ')}${s.uses.length > 2 ? ` (+${s.uses.length - 2})` : ''}\n${JSON.stringify(s.text)}: ""\n`);
  console.error(`${missing.length} string(s) missing in geodata/i18n/${lang}.yaml`);
}
