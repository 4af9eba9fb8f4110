/**
 * A figure shown on two features is counted twice: a visitor who opens both adds them up, and a
 * total repeated on every part of what it totals (a deportation wave on each of its routes, the
 * value of a trade agreement on each of its flows, a voyage on both halves of its line, the dead of a
 * camp at the camp, on the transport and at the execution site) reads as several totals.
 *
 * The rule tested here: a figure's value appears on ONE feature. The feature that owns it carries
 * it; the others carry their own figures or a pointer in their note ("… is given on …"). Two
 * different quantities may happen to have the same value (the troop ceilings of Estonia and Latvia
 * were both 25,000): such coincidences are listed below, each pinned to its features and figure keys
 * with the reason, and their labels must differ, so the list cannot hide a repeated figure.
 * Declared totals (a label that says "in all", "all waves", "whole cruise", …) may not be among the
 * coincidences at all.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

type Fig = { value: number | string; label: string; sources: string[] };
type Props = { id: string; kind: string; name: string; note?: string; wave?: string; ship?: string; figures?: Record<string, Fig> };
type Use = { file: string; id: string; key: string; fig: Fig };

const dir = fileURLToPath(new URL('../../geodata/', import.meta.url));
const collections = readdirSync(dir)
  .filter((f) => f.endsWith('.geojson'))
  .map((file) => ({
    file,
    features: (JSON.parse(readFileSync(dir + file, 'utf8')) as { features: { properties: Props }[] }).features.map((f) => f.properties),
  }));
const uses: Use[] = collections.flatMap(({ file, features }) => features.flatMap((p) => Object.entries(p.figures ?? {}).map(([key, fig]) => ({ file, id: p.id, key, fig }))));

/** The value as a visitor reads it: numbers and strings with the same digits and words are one value. */
const norm = (v: number | string) => (typeof v === 'number' ? String(v) : v.replace(/(\d),(\d{3})/g, '$1$2')).trim().toLowerCase();

/** A label that declares its figure a total of more than one thing. */
export const DECLARES_TOTAL = /\b(in all|all waves|four waves|three republics|whole cruise|of all|all soviet deliveries|all victims|all nkvd victims)\b/i;

/** Values on more than one feature: value → the `id.key` uses. */
export function repeated(list: readonly Use[]): Map<string, string[]> {
  const byValue = new Map<string, Use[]>();
  for (const u of list) byValue.set(norm(u.fig.value), [...(byValue.get(norm(u.fig.value)) ?? []), u]);
  const out = new Map<string, string[]>();
  for (const [v, us] of byValue) if (new Set(us.map((u) => u.id)).size > 1) out.set(v, us.map((u) => `${u.id}.${u.key}`).sort());
  return out;
}

/** Different quantities that happen to share a value, each with its features and why they differ. */
const COINCIDENCES: { value: string; uses: string[]; why: string }[] = [
  { value: '25000', uses: ['liepaja.troop_ceiling', 'paldiski.troop_ceiling'], why: 'two treaties: the Soviet troop ceilings in Latvia and in Estonia' },
  { value: 'about 140000', uses: ['deportation-1940-02-siberia.deported', 'trade-1940-manganese-ore.delivered'], why: 'people deported in Feb 1940 vs tonnes of manganese ore delivered' },
  { value: 'about 25000', uses: ['barnaul-altai.polish_citizens', 'rumbula.victims'], why: 'Polish citizens exiled to the Altai vs Jews murdered at Rumbula' },
  { value: '100000', uses: ['trade-1940-chrome-ore.planned', 'trade-1940-cotton.planned'], why: 'planned tonnes of two commodities' },
  {
    value: '500000',
    uses: ['trade-1940-iron-ore.planned', 'trade-1940-phosphates.planned', 'trade-1940-phosphates.planned_frus'],
    why: 'planned tonnes of two commodities (phosphates in two sources)',
  },
  { value: '300000', uses: ['trade-1940-manganese-ore.planned', 'trade-1940-scrap-and-pig-iron.planned'], why: 'planned tonnes of two commodities' },
];

