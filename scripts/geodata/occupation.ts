/**
 * The `occupation` layer: sites of the German occupation's crimes in the lands the pact divided,
 * 1939–1941 — killing sites, mass arrests, expulsions, camps and ghettos. Written by hand from the
 * scholarship cited per feature (scripts/geodata/sources-chapters.ts), because the shared fact sheet
 * (../shared/facts) covers only the Soviet side. Run: `npx tsx scripts/geodata/occupation.ts`.
 *
 * Conventions, as in points.ts:
 * - `from`/`to` are the dates of the crime or the institution (`to` exclusive; `null`: the site of a
 *   killing stays on the map as a place of memory). `from_precision: "month"` where only the month is
 *   known.
 * - Positions: `precision_m` says how far the point may be from the place; `certainty: "approximate"`
 *   (a hollow symbol) from 1,000 m. A killing site is the memorial at the graves; a ghetto is a point
 *   inside its area; an office stands for its city. `position` names where the coordinates come from.
 * - Figures carry their own sources; ranges where historians differ.
 * - `names` gives the label in the other shipped languages (else the English label is shown).
 */
import { fileURLToPath } from 'node:url';
import { writeGeodata } from './io.ts';
import { fig, type Fig } from './points.ts';

type Site = {
  id: string;
  kind: 'killing-site' | 'arrest-site' | 'concentration-camp' | 'ghetto' | 'expulsion-centre';
  name: string;
  short?: string;
  names: Record<string, string>;
  lonlat: [number, number];
  precision_m: number;
  position: string;
  from: string;
  from_precision?: 'day' | 'month';
  to: string | null;
  to_precision?: 'day' | 'month';
  note: string;
  figures?: Record<string, Fig>;
  sources: string[];
};

