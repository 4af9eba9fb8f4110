/**
 * Point layers generated from the sources used here (../shared/facts): camps, sites, places, bases, contacts,
 * massacres and deportation destinations. Called by scripts/import-shared.ts.
 *
 * Conventions shared by every point written here:
 * - `fact_id` is the id of the entry in shared/facts/places.json the position comes from; the tests
 *   compare the shipped position with it.
 * - `certainty` is `approximate` where the sources used here marks the position as an estimate
 *   (`coord_source: "estimate"`) or gives a precision of 1,000 m or more; a `note` says why.
 * - `names_by_date` (places whose official name changed while the map runs): entries
 *   `{ lang, name, from?, to?, basis, sources? }`, meaning "`name` was the official name in `lang`
 *   from `from` (inclusive) to `to` (exclusive)"; a missing `from`/`to` is open. For `lang: "en"` the
 *   name is the English form of the then official name. `name` itself stays the English form used in
 *   accounts of 1939–41 (Lwów, Wilno, Viipuri, Gotenhafen, Kalinin).
 */
import { kebab, place, srcKeys, type Place } from './io.ts';

export type Fig = { value: number | string; label: string; sources: string[]; seed_claim?: string };
export const fig = (value: number | string, label: string, sources: string[], seed_claim?: string): Fig =>
  seed_claim ? { value, label, sources, seed_claim } : { value, label, sources };

export type Props = Record<string, unknown> & { id?: string; kind: string; from: string; to: string | null };
export type PointFeature = { type: 'Feature'; geometry: { type: 'Point'; coordinates: [number, number] }; properties: Record<string, unknown> };

/** True where the sources used here gives an estimated or coarse (>= 1 km) position. */
export const isEstimate = (p: Place) => (p as { coord_source?: unknown }).coord_source === 'estimate' || (p.coord_precision_m ?? 0) >= 1000;

function positionNote(p: Place): string {
  const m = p.coord_precision_m ?? 0;
  if ((p as { coord_source?: unknown }).coord_source === 'estimate') return `Position estimated (about ±${m.toLocaleString('en-GB')} m); to be checked on a large-scale map.`;
  return `Point stands for the place as a whole (about ±${m.toLocaleString('en-GB')} m).`;
}

/**
 * A point at the fact-sheet position of `factId`, with its names, precision, certainty and sources.
 * `props.sources` is added to the fact-sheet entry's sources, or replaces them (but for GeoNames,
 * which gave the position) when `replaceSources` is set: a contact in Lwów should not cite the
 * sources on Lwów's siege.
 */
export function point(factId: string, props: Props, replaceSources = false): PointFeature {
  const p = place(factId);
  const estimate = isEstimate(p);
  const extraNote = props.note ? String(props.note) : '';
  const note = estimate && !/estimat|approximate|±/i.test(extraNote) ? [extraNote, positionNote(p)].filter(Boolean).join(' ') : extraNote;
  const { sources, ...rest } = props;
  return {
    type: 'Feature',
    geometry: { type: 'Point', coordinates: [p.lon, p.lat] },
    properties: {
      id: kebab(factId),
      name: p.names.en ?? p.name,
      names: p.names,
      fact_id: p.id,
      precision_m: p.coord_precision_m,
      certainty: estimate ? 'approximate' : 'documented',
      ...rest,
      ...(note ? { note } : {}),
      sources: [...new Set([
        ...(replaceSources ? srcKeys(p).filter((k) => k === 'geonames') : srcKeys(p)),
        ...((sources as string[] | undefined) ?? []),
        ...Object.values((props.figures as Record<string, Fig> | undefined) ?? {}).flatMap((f) => f.sources),
      ])],
    },
  };
}