describe('a figure is counted on one feature only', () => {
  it('finds repeated values (the check can fail)', () => {
    const fig = (value: number | string, label: string): Fig => ({ value, label, sources: ['x'] });
    const found = repeated([
      { file: 'a', id: 'route-1', key: 'total', fig: fig('420–430 million RM', 'Planned value of all deliveries') },
      { file: 'a', id: 'route-2', key: 'total', fig: fig('420–430 million RM', 'Planned value of all deliveries') },
      { file: 'a', id: 'camp', key: 'shot', fig: fig(4421, 'Shot at Katyn') },
      { file: 'b', id: 'site', key: 'victims', fig: fig('4,421', 'Prisoners from the camp shot') },
      { file: 'b', id: 'site', key: 'other', fig: fig(7, 'Seven, once') },
    ]);
    expect(Object.fromEntries(found)).toEqual({ '420–430 million rm': ['route-1.total', 'route-2.total'], '4421': ['camp.shot', 'site.victims'] });
  });

  it('shows no value on two features but the listed coincidences of different quantities', () => {
    const allowed = new Map(COINCIDENCES.map((c) => [c.value, [...c.uses].sort()]));
    const unexpected = [...repeated(uses)].filter(([v, us]) => JSON.stringify(allowed.get(v)) !== JSON.stringify(us));
    expect(unexpected.map(([v, us]) => `${v}: ${us.join(', ')}`)).toEqual([]);
  });

  it('lists only coincidences that are different quantities, and no declared total among them', () => {
    const byUse = new Map(uses.map((u) => [`${u.id}.${u.key}`, u]));
    for (const c of COINCIDENCES) {
      const us = c.uses.map((k) => byUse.get(k));
      for (const [i, u] of us.entries()) expect(u, `${c.uses[i]} exists`).toBeDefined();
      expect(new Set(us.map((u) => u!.fig.label)).size, `${c.value}: the labels name different quantities`).toBe(us.length);
      for (const u of us) expect(u!.fig.label, `${c.uses.join(' / ')}: a total is never a coincidence`).not.toMatch(DECLARES_TOTAL);
    }
  });

  it('puts each declared total on one feature', () => {
    const totals = uses.filter((u) => DECLARES_TOTAL.test(u.fig.label));
    expect(totals.length).toBeGreaterThanOrEqual(5); // the wave totals, Priboi, Komet's cruise, the trade value, Shelepin's prisons
    for (const t of totals) {
      const same = uses.filter((u) => norm(u.fig.value) === norm(t.fig.value)).map((u) => u.id);
      expect([...new Set(same)], `${t.id}.${t.key} (${t.fig.value})`).toEqual([t.id]);
    }
  });

  // The part that owns a group's figures, the figures it owns and the words by which the other parts point to it.
  const OWNERS: { members: (p: Props) => boolean; owner: string; keys: string[]; pointer: RegExp }[] = [
    {
      members: (p) => p.wave === 'poland-1940-02',
      owner: 'deportation-1940-02-siberia',
      keys: ['deported', 'delivered', 'in_settlements'],
      pointer: /figures of the whole wave are given on its route Baranowicze → Sverdlovsk → Krasnoyarsk/,
    },
    {
      members: (p) => p.wave === 'poland-1940-04',
      owner: 'deportation-1940-04-kazakhstan',
      keys: ['deported', 'transports'],
      pointer: /figures of the whole wave are given on its route Lwów → Kuybyshev → Petropavlovsk → Karaganda/,
    },
    {
      members: (p) => p.wave === 'poland-1941-05',
      owner: 'deportation-1941-05-western-ukraine',
      keys: ['deported', 'in_exile_aug_1941', 'polish_total'],
      pointer: /figures of the whole wave are given on its route Western Ukraine → Kuybyshev → Omsk/,
    },
    {
      members: (p) => p.wave === 'baltic-1949-03',
      owner: 'deportation-1949-estonia',
      keys: ['operation_total', 'deaths'],
      pointer: /figures of the whole wave are given on its route Tallinn → Leningrad → Omsk → Irkutsk/,
    },
    { members: (p) => p.kind === 'trade-flow', owner: 'trade-1940-grain', keys: ['value_first_year'], pointer: /planned value of all deliveries is given on the grain flow/ },
    {
      members: (p) => p.ship === 'Komet (Schiff 45)',
      owner: 'komet-northern-sea-route-west',
      keys: ['nsr_days', 'nsr_miles', 'fee', 'tonnage'],
      pointer: /figures of the voyage are given on the first part of the route/,
    },
  ];

  it("keeps a wave's, an agreement's or a voyage's figures on one part, and the other parts point to it", () => {
    const props = collections.flatMap((c) => c.features);
    for (const o of OWNERS) {
      const members = props.filter(o.members);
      expect(members.length, o.owner).toBeGreaterThan(1);
      for (const m of members) {
        const has = o.keys.filter((k) => m.figures?.[k]);
        if (m.id === o.owner) expect(has, m.id).toEqual(o.keys);
        else {
          expect(has, `${m.id} repeats the figures of ${o.owner}`).toEqual([]);
          expect(m.note, m.id).toMatch(o.pointer);
        }
      }
    }
  });
});

describe('the Katyn dead are counted where they were shot', () => {
  it('gives the Shelepin figures at the execution sites, not at the camps or on the transports', () => {
    const at = (id: string) => uses.filter((u) => u.id === id).map((u) => u.fig.value);
    expect(at('katyn-forest')).toContain(4421);
    expect(at('kharkiv-nkvd')).toContain(3820);
    expect(at('kalinin-nkvd')).toContain(6311);
    for (const id of ['kozelsk-camp', 'starobilsk-camp', 'ostashkov-camp', 'katyn-kozelsk-transports', 'kharkiv-starobilsk-transports', 'kalinin-ostashkov-transports']) {
      expect(at(id), id).not.toEqual(expect.arrayContaining([expect.toSatisfy((v: unknown) => [4421, 3820, 6311].includes(Number(v)))]));
      const note = collections.flatMap((c) => c.features).find((p) => p.id === id)!.note ?? '';
      expect(note, id).toMatch(/shot .*are counted at |are counted at the/);
    }
  });
});