export const SITES: Site[] = [
  // ---------------------------------------------------------------- autumn 1939: Intelligenzaktion
  {
    id: 'piasnica', kind: 'killing-site', name: 'Piaśnica',
    names: { lv: 'Pjašnica', uk: 'Пясниця' },
    lonlat: [18.1843, 54.6758], precision_m: 500, position: 'the cemetery and memorial in the Piaśnica forest (Wielka Piaśnica)',
    from: '1939-10-01', from_precision: 'month', to: null,
    note: 'Forest near Wejherowo where the SS, German police and the ethnic-German Selbstschutz shot Poles and Kashubians of Pomerania, Jews, and patients of psychiatric hospitals, from late October 1939 to the spring of 1940. In 1944 prisoners from Stutthof were forced to burn the bodies, so the number of victims can only be estimated.',
    figures: { victims: fig('12,000–14,000', 'Estimated victims, autumn 1939 – spring 1940', ['bojarska2009', 'wardzynska_2009']) },
    sources: ['wardzynska_2009', 'bojarska2009'],
  },
  {
    id: 'fordon-valley-of-death', kind: 'killing-site', name: 'Valley of Death, Fordon', short: 'Fordon',
    names: { pl: 'Fordon', lv: 'Fordona', uk: 'Фордон' },
    lonlat: [18.1371, 53.1579], precision_m: 500, position: 'the memorial in the Valley of Death (Dolina Śmierci) at Fordon, Bydgoszcz',
    from: '1939-10-01', from_precision: 'month', to: null,
    note: 'Valley near Fordon, now part of Bydgoszcz, where the Selbstschutz and the Einsatzgruppe shot inhabitants of Bydgoszcz (Bromberg) and its surroundings in October and November 1939, most of them Polish and Jewish teachers, officials, priests and community leaders.',
    figures: { victims: fig('1,200–3,000', 'Estimated victims, autumn 1939', ['wardzynska_2009']) },
    sources: ['wardzynska_2009', 'bohler2006'],
  },
  {
    id: 'collegium-novum', kind: 'arrest-site', name: 'Collegium Novum, Kraków', short: 'Collegium Novum',
    names: { uk: 'Колегіум Новум' },
    lonlat: [19.9332, 50.0609], precision_m: 100, position: 'the Collegium Novum of the Jagiellonian University, ul. Gołębia 24',
    from: '1939-11-06', to: null,
    note: 'Sonderaktion Krakau: professors and lecturers of the Kraków universities, called to a lecture by the Security Police, were arrested here on 6 Nov 1939 and taken to the Sachsenhausen concentration camp. Twelve died there; after protests abroad the others were released, the last by the autumn of 1941.',
    figures: { arrested: fig(183, 'People arrested, 6 Nov 1939', ['august1997']) },
    sources: ['august1997'],
  },
  {
    id: 'poznan-expulsions', kind: 'expulsion-centre', name: 'Poznań (Posen)', short: 'Poznań',
    names: { lt: 'Poznanė', lv: 'Poznaņa', uk: 'Познань' },
    lonlat: [16.9252, 52.4064], precision_m: 3000, position: 'the city as a whole',
    from: '1939-12-01', to: '1941-04-01', to_precision: 'month',
    note: 'Seat of the Higher SS and Police Leader of the Warthegau, Wilhelm Koppe, and of the office that organised the expulsions of Poles and Jews from the Warthegau to the Generalgouvernement, from December 1939 to March 1941; their homes and farms were given to German settlers. The point stands for the city.',
    figures: { expelled_dec_1939: fig('more than 87,000', 'Deported from the Warthegau to the Generalgouvernement, 1–17 Dec 1939 (Koppe’s final report)', ['longerich2010', 'rutherford2007']) },
    sources: ['rutherford2007', 'longerich2010'],
  },
  // ---------------------------------------------------------------- 1940: camps, ghettos, AB-Aktion
  {
    id: 'lodz-ghetto', kind: 'ghetto', name: 'Łódź ghetto',
    names: { pl: 'Getto łódzkie', lt: 'Lodzės getas', lv: 'Lodzas geto', et: 'Łódźi geto', fi: 'Łódźin ghetto', uk: 'Лодзинське гетто' },
    lonlat: [19.455, 51.79], precision_m: 1000, position: 'a point in the Bałuty district, inside the ghetto',
    from: '1940-04-30', to: '1944-09-01', to_precision: 'month',
    note: 'Ghetto in the Bałuty and Old Town districts of Łódź, renamed Litzmannstadt by the occupiers on 11 Apr 1940; ordered on 8 Feb 1940 and sealed on 30 Apr 1940. It existed until August 1944, when its last inhabitants were deported to Auschwitz. The point lies inside the ghetto area.',
    figures: { confined: fig('about 160,000', 'Jews confined when the ghetto was sealed, 30 Apr 1940', ['low2006', 'ushmm_ecg2012']) },
    sources: ['low2006', 'ushmm_ecg2012'],
  },
  {
    id: 'auschwitz', kind: 'concentration-camp', name: 'Auschwitz',
    names: { pl: 'KL Auschwitz', lt: 'Aušvicas', lv: 'Aušvica', uk: 'Аушвіц' },
    lonlat: [19.2033, 50.0266], precision_m: 300, position: 'the main camp (Auschwitz I) at Oświęcim',
    from: '1940-06-14', to: '1945-01-27',
    note: 'German concentration camp in former Polish army barracks at Oświęcim, in the lands annexed to the Reich. The first mass transport, 728 Polish political prisoners from the prison in Tarnów, arrived on 14 Jun 1940. From 1942 it was also the largest death camp for the Jews of Europe. Liberated by the Red Army on 27 Jan 1945.',
    figures: {
      first_transport: fig(728, 'Polish prisoners of the first transport, from Tarnów, 14 Jun 1940 (camp numbers 31–758)', ['czech1990', 'strzelecka2002']),
      killed: fig('about 1,100,000', 'People killed in the camp, 1940–1945, most of them Jews (of about 1.3 million deported there)', ['piper1992']),
    },
    sources: ['czech1990', 'strzelecka2002', 'piper1992'],
  },
  {
    id: 'palmiry', kind: 'killing-site', name: 'Palmiry',
    names: { lv: 'Palmiri', uk: 'Пальміри' },
    lonlat: [20.74, 52.33], precision_m: 2000, position: 'the execution area in the Kampinos Forest near Palmiry, as given in the literature (about ±2 km)',
    from: '1939-12-01', from_precision: 'month', to: null,
    note: 'Clearings in the Kampinos Forest north-west of Warsaw where the SS and German police shot prisoners from the Pawiak and other Warsaw prisons, Poles and Jews, from December 1939 to July 1941; the largest execution, of 358 people, took place on 20–21 Jun 1940 during the AB-Aktion. Position approximate (about ±2 km).',
    figures: {
      june_1940: fig(358, 'Shot on 20–21 Jun 1940', ['bartoszewski1976', 'grudnik_palmiry']),
      total: fig('about 1,700', 'Shot here from December 1939 to July 1941', ['grudnik_palmiry', 'bartoszewski1976']),
    },
    sources: ['bartoszewski1976', 'grudnik_palmiry', 'broszat1961'],
  },
  {
    id: 'warsaw-ghetto', kind: 'ghetto', name: 'Warsaw ghetto',
    names: { pl: 'Getto warszawskie', lt: 'Varšuvos getas', lv: 'Varšavas geto', et: 'Varssavi geto', fi: 'Varsovan ghetto', uk: 'Варшавське гетто' },
    lonlat: [20.99, 52.246], precision_m: 1000, position: 'a point in the northern district, inside the ghetto',
    from: '1940-11-16', to: '1943-05-16',
    note: 'Ghetto in the northern district of Warsaw, ordered on 2 Oct 1940 and closed behind a wall on 16 Nov 1940: the largest in occupied Europe. From July 1942 most of its inhabitants were deported to the Treblinka death camp; it was destroyed after the uprising of April–May 1943. The point lies inside the ghetto area.',
    figures: { confined: fig('about 400,000', 'People confined when the ghetto was sealed, 16 Nov 1940', ['engelking2009']) },
    sources: ['engelking2009'],
  },
  // ---------------------------------------------------------------- after 22 June 1941: the Holocaust by shooting
  {
    id: 'ponary', kind: 'killing-site', name: 'Paneriai (Ponary)', short: 'Paneriai',
    names: { pl: 'Ponary', lv: 'Paneri', uk: 'Понари' },
    lonlat: [25.1716, 54.6268], precision_m: 1000, position: 'the Paneriai memorial in the forest south-west of Vilnius (about ±1 km)',
    from: '1941-07-01', from_precision: 'month', to: null,
    note: 'Forest near Vilnius (Wilno) where a German Security Police unit and Lithuanian auxiliaries shot the Jews of the city and region from July 1941 to 1944, and Poles and Soviet prisoners of war. Position approximate (about ±1 km).',
    figures: {
      jews: fig('about 70,000', 'Jews killed here, 1941–1944', ['arad1980', 'sakowicz2005']),
      total: fig('up to about 100,000', 'All victims killed here, 1941–1944 (estimates)', ['arad1980', 'dieckmann2011']),
    },
    sources: ['arad1980', 'sakowicz2005', 'dieckmann2011'],
  },
  {
    id: 'babyn-yar', kind: 'killing-site', name: 'Babyn Yar',
    names: { pl: 'Babi Jar', lt: 'Babij Jaras', lv: 'Babijara', et: 'Babõn Jar', fi: 'Babi Jar', uk: 'Бабин Яр' },
    lonlat: [30.4485, 50.4717], precision_m: 500, position: 'the ravine of Babyn Yar on the north-western edge of Kyiv',
    from: '1941-09-29', to: null,
    note: 'Ravine on the edge of Kyiv where Sonderkommando 4a of Einsatzgruppe C and two detachments of Police Regiment South shot the Jews of Kyiv on 29–30 Sep 1941. Until 1943 it remained a place of mass shootings of Roma, Soviet prisoners of war, psychiatric patients, Ukrainian nationalists and others.',
    figures: { sep_1941: fig(33771, 'Jews shot on 29–30 Sep 1941 (Ereignismeldung UdSSR Nr. 101, 2 Oct 1941)', ['em1941', 'berkhoff2004']) },
    sources: ['em1941', 'berkhoff2004'],
  },
  {
    id: 'kaunas-ninth-fort', kind: 'killing-site', name: 'Ninth Fort, Kaunas', short: 'Ninth Fort',
    names: { pl: 'IX Fort', lt: 'IX fortas', lv: 'IX forts', et: 'IX fort', fi: 'Yhdeksäs linnake', uk: 'IX форт' },
    lonlat: [23.8771, 54.9441], precision_m: 500, position: 'the Ninth Fort memorial on the north-western edge of Kaunas',
    from: '1941-10-01', from_precision: 'month', to: null,
    note: 'Tsarist fortress outside Kaunas (Kauen), from autumn 1941 the main killing site of the Jews of the Kaunas ghetto and of Jews deported from Germany, Austria and Czechoslovakia. On 29 Oct 1941, after the selection in the ghetto the day before, Einsatzkommando 3 and Lithuanian auxiliaries shot 9,200 people here.',
    figures: { oct_1941: fig(9200, 'Jews shot on 29 Oct 1941: 2,007 men, 2,920 women, 4,273 children (Jäger report, 1 Dec 1941)', ['jaeger1941']) },
    sources: ['jaeger1941', 'dieckmann2011'],
  },
  {
    id: 'rumbula', kind: 'killing-site', name: 'Rumbula',
    names: { uk: 'Румбула' },
    lonlat: [24.2449, 56.8869], precision_m: 1000, position: 'the Rumbula memorial in the forest south-east of Riga (about ±1 km)',
    from: '1941-11-30', to: null,
    note: 'Forest south-east of Riga where German police and Security Police units with the Latvian Arājs Kommando, under the Higher SS and Police Leader Friedrich Jeckeln, shot the Jews of the Riga ghetto on 30 Nov and 8 Dec 1941, and about 1,000 Jews deported from Berlin. Position approximate (about ±1 km).',
    figures: { victims: fig('about 25,000', 'Jews shot on 30 Nov and 8 Dec 1941', ['ezergailis1996']) },
    sources: ['ezergailis1996'],
  },
];

export function occupation() {
  return {
    type: 'FeatureCollection',
    name: 'occupation',
    features: SITES.map((s) => ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: s.lonlat },
      properties: {
        id: s.id,
        kind: s.kind,
        name: s.name,
        ...(s.short ? { short: s.short } : {}),
        names: s.names,
        precision_m: s.precision_m,
        certainty: s.precision_m >= 1000 ? 'approximate' : 'documented',
        position: s.position,
        from: s.from,
        ...(s.from_precision ? { from_precision: s.from_precision } : {}),
        to: s.to,
        ...(s.to_precision ? { to_precision: s.to_precision } : {}),
        note: s.note,
        ...(s.figures ? { figures: s.figures } : {}),
        sources: [...new Set([...s.sources, ...Object.values(s.figures ?? {}).flatMap((f) => f.sources)])],
      },
    })),
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeGeodata('occupation.geojson', occupation());
  console.log(`geodata: ${SITES.length} occupation`);
}