/** The day after an ISO date (for exclusive `to` of one-day events). */
export const dayAfter = (iso: string) => new Date(Date.parse(`${iso}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
/** The first day of the month after `yyyy-mm` (exclusive end of a month-precise period). */
export const monthAfter = (ym: string) => {
  const [y, m] = ym.split('-').map(Number);
  return new Date(Date.UTC(y, m, 1)).toISOString().slice(0, 10);
};

const fc = (name: string, features: unknown[]) => ({ type: 'FeatureCollection', name, features });

// ---------------------------------------------------------------- NKVD camps (ids and figures fixed: the story uses them)
export function camps() {
  return fc('camps', [
    point('kozelsk_camp', {
      kind: 'nkvd-camp', short: 'Kozielsk', short_local: 'Козельск', local: 'ru', from: '1939-09-22', to: '1941-07-01', to_precision: 'month',
      figures: {
        prisoners: fig(4599, 'Prisoners at the turn of March/April 1940', ['katyn_dokumenty', 'cienciala', 'katyneu']),
      },
      note: 'Its prisoners shot in April–May 1940 are counted at the Katyn forest.',
    }),
    point('starobilsk_camp', {
      kind: 'nkvd-camp', short: 'Starobielsk', short_local: 'Старобільськ', local: 'uk', from: '1939-09-28', to: '1940-06-01', to_precision: 'month',
      figures: {
        prisoners: fig(3895, 'Prisoners at the turn of March/April 1940', ['katyn_dokumenty', 'cienciala', 'katyneu']),
      },
      note: 'Its prisoners shot in April–May 1940 are counted at the NKVD building in Kharkiv.',
    }),
    point('ostashkov_camp', {
      kind: 'nkvd-camp', short: 'Ostashkov', short_local: 'Осташков', local: 'ru', from: '1939-10-01', from_precision: 'month', to: '1940-06-01', to_precision: 'month',
      note: 'Its prisoners shot in April–May 1940 are counted at the NKVD building in Kalinin. Position estimated (Nilov Monastery, Stolobny Island, Lake Seliger); to be checked against a large-scale map.',
      figures: {
        prisoners: fig(6364, 'Prisoners at the turn of March/April 1940', ['katyn_dokumenty', 'cienciala', 'katyneu']),
      },
    }),
  ]);
}

// ---------------------------------------------------------------- execution and burial sites
export function sites() {
  return fc('sites', [
    point('katyn_forest', {
      kind: 'execution-and-burial-site', short: 'Katyn', short_local: 'Катынь', local: 'ru', from: '1940-04-03', to: null,
      figures: {
        victims: fig(4421, 'Prisoners from Kozielsk shot (Shelepin note, 1959)', ['shelepin']),
        exhumed: fig(4143, 'Bodies exhumed by the Germans in 1943, from 8 graves', ['amtliches'],
          '"4,145 bodies were found in eight mass graves", according to the International Medical Commission (which had seen 982 by 30 April 1943)'),
      },
    }),
    point('kharkiv_nkvd', {
      kind: 'execution-site', short: 'Kharkiv', short_local: 'Харків', local: 'uk', from: '1940-04-05', to: null,
      note: 'Position of the building estimated (about ±500 m).',
      figures: { victims: fig(3820, 'Prisoners from Starobielsk shot (Shelepin note, 1959)', ['shelepin']) },
    }),
    point('piatykhatky', {
      kind: 'burial-site', short: 'Piatykhatky', short_local: 'П’ятихатки', local: 'uk', from: '1940-04-05', to: null,
      figures: { names: fig(4302, 'Names on the Polish War Cemetery (opened 2000)', ['fk_kharkiv']) },
    }),
    point('kalinin_nkvd', {
      kind: 'execution-site', short: 'Kalinin', short_local: 'Калинин', local: 'ru', from: '1940-04-05', to: null,
      note: 'Position of the building estimated (about ±400 m).',
      names_by_date: [
        { lang: 'en', name: 'Kalinin', to: '1990-07-17', basis: 'The city was called Kalinin from 1931.' },
        { lang: 'en', name: 'Tver', from: '1990-07-17', basis: 'Renamed Tver in July 1990 (date from general reference works, not in the sources used here).' },
      ],
      figures: { victims: fig(6311, 'Prisoners from Ostashkov shot (Shelepin note, 1959)', ['shelepin'],
        'the Ostashkov prisoners "are believed to have been taken to the White Sea, put aboard two barges, towed out to sea, and the barges sunk"') },
    }),
    point('mednoye', {
      kind: 'burial-site', short: 'Mednoye', short_local: 'Медное', local: 'ru', from: '1940-04-05', to: null,
      figures: { names: fig(6296, 'Names on the Polish War Cemetery (opened 2000)', ['fk_mednoye']) },
    }),
    point('bykivnia', {
      kind: 'burial-site', short: 'Bykivnia', short_local: 'Биківня', local: 'uk', from: '1940-04-01', from_precision: 'month', to: null,
      note: 'NKVD burial ground of 1937–41. Prisoners of the Ukrainian Katyn List shot in Kyiv in spring 1940 are buried here (exact dates per prison not established); the Polish War Cemetery opened on 21 Sep 2012. Position from Wikipedia to whole minutes only (about ±1.5 km).',
      figures: {
        names: fig(3435, 'Names of the Ukrainian Katyn List, commemorated at the Polish War Cemetery (opened 2012); some of them were shot in Kharkiv and Kherson', ['fk_bykivnia', 'ipn_kowalska']),
        victims_all: fig('tens of thousands (30,000–100,000+)', 'All NKVD victims buried at Bykivnia, 1937–41 (estimates)', ['bykivnia_wiki']),
      },
    }),
    point('kurapaty', {
      kind: 'burial-site', short: 'Kurapaty', short_local: 'Курапаты', local: 'be', from: '1940-04-01', from_precision: 'month', to: null,
      certainty: 'disputed',
      note: 'NKVD execution and burial ground of 1937–41 (510 grave depressions). Presumed, not proven, burial place of the prisoners of the Belarusian Katyn List shot in Minsk in spring 1940; that list has not been released. The number of prisoners transported to Minsk is given on the route from the prisons.',
      figures: {
        victims: fig(3870, 'Prisoners of the Belarusian Katyn List (deduced: 7,305 − 3,435); burial here presumed', ['bel_katyn_list', 'shelepin']),
        grave_depressions: fig(510, 'Grave depressions', ['kurapaty_coords']),
      },
    }),
  ]);
}

// ---------------------------------------------------------------- cities, towns, ports and stations
type NameByDate = { lang: string; name: string; from?: string; to?: string; basis: string; sources?: string[] };
const namesByDate: Record<string, NameByDate[]> = {
  wilno: [
    { lang: 'en', name: 'Wilno', to: '1939-10-28', basis: 'Polish city until Sep 1939; taken by the Red Army in Sep 1939.' },
    { lang: 'en', name: 'Vilnius', from: '1939-10-28', basis: 'Transferred to Lithuania by the treaty of 10 Oct 1939; Lithuanian troops entered on 27–28 Oct 1939.', sources: ['lit_treaty_wiki'] },
  ],
  viipuri: [
    { lang: 'en', name: 'Viipuri', to: '1940-03-13', basis: 'Finnish city.' },
    { lang: 'en', name: 'Vyborg', from: '1940-03-13', to: '1941-08-29', basis: 'Ceded to the USSR by the Moscow Peace (in force 13 Mar 1940).', sources: ['ww2days_moscowpeace'] },
    { lang: 'en', name: 'Viipuri', from: '1941-08-29', to: '1944-06-20', basis: 'Retaken by Finland in the Continuation War (dates from general reference works, not in the sources used here).' },
    { lang: 'en', name: 'Vyborg', from: '1944-06-20', basis: 'Retaken by the Red Army (date from general reference works, not in the sources used here).' },
  ],
  lwow: [
    // Under Soviet rule 1939–41 the English label stays Lwów, as for Grodno, Baranowicze and Tarnopol:
    // the story writes the Polish lands annexed by the USSR in 1939 in their Polish forms (an
    // annexation Poland and its allies did not recognise), and the text and the map must agree.
    { lang: 'en', name: 'Lwów', to: '1941-06-30', basis: 'Polish city; capitulated to the Red Army on 22 Sep 1939 and annexed by the USSR (Ukrainian SSR, Львів) in Nov 1939, an annexation Poland did not recognise.', sources: ['lwow_22sep'] },
    { lang: 'en', name: 'Lemberg', from: '1941-06-30', to: '1944-07-27', basis: 'German occupation (dates from general reference works, not in the sources used here).' },
    { lang: 'en', name: 'Lviv', from: '1944-07-27', basis: 'Retaken by the Red Army (date from general reference works, not in the sources used here).' },
  ],
  gotenhafen: [
    { lang: 'en', name: 'Gdynia', to: '1939-09-19', basis: 'Polish port.' },
    { lang: 'en', name: 'Gotenhafen', from: '1939-09-19', to: '1945-03-28', basis: 'Renamed by the German occupiers on 19 Sep 1939; taken by the Red Army on 28 Mar 1945 (dates from general reference works, not in the sources used here).' },
    { lang: 'en', name: 'Gdynia', from: '1945-03-28', basis: 'Polish again after the war.' },
  ],
  leningrad: [
    { lang: 'en', name: 'Leningrad', to: '1991-09-06', basis: 'Name from 1924.' },
    { lang: 'en', name: 'Saint Petersburg', from: '1991-09-06', basis: 'Renamed in Sep 1991 (date from general reference works, not in the sources used here).' },
  ],
};

/** [fact id, kind, English name of 1939–41, language of the second label line, extra properties]. */
type CityDef = [string, 'city' | 'town' | 'port' | 'station', string, string, Record<string, unknown>?];
const cityDefs: CityDef[] = [
  // The first 15 existed before this import; their ids, names and label languages stay.
  ['warsaw', 'city', 'Warsaw', 'pl'], ['krakow', 'city', 'Kraków', 'pl'], ['lwow', 'city', 'Lwów', 'uk'], ['wilno', 'city', 'Wilno', 'lt'],
  ['brest', 'city', 'Brest-Litovsk', 'pl'], ['kaunas', 'city', 'Kaunas', 'pl'], ['riga', 'city', 'Riga', 'lv'], ['tallinn', 'city', 'Tallinn', 'ru'],
  ['helsinki', 'city', 'Helsinki', 'sv'], ['leningrad', 'city', 'Leningrad', 'ru'], ['moscow_kremlin', 'city', 'Moscow', 'ru', { id: 'moscow' }],
  ['smolensk', 'city', 'Smolensk', 'ru'], ['minsk', 'city', 'Minsk', 'be'], ['kyiv', 'city', 'Kyiv', 'uk'], ['viipuri', 'city', 'Viipuri', 'ru'],
  // Named in the story and the sources used here.
  ['grodno', 'city', 'Grodno', 'be'], ['sarny', 'town', 'Sarny', 'uk'], ['baranowicze', 'town', 'Baranowicze', 'be'],
  ['dubno', 'town', 'Dubno', 'uk'], ['tarnopol', 'city', 'Tarnopol', 'uk'], ['przemysl', 'city', 'Przemyśl', 'uk'],
  ['zakopane', 'town', 'Zakopane', 'pl'], ['lublin', 'city', 'Lublin', 'pl'], ['chelm', 'city', 'Chełm', 'uk'], ['pruszkow', 'town', 'Pruszków', 'pl'],
  ['gotenhafen', 'port', 'Gotenhafen', 'pl'], ['murmansk', 'port', 'Murmansk', 'ru'],
  ['gnezdovo_station', 'station', 'Gnezdovo station', 'ru', { short: 'Gnezdovo', short_local: 'Гнёздово' }],
  ['naujoji_vilnia', 'station', 'Naujoji Vilnia', 'pl'],
];

export function places() {
  // rank 1: the cities for orientation shown from the start; rank 2: places named in the story, for
  // a style that thins labels at small scales.
  const cities = cityDefs.map(([factId, kind, name, local, extra], i) =>
    point(factId, { kind, name, local, rank: i < 15 ? 1 : 2, from: '1938-01-01', to: null, ...(namesByDate[factId] ? { names_by_date: namesByDate[factId] } : {}), ...extra }),
  );
  // Berlin is not in the sources used here; GeoNames city centre.
  cities.push({
    type: 'Feature',
    geometry: { type: 'Point', coordinates: [13.405, 52.52] },
    properties: { id: 'berlin', kind: 'city', name: 'Berlin', names: { en: 'Berlin', pl: 'Berlin', ru: 'Берлин' }, local: 'de', rank: 1, precision_m: 2000, certainty: 'approximate', from: '1938-01-01', to: null, sources: ['geonames'] },
  });
  return fc('places', cities);
}

// ---------------------------------------------------------------- bases: Soviet bases under the Baltic pacts, Basis Nord
export function bases() {
  const ee = { from: '1939-10-18', to: '1940-06-17', sources: ['nakanune'] };
  const occupied = (country: string, date: string) =>
    `Shown from the entry of Soviet troops under the pact until the Red Army occupied all of ${country} (${date}).`;
  return fc('bases', [
    point('paldiski', {
      kind: 'soviet-base', name: 'Paldiski', local: 'de', ...ee,
      note: `Soviet naval base under the Soviet–Estonian pact of 28 Sep 1939; troops entered from 18 Oct 1939. ${occupied('Estonia', '17 Jun 1940')}`,
      figures: {
        troop_ceiling: fig(25000, 'Soviet troop ceiling in Estonia (secret protocol; Moscow first asked for 35,000)', ['frus_est_protocol', 'frus_est_leonard']),
      },
    }),
    point('haapsalu', {
      kind: 'soviet-base', name: 'Haapsalu', local: 'sv', ...ee,
      note: `Soviet troops quartered in and around Haapsalu until the island bases were built; the nearby port of Rohuküla was open to Soviet ships for two years. ${occupied('Estonia', '17 Jun 1940')}`,
    }),
    point('saaremaa', {
      kind: 'soviet-base', name: 'Saaremaa', local: 'de', ...ee,
      note: `Soviet air and naval bases on the island (point: Kuressaare). ${occupied('Estonia', '17 Jun 1940')}`,
    }),
    point('hiiumaa', {
      kind: 'soviet-base', name: 'Hiiumaa', local: 'de', ...ee,
      note: `Soviet air and naval bases on the island (point: Kärdla). ${occupied('Estonia', '17 Jun 1940')}`,
    }),
    point('liepaja', {
      kind: 'soviet-base', name: 'Liepāja', local: 'de', from: '1939-10-05', to: '1940-06-17', sources: ['nakanune'],
      note: `Soviet naval base under the Soviet–Latvian pact of 5 Oct 1939 (shown from the signature: the date the troops entered is not in the sources used here). ${occupied('Latvia', '17 Jun 1940')}`,
      figures: {
        troop_ceiling: fig(25000, 'Soviet troop ceiling in Latvia (Latvian foreign minister Munters; secret annex as for Estonia)', ['frus_lat_25000'],
          '"30,000 Red Army troops were stationed in Latvia"'),
      },
    }),
    point('ventspils', {
      kind: 'soviet-base', name: 'Ventspils', local: 'de', from: '1939-10-05', to: '1940-06-17', sources: ['nakanune'],
      note: `Soviet naval base, with coastal artillery between Ventspils and Pitrags (Irben Strait), under the pact of 5 Oct 1939 (shown from the signature). ${occupied('Latvia', '17 Jun 1940')}`,
    }),
    point('gaiziunai', {
      kind: 'soviet-base', name: 'Gaižiūnai', from: '1939-10-10', to: '1940-06-15', sources: ['nakanune'],
      note: 'Soviet garrison under the Soviet–Lithuanian treaty of 10 Oct 1939 (other garrisons: Alytus, Prienai, Naujoji Vilnia); shown from the signature (the date the troops entered is not in the sources used here) until the Red Army occupied all of Lithuania (15 Jun 1940).',
      figures: {
        troop_ceiling: fig(20000, 'Soviet troop ceiling in Lithuania', ['lit_treaty_wiki']),
      },
    }),
    point('basis_nord', {
      kind: 'german-base', name: 'Basis Nord', local: 'ru', short_local: 'Западная Лица', from: '1939-12-01', to: '1940-10-01', to_precision: 'month',
      note: 'German naval base on Soviet soil in Zapadnaya Litsa bay, ready about 1 Dec 1939. Used by supply ships (the Jan Wellem sailed from here to Narvik in Apr 1940; Komet is reported to have refuelled here); made obsolete by the conquest of Norway; abandoned in Sep 1940 as commonly given (day not verified). Point: the bay mouth (about ±5 km).',
      figures: {
        warship_operations: fig('none documented', 'U-boat operations from the base', ['basisnord_wiki', 'basisnord_ktb'],
          'the base "proved to be a valuable base for U-boats operating in the North Sea" and "played an important role helping supply Hitler\'s invasion of Norway"'),
      },
    }),
  ]);
}

// ---------------------------------------------------------------- NKVD–Gestapo contacts and the Brest handover point
type Meeting = { from: string; to: string; precision: 'day' | 'month'; note?: string };
const day = (d: string, to = dayAfter(d)): Meeting => ({ from: d, to, precision: 'day' });
const month = (ym: string, note?: string): Meeting => ({ from: `${ym}-01`, to: monthAfter(ym), precision: 'month', ...(note ? { note } : {}) });

export function contacts() {
  // `from` = the first meeting at the place; `to` = the end of the documented series (March 1940),
  // so that the whole series can be shown at once. The individual dates are in `meetings`.
  const seriesEnd = { to: '1940-04-01', to_precision: 'month' };
  const agenda = 'Documented agenda: exchanges of prisoners of war and refugees, and population transfers across the demarcation line. Claims of joint planning against the Polish underground, or of a link to Katyn, are disputed and not documented in released archives.';
  const meeting = (factId: string, id: string, name: string, meetings: Meeting[], note: string, sources: string[]) =>
    point(factId, {
      id, kind: 'nkvd-gestapo-meeting', name, short: name.replace(/^NKVD–Gestapo (meetings?|conferences?), /, ''),
      from: meetings[0].from, ...(meetings[0].precision === 'month' ? { from_precision: 'month' } : {}), ...seriesEnd,
      meetings, note: `${note} ${agenda}`, sources,
    }, true);
  return fc('contacts', [
    meeting('brest', 'nkvd-gestapo-brest', 'NKVD–Gestapo meeting, Brest-Litovsk', [day('1939-09-27')],
      'A first NKVD–Gestapo meeting is reported for 27 Sep 1939 (the date rests on few sources), five days after the German–Soviet handover ceremony of 22 Sep 1939 in Brest (the term "joint parade" is disputed).',
      ['gestapo_nkvd_wiki', 'brest_contest', 'seedA', 'mensing']),
    meeting('lwow', 'nkvd-gestapo-lwow', 'NKVD–Gestapo meeting, Lwów', [month('1939-10')], 'A meeting is reported for October 1939 (day not known; the date rests on few sources).', ['gestapo_nkvd_wiki']),
    meeting('przemysl', 'nkvd-gestapo-przemysl', 'NKVD–Gestapo meeting, Przemyśl', [month('1939-11', 'late November')],
      'A meeting is reported for late November 1939 in the town divided by the German–Soviet boundary on the San (day not known; the date rests on few sources).', ['gestapo_nkvd_wiki']),
    meeting('krakow', 'nkvd-gestapo-krakow', 'NKVD–Gestapo meetings, Kraków', [day('1939-12-06', '1939-12-08'), month('1940-03')],
      'Meetings are reported for 6–7 Dec 1939 and March 1940 (day not known); the dates rest on few sources.', ['gestapo_nkvd_wiki']),
    meeting('zakopane', 'nkvd-gestapo-zakopane', 'NKVD–Gestapo conferences, Zakopane', [day('1939-12-08', '1939-12-10'), day('1940-02-20')],
      'Conferences are reported for 8–9 Dec 1939 and 20 Feb 1940; the dates rest on few sources and their content is debated.', ['gestapo_nkvd_wiki', 'katyneu']),
    point('brest_bridge', {
      id: 'brest-bridge', kind: 'handover-point', name: 'Bug bridge, Brest-Litovsk', short: 'Brest bridge', local: 'de',
      from: '1940-02-01', from_precision: 'month', to: '1941-06-22',
      handovers: [{ from: '1940-02-01', to: '1940-03-01', precision: 'month', note: 'Margarete Buber-Neumann and 23 others (8 Feb is commonly given, not verified)' }],
      note: 'From late 1939 to 1941 the NKVD handed German and Austrian émigrés, many of them former KPD members taken from the Gulag, to the Gestapo at the Bug bridge. Shown from the one dated handover (February 1940) to the end of the demarcation line (22 Jun 1941). Buber-Neumann was then held in Lublin and Berlin and sent to Ravensbrück.',
      figures: {
        group: fig(24, 'Handed over with Margarete Buber-Neumann, February 1940 (Helm)', ['helm_buber']),
        total: fig('not established', 'People handed over at Brest, late 1939 to 1941', ['helm_buber', 'mensing'],
          'the Soviet secret police sent "hundreds" of refugees to the Gestapo, from well before 1939 until the German invasion (after the historian W. Mensing)'),
      },
    }),
  ]);
}

// ---------------------------------------------------------------- NKVD prison massacres, June 1941
export function massacres() {
  const cityPoint = 'The prisons are not located in the sources used here: the point is the city (about ±2 km).';
  return fc('massacres', [
    point('lutsk_prison', {
      kind: 'prison-massacre', name: 'Lutsk prison', short: 'Lutsk', short_local: 'Луцьк', local: 'uk', from: '1941-06-23', to: null,
      note: 'Prisoners shot in the former Brigidine convent on 23 Jun 1941, the day after the German attack.',
      figures: {
        killed: fig('about 2,000', 'Prisoners killed, 23 Jun 1941', ['lutsk_wiki']),
        inmates: fig(2055, 'Inmates on 10 Jun 1941', ['lutsk_wiki']),
      },
    }),
    point('rainiai', {
      kind: 'prison-massacre', name: 'Rainiai forest', short: 'Rainiai', local: 'lt', from: '1941-06-24', to: null,
      note: 'Prisoners from Telšiai killed by the NKVD in the Rainiai forest near the town on 24–25 Jun 1941.',
      figures: {
        killed: fig('70–80', 'Prisoners killed, 24–25 Jun 1941', ['rainiai_wiki']),
        lithuania_killed: fig('about 400', 'Prisoners killed by the NKVD in all of Lithuania in June 1941, of 3,336 held when the war broke out (NKVD data)', ['lt_occ_book'],
          '"approximately 5,000 political prisoners still held in Lithuanian jails" were executed as the Germans advanced in 1941'),
      },
    }),
    point('lwow', {
      id: 'lwow-prisons', kind: 'prison-massacre', name: 'Lwów prisons', short: 'Lwów prisons', short_local: 'Львів', local: 'uk', from: '1941-06-22', to: null,
      certainty: 'approximate',
      note: `Prisoners shot in the Brygidki, Łącki Street and Zamarstynów prisons in late June 1941 (exact days not in the sources used here); no count for the city is given in the sources used here. ${cityPoint}`,
      sources: ['nkvd_mass_wiki'],
    }, true),
    point('tarnopol', {
      id: 'tarnopol-prison', kind: 'prison-massacre', name: 'Tarnopol prison', short: 'Tarnopol prison', short_local: 'Тернопіль', local: 'uk', from: '1941-06-22', to: null,
      certainty: 'approximate',
      note: `Prisoners shot as the Germans advanced, late June 1941 (exact days and count not in the sources used here). ${cityPoint}`,
      sources: ['nkvd_mass_wiki'],
    }, true),
    point('dubno', {
      id: 'dubno-prison', kind: 'prison-massacre', name: 'Dubno prison', short: 'Dubno prison', short_local: 'Дубно', local: 'uk', from: '1941-06-22', to: null,
      certainty: 'approximate',
      note: `Prisoners shot as the Germans advanced, late June 1941 (exact days and count not in the sources used here). ${cityPoint}`,
      sources: ['nkvd_mass_wiki'],
    }, true),
  ]);
}

// ---------------------------------------------------------------- deportation destinations
/** Destination fact ids → the English name of the time (Akmolinsk, not Astana). */
const destinationNames: Record<string, string> = {
  arkhangelsk: 'Arkhangelsk', kotlas: 'Kotlas', syktyvkar_komi: 'Komi ASSR (Syktyvkar)', vologda: 'Vologda', sverdlovsk: 'Sverdlovsk',
  molotov_perm: 'Molotov', kirov: 'Kirov', omsk: 'Omsk', novosibirsk: 'Novosibirsk', tomsk: 'Tomsk', krasnoyarsk: 'Krasnoyarsk',
  kansk_reshoty: 'Kansk', irkutsk: 'Irkutsk', barnaul_altai: 'Altai krai (Barnaul)', biysk: 'Biysk', petropavl: 'Petropavlovsk',
  kostanay: 'Kustanai', aktobe: 'Aktyubinsk', pavlodar: 'Pavlodar', semey: 'Semipalatinsk', akmolinsk: 'Akmolinsk', karaganda: 'Karaganda',
  chelyabinsk: 'Chelyabinsk',
};
const kruglov = (n: number) => fig(n, 'Deportees of March 1949 (Operation Priboi) sent to this oblast or krai (Kruglov report, 18 May 1949)', ['kruglov1949']);
const destinationFigures: Record<string, Record<string, Fig>> = {
  irkutsk: { deported_1949: kruglov(25834) },
  omsk: { deported_1949: kruglov(22542) },
  tomsk: { deported_1949: kruglov(16065) },
  krasnoyarsk: { deported_1949: kruglov(13823) },
  novosibirsk: { deported_1949: kruglov(10064) },
  barnaul_altai: { polish_citizens: fig('about 25,000', 'Polish citizens exiled to Altai krai, 1940–41', ['altai_kaniewska']) },
};

/** A wave as the destinations layer needs it: its start, its label, its sources, the destinations it reached. */
export type WaveRef = { id: string; from: string; label: string; sources: string[]; destinations: string[] };

export function destinations(waves: readonly WaveRef[]) {
  const reached = new Map<string, WaveRef[]>();
  for (const w of waves) for (const d of w.destinations) reached.set(d, [...(reached.get(d) ?? []), w]);
  const features = [...reached.entries()].map(([factId, ws]) => {
    const sorted = [...ws].sort((a, b) => a.from.localeCompare(b.from));
    const p = place(factId) as Place & { notes?: string };
    return point(factId, {
      kind: 'deportation-destination', name: destinationNames[factId] ?? p.names.en, local: 'ru',
      from: sorted[0].from, to: null,
      waves: sorted.map((w) => w.id),
      note: `${p.notes ? `${p.notes} ` : ''}Representative point for the region of exile (oblast or krai centre). Reached by: ${sorted.map((w) => w.label).join('; ')}.`,
      sources: [...new Set(sorted.flatMap((w) => w.sources))],
      ...(destinationFigures[factId] ? { figures: destinationFigures[factId] } : {}),
    });
  });
  features.sort((a, b) => String(a.properties.id).localeCompare(String(b.properties.id)));
  return fc('destinations', features);
}
