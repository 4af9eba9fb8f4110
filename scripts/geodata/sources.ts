/**
 * The sources register, curated: the research folder's list (../shared/facts/sources.json) with each
 * entry typed in the closed vocabulary of scripts/content/sources.ts and cited as its printed original
 * (author, title, publisher or journal, year, pages) instead of the web host it was found on.
 *
 * Encyclopedia entries and web pages that stood in for scholarship are replaced by the scholarship;
 * their old keys stay as aliases (`alias_of`) so that every existing reference still resolves.
 * Entries no feature or step cites, and any from state-propaganda media, are left out.
 */
import type { SourceEntry, SourceType } from '../content/sources.ts';

type Fields = Omit<SourceEntry, 'key' | 'title' | 'url' | 'type'> & { url?: string | null };

/** The visible citation: "Author, Work, Journal/Publisher, year, pages" (editor as "ed."). */
export function citation(f: Fields & { work: string }): string {
  const who = f.author ?? (f.editor ? `${f.editor} (${f.editor.includes(',') || f.editor.includes(' and ') ? 'eds.' : 'ed.'})` : undefined);
  const where = [f.journal, f.publisher].filter(Boolean).join(', ');
  return [who, f.work, where || undefined, f.year ? String(f.year) : undefined, f.pages].filter(Boolean).join(', ');
}

const entry = (key: string, type: SourceType, f: Fields & { work: string }): SourceEntry => ({
  key, type, title: citation(f), ...f, url: f.url ?? null,
});

const NSR = { editor: 'R. J. Sontag and J. S. Beddie', publisher: 'Department of State, Washington', year: 1948 } as const;
const NSR_WORK = 'Nazi-Soviet Relations 1939–1941: Documents from the Archives of the German Foreign Office';
const CLM = { editor: 'A. M. Cienciala, N. S. Lebedeva and W. Materski', work: 'Katyn: A Crime Without Punishment', publisher: 'Yale University Press, New Haven (Annals of Communism)', year: 2007 } as const;

/** Scholarship and document editions added by the history review (issue 12). */
export const SCHOLARSHIP: SourceEntry[] = [
  entry('nsr1948', 'document-edition', { ...NSR, work: NSR_WORK, note: 'Boundary and Friendship Treaty of 28 Sep 1939 with its confidential protocol (exchange of populations) and secret supplementary protocols (Lithuania; "Polish agitation"), pp. 105–107; secret protocol of 10 Jan 1941 on the Lithuanian strip' }),
  entry('ericson1999', 'monograph', { author: 'E. E. Ericson III', work: 'Feeding the German Eagle: Soviet Economic Aid to Nazi Germany, 1933–1941', publisher: 'Praeger, Westport (CT)', year: 1999, note: 'Agreements of 11 Feb 1940 and 10 Jan 1941; deliveries (about 0.9 Mt oil, 1.5 Mt grain, 140,000 t manganese ore; Soviet exports 597.9 vs German 437.1 million RM); transit of rubber and other goods for Germany on the Trans-Siberian Railway. Page references to be checked in the printed edition.' }),
  entry('misiunas1993', 'monograph', { author: 'R. J. Misiunas and R. Taagepera', work: 'The Baltic States: Years of Dependence 1940–1990', publisher: 'Hurst, London; University of California Press, Berkeley', year: 1993, pages: 'ch. 1', note: 'Mutual assistance pacts of 1939, ultimatums and occupation of June 1940, "elections" of 14–15 Jul 1940 and their official results, admission to the USSR, deportations of 1941 and 1949' }),
  entry('gross1988', 'monograph', { author: 'J. T. Gross', work: "Revolution from Abroad: The Soviet Conquest of Poland's Western Ukraine and Western Belorussia", publisher: 'Princeton University Press, Princeton', year: 1988, note: 'The invasion of 17 Sep 1939, the "elections" of 22 Oct 1939 and the annexation; the deportations of 1940–41' }),
  entry('kochanski2012', 'monograph', { author: 'H. Kochanski', work: 'The Eagle Unbowed: Poland and the Poles in the Second World War', publisher: 'Allen Lane, London', year: 2012, note: 'The campaign of September 1939, Lwów and Warsaw; the Lublin Committee, the Warsaw Uprising and the Trial of the Sixteen' }),
  entry('moorhouse2014', 'monograph', { author: 'R. Moorhouse', work: "The Devils' Alliance: Hitler's Pact with Stalin, 1939–1941", publisher: 'Bodley Head, London', year: 2014, note: 'The German–Soviet handover of Brest-Litovsk on 22 Sep 1939; the NKVD handovers of German and Austrian émigrés to the Gestapo in 1940 (Buber-Neumann). Cited only for these: the dates of the NKVD–Gestapo meetings are not taken from it (they are reported by few sources, see gestapo_nkvd_wiki).' }),
  entry('krivosheev1997', 'monograph', { editor: 'G. F. Krivosheev', work: 'Soviet Casualties and Combat Losses in the Twentieth Century', publisher: 'Greenhill, London', year: 1997, note: 'Strength of the Soviet forces in Poland in Sep 1939 (466,516); Soviet losses in the Winter War (126,875 dead and missing)' }),
  entry('vehvilainen2002', 'monograph', { author: 'O. Vehviläinen', work: 'Finland in the Second World War: Between Germany and Russia', publisher: 'Palgrave, Basingstoke', year: 2002, note: 'The Winter War, the Moscow Peace of 12 Mar 1940, the ceded territory and its evacuated population, Finnish losses' }),
  entry('philbin1994', 'monograph', { author: 'T. R. Philbin III', work: 'The Lure of Neptune: German–Soviet Naval Collaboration and Ambitions, 1919–1941', publisher: 'University of South Carolina Press, Columbia', year: 1994, pages: 'on Komet pp. 138–142', note: 'Murmansk and the Bremen; Basis Nord in Zapadnaya Litsa bay (supply ships, no U-boat operations); Komet on the Northern Sea Route, disguised off Norway as the Soviet icebreaker Semyon Dezhnev' }),
  entry('rohwer2005', 'monograph', { author: 'J. Rohwer and G. Hümmelchen', work: 'Chronology of the War at Sea 1939–1945', publisher: 'Chatham, London (3rd ed.)', year: 2005, note: "Komet's cruise of 1940–41: ships sunk, jointly with Orion, and captured" }),
  entry('musial2000', 'monograph', { author: 'B. Musial', work: '"Konterrevolutionäre Elemente sind zu erschießen": Die Brutalisierung des deutsch-sowjetischen Krieges im Sommer 1941', publisher: 'Propyläen, Berlin', year: 2000, note: 'The NKVD prison massacres of June–July 1941 (Lwów, Lutsk, Dubno, Tarnopol); Soviet counts of prisoners shot and killed in evacuation' }),
  entry('strods_kott2002', 'article', { author: 'H. Strods and M. Kott', work: "The file on Operation 'Priboi': a re-assessment of the mass deportations of 1949", journal: 'Journal of Baltic Studies 33 (1)', year: 2002, pages: 'pp. 1–36' }),
  entry('glantz_house1995', 'monograph', { author: 'D. M. Glantz and J. House', work: 'When Titans Clashed: How the Red Army Stopped Hitler', publisher: 'University Press of Kansas, Lawrence', year: 1995 }),
  entry('davies1972', 'monograph', { author: 'N. Davies', work: 'White Eagle, Red Star: The Polish–Soviet War, 1919–20', publisher: 'Macdonald, London', year: 1972, note: 'The line of the Allied Supreme Council of 8 Dec 1919 and the variant of the British note of 11 Jul 1920 (Curzon line), which ran on through eastern Galicia west of Lwów' }),
  entry('eic2006', 'official-report', { editor: 'T. Hiio, M. Maripuu and I. Paavle', work: 'Estonia 1940–1945: Reports of the Estonian International Commission for the Investigation of Crimes Against Humanity', publisher: 'Estonian Foundation for the Investigation of Crimes Against Humanity, Tallinn', year: 2006, note: 'The deportation of 14 June 1941 from Estonia (about 10,000 people; the plan). Page to be checked.' }),
  entry('katyn_dokumenty', 'document-edition', { editor: 'W. Materski et al.', work: 'Katyń. Dokumenty zbrodni, 4 vols.', publisher: 'Trio, Warsaw', year: '1995–2006', note: 'The Politburo decision of 5 Mar 1940, the transports from the camps, Shelepin\'s note of 3 Mar 1959' }),
];

type Raw = { key: string; title: string; url: string | null; type: string };

/** Per shared key: its place in the vocabulary and its printed original. `alias` replaces it. */
const CURATE: Record<string, { type: SourceType; fields?: Fields & { work: string }; keepUrl?: boolean } | { alias: string } | 'drop'> = {
  seedA: { type: 'seed', fields: { author: 'Euromaidan Press', work: "'Stalin's NKVD and Hitler's Gestapo cooperated closely even before Molotov-Ribbentrop Pact', reporting Radio Svoboda (D. Volchek) on files from the archives of the SBU and the historian Wilhelm Mensing", year: 2019, note: 'Published 13 Jan 2019 ("© 2021" is the site\'s footer). Quoted as a popular account, checked against the record.' } },
  seedB: { type: 'seed', fields: { work: "'Soviet Aggression and Collaboration with the Germans in World War II': a compilation on a Finnish-American memorial website, with a text by Roger Pratt and material of the Estonian American National Council, the American Latvian Association and the Lithuanian American Council", year: undefined, note: 'Compiled after 2000 (it cites a text of 1997 and the presidency of V. Putin). Quoted as a popular account, checked against the record.' } },
  protocol1939: { type: 'document-edition', fields: { ...NSR, work: `Secret Additional Protocol of 23 Aug 1939, in ${NSR_WORK}`, pages: 'p. 78' } },
  bft_wiki: { alias: 'nsr1948' },
  dejonge: { type: 'article', fields: { author: 'J. de Jonge', work: "'Die westliche Suvalkija. Deutsch-sowjetischer Poker um ein litauisches Gebiet, 1939–1941'", journal: 'Annaberger Annalen' } },
  bca1941_wiki: { alias: 'nsr1948' },
  schnurre: { type: 'document-edition', fields: { ...NSR, work: `Memorandum by K. Schnurre on the German–Soviet Commercial Agreement, 26 Feb 1940, in ${NSR_WORK}`, pages: 'pp. 131–134' } },
  agreement1940: { type: 'document-edition', fields: { work: 'German–Soviet Commercial Agreement of 11 Feb 1940, in Documents on German Foreign Policy 1918–1945, Series D, vol. VIII', publisher: 'HMSO, London', year: 1954 } },
  agreement1940_wiki: { alias: 'ericson1999' },
  frus1940_583: { type: 'document-edition', keepUrl: true },
  est_treaty_wiki: { alias: 'misiunas1993' },
  eestiajalugu: { type: 'encyclopedia', keepUrl: true },
  histrodamus: { type: 'encyclopedia', keepUrl: true },
  frus_est_protocol: { type: 'document-edition', keepUrl: true },
  frus_est_leonard: { type: 'document-edition', keepUrl: true },
  frus_lat_treaty: { type: 'document-edition', keepUrl: true },
  frus_lat_25000: { type: 'document-edition', keepUrl: true },
  lva1941: { type: 'archival', keepUrl: true },
  lit_treaty_wiki: { alias: 'misiunas1993' },
  serov_wiki: { alias: 'serov_lva' },
  serov_lva: { type: 'archival', keepUrl: true },
  winterwar_wiki: { alias: 'vehvilainen2002' },
  ww2days_moscowpeace: { alias: 'vehvilainen2002' },
  katyn_wiki: { alias: 'cienciala' },
  shelepin: { type: 'document-edition', fields: { work: 'Note of KGB chairman A. N. Shelepin to N. S. Khrushchev, 3 Mar 1959 ("Package No. 1"), in Katyń. Dokumenty zbrodni, vol. 4; English translation in Cienciala, Lebedeva and Materski, Katyn: A Crime Without Punishment', year: 2007 } },
  cienciala: { type: 'document-edition', fields: { ...CLM } },
  // A web article series (katyn.eu), not an institution's record: where the camp figures were found.
  katyneu: { type: 'web', keepUrl: true },
  lebedeva_way: 'drop', wojskonews: 'drop', ropwim_necro: 'drop', adamska_katyn: 'drop', sputnik_lt: 'drop', globalestonian: 'drop', uacrisis_baltic: 'drop', bering_wiki: 'drop',
  fk_katyn: { type: 'memorial', keepUrl: true }, fk_mednoye: { type: 'memorial', keepUrl: true }, fk_kharkiv: { type: 'memorial', keepUrl: true }, fk_bykivnia: { type: 'memorial', keepUrl: true },
  ipn_mednoye: { type: 'memorial', keepUrl: true }, ipn_kharkiv: { type: 'memorial', keepUrl: true }, ipn_kowalska: { type: 'memorial', keepUrl: true }, ipn_17sep: { type: 'memorial', keepUrl: true },
  adamska_kharkiv: { type: 'article', fields: { author: 'J. Adamska', work: "'Charków 1940–2000'", journal: 'Przeszłość i Pamięć 2 (15)', year: 2000 } },
  mapofmemory_tver: { type: 'memorial', keepUrl: true },
  kharkiv_police_hq: { type: 'press', keepUrl: true },
  tass1990: { type: 'press', fields: { author: 'TASS', work: 'Statement of 13 Apr 1990 on Katyn', journal: 'Izvestiia, 14 Apr 1990', year: 1990 } },
  upi1990: { type: 'press', keepUrl: true }, pkg1_1992: { type: 'press', keepUrl: true },
  vb1943: { type: 'press', fields: { work: "'Bolschewisten töteten mehr als 10.000 polnische Offiziere' (DNB, Berlin, 13 Apr 1943)", journal: 'Völkischer Beobachter, 14 Apr 1943', year: 1943 } },
  amtliches: { type: 'document-edition', fields: { editor: 'Auswärtiges Amt', work: 'Amtliches Material zum Massenmord von Katyn', publisher: 'Deutscher Verlag, Berlin', year: 1943, note: 'German propaganda edition; its exhumation count (4,143) is used, not its framing' } },
  imc_fdr: { type: 'archival', keepUrl: true },
  burdenko_ekatyn: { type: 'memorial', keepUrl: true },
  burdenko_wiki: { alias: 'cienciala' },
  wasilewski: { type: 'article', fields: { author: 'W. Wasilewski', work: "'The Birth and Persistence of the Katyn Lie'", journal: 'Case Western Reserve Journal of International Law 44', year: 2011, pages: 'pp. 671–693' } },
  kozelsk_de: { alias: 'cienciala' }, hoover_kozelsk: { alias: 'cienciala' }, kresy_starobielsk: { alias: 'cienciala' },
  ostashkov_ode: { type: 'memorial', keepUrl: true }, ostashkov_bystrov: { type: 'memorial', keepUrl: true },
  starobilsk_hnm: { type: 'dataset', keepUrl: true },
  gnezdovo_wikimapia: { type: 'dataset', keepUrl: true }, katyn_wikimapia: { type: 'dataset', keepUrl: true }, kurapaty_coords: { type: 'dataset', keepUrl: true },
  optina_coords: { type: 'dataset', keepUrl: true }, katyn_complex_coords: { type: 'dataset' }, tide_litsa: { type: 'dataset' }, geonames: { type: 'dataset', keepUrl: true },
  mednoye_plwiki: { type: 'encyclopedia', fields: { work: 'Polski Cmentarz Wojenny w Miednoje (Polish Wikipedia): coordinates 56.9368, 35.4381' } },
  piat_coords: { type: 'encyclopedia', fields: { work: 'Friedhof für die Opfer des Totalitarismus in Charkiw (German Wikipedia): coordinates 50°4′50″ N, 36°15′46″ E' } },
  bykivnia_wiki: { alias: 'fk_bykivnia' },
  bel_katyn_list: { alias: 'cienciala' },
  udf_bel_list: { type: 'press', keepUrl: true },
  katynpromemoria: { type: 'memorial', keepUrl: true },
  // The meeting dates came from this encyclopedia article, not from Moorhouse: it is cited as what it is
  // (no url: the register takes no Wikipedia address), and the features say the dates rest on few sources.
  gestapo_nkvd_wiki: { type: 'encyclopedia', fields: { work: "'Gestapo–NKVD conferences' (English Wikipedia), consulted by the project: Brest 27 Sep 1939; Lwów Oct 1939; Przemyśl late Nov 1939; Kraków 6–7 Dec 1939 and Mar 1940; Zakopane 8–9 Dec 1939 and 20 Feb 1940", note: 'An encyclopedia article: the dates are told as reported by few sources; no scholarly work in the register is cited for them.' } },
  brest_contest: { alias: 'moorhouse2014' },
  helm_buber: { type: 'monograph', fields: { author: 'S. Helm', work: "Ravensbrück: Life and Death in Hitler's Concentration Camp for Women", publisher: 'Nan A. Talese / Doubleday, New York', year: 2014, pages: "ch. 5, 'Stalin's Gift'" } },
  buber_memoir: { type: 'monograph', fields: { author: 'M. Buber-Neumann', work: 'Als Gefangene bei Stalin und Hitler', publisher: 'Verlag der Zwölf, Munich', year: 1949 } },
  mensing: { alias: 'seedA' },
  basisnord_wiki: { alias: 'philbin1994' }, basisnord_ktb: { alias: 'philbin1994' },
  komet_armstrong: { type: 'article', fields: { author: 'T. Armstrong', work: "'The voyage of the Komet along the Northern Sea Route, 1940'", journal: 'Polar Record', publisher: 'Cambridge University Press', note: 'Cover names Donau and, off Norway, the Soviet icebreaker Semyon Dezhnev; fee of 850,000 roubles. Volume and pages to be checked.' }, keepUrl: true },
  komet_au: { alias: 'komet_armstrong' }, komet_ru: { alias: 'komet_armstrong' }, komet_tenika: { alias: 'komet_armstrong' },
  komet_bismarck: { alias: 'rohwer2005' }, komet_deru: { alias: 'rohwer2005' },
  komet_nzetc: { type: 'official-report', keepUrl: true },
  bremen: { type: 'press', keepUrl: true }, bremen_ws: { alias: 'philbin1994' },
  cityofflint: { type: 'press', keepUrl: true }, cityofflint2: { alias: 'cityofflint' },
  invasion_wiki: { alias: 'gross1988' }, invasion_academic: { alias: 'krivosheev1997' }, sarny_wiki: { alias: 'ipn_17sep' },
  lwow_22sep: { alias: 'kochanski2012' }, poland1939_wiki: { alias: 'kochanski2012' },
  // The Kresy-Siberia virtual museum (a foundation's website): where the NKVD figures were found; the
  // figures cite the scholarship that publishes them (gurjanow1994, hryciuk2008, glowacki1998).
  kresysib_feb1940: { type: 'web', keepUrl: true }, kresysib_apr1940: { type: 'web', keepUrl: true }, kresysib_jun1940: { type: 'web', keepUrl: true },
  kresysib_jun1940_dest: { type: 'web', keepUrl: true }, kresysib_1941: { type: 'web', keepUrl: true },
  zapalec: { type: 'article', fields: { author: 'A. Zapalec', work: "'Wybrane aspekty kwerendy w archiwach rosyjskich Syberii Wschodniej dotyczącej deportacji obywateli polskich'", journal: 'Annales Universitatis Paedagogicae Cracoviensis, Studia Historica XII', year: 2012 } },
  pap_deport: { type: 'press', keepUrl: true }, tysol_apr1940: { type: 'press', keepUrl: true },
  june_dep_wiki: { alias: 'misiunas1993' },
  estonica_june: { type: 'encyclopedia', keepUrl: true },
  lsm_latvia: { type: 'press', keepUrl: true },
  these_names: { type: 'monograph', fields: { editor: 'Latvian National Foundation', work: 'These Names Accuse: Nominal List of Latvians Deported to Soviet Russia in 1940–41', publisher: 'Latvian National Foundation, Stockholm (2nd ed.)', year: 1982, pages: 'Historical introduction' } },
  lt_occ_book: { type: 'monograph', fields: { editor: 'A. Anušauskas', work: 'Lithuania 1940–1990: The History of Occupied Lithuania', publisher: 'Genocide and Resistance Research Centre of Lithuania, Vilnius', year: 2005 } },
  komisija_lt: { type: 'official-report', keepUrl: true },
  // An anonymous summary on a blog host, not Anušauskas (ed.) 2005: cited as what it is (no url: the
  // host is not acceptable), beside the commission's report; its breakdown (3,915 + 12,331) is not shown.
  lt_16246: { type: 'web', fields: { work: 'An anonymous summary of Lithuanian research on a blog host: 16,246 deported on 14–18 Jun 1941 (3,915 men to camps, 12,331 family members); not checked against the Genocide and Resistance Research Centre of Lithuania' } },
  lt_dep_wiki: { alias: 'lt_occ_book' }, ru_wiki_ltdep: { alias: 'lt_occ_book' },
  priboi_wiki: { alias: 'strods_kott2002' },
  kruglov1949: { type: 'document-edition', fields: { editor: 'N. F. Bugai', work: "Report of USSR Interior Minister S. Kruglov to Stalin, 18 May 1949, in Iosif Stalin – Lavrentiiu Berii: 'Ikh nado deportirovat''", publisher: 'Druzhba narodov, Moscow', year: 1992, pages: 'doc. 19' } },
  rahitamm_arrival: { type: 'article', keepUrl: true }, rahitamm_journey: { type: 'article', keepUrl: true },
  err_1949: { type: 'press', keepUrl: true },
  nkvd_mass_wiki: { alias: 'musial2000' }, lutsk_wiki: { alias: 'musial2000' }, rainiai_wiki: { alias: 'lt_occ_book' },
  elect_ee: { alias: 'misiunas1993' }, elect_lv: { alias: 'misiunas1993' }, elect_lt: { alias: 'misiunas1993' }, peoples_seimas: { alias: 'misiunas1993' },
  latvia_occ_wiki: { alias: 'misiunas1993' }, lt_ultimatum: { alias: 'misiunas1993' },
  nakanune: { type: 'document-edition', keepUrl: true },
  muzeum1939: { type: 'memorial', keepUrl: true },
  warsaw_wiki: { alias: 'kochanski2012' }, pkwn_wiki: { alias: 'kochanski2012' }, pkwn_brit: { alias: 'kochanski2012' },
  trial16_wiki: { alias: 'kochanski2012' }, trial16_mirror: { alias: 'kochanski2012' },
  sikorski: { type: 'memorial', keepUrl: true },
  orzel: { alias: 'eestiajalugu' },
  frus_baltic_bases_est: { type: 'document-edition', keepUrl: true },
  gaiziunai: { type: 'encyclopedia', fields: { work: 'Gaižiūnai (Wikipedia): about 5,000 Soviet soldiers stationed there under the treaty of 10 Oct 1939' } },
  memorial_krsk_lv: { type: 'memorial', keepUrl: true },
  heinar: { alias: 'estonica_june' },
  altai_kaniewska: { type: 'article', fields: { author: 'A. Kaniewska', work: "'Polscy obywatele w Kraju Ałtajskim. Od deportacji do układu Sikorski–Majski w świetle materiałów NKWD'", journal: 'Przegląd Wschodnioeuropejski VII (2)', year: 2016 } },
  pzevo_krsk: { type: 'press', fields: { work: "'Sybir dla wrogów'", journal: 'Polska Zbrojna' } },
  komi_ciesielski: { type: 'article', fields: { author: 'S. Ciesielski', work: "'Polscy zesłańcy w Komi ASRR w latach 1940–1941'" } },
  barbarossa_wiki: { alias: 'glantz_house1995' },
  pows_wiki: { alias: 'cienciala' },
  frus_1939_501: { type: 'document-edition', keepUrl: true },
  historical_basemaps: { type: 'dataset', keepUrl: true }, natural_earth: { type: 'dataset', keepUrl: true }, gshhg_wdb2: { type: 'dataset', keepUrl: true }, project_lines: { type: 'dataset' },
  curzon_wiki: { alias: 'davies1972' },
};

/** The curated register from the shared list. Throws on a shared key this file does not know. */
export function curate(shared: Raw[]): SourceEntry[] {
  const out: SourceEntry[] = [];
  for (const s of shared) {
    const c = CURATE[s.key];
    if (!c) throw new Error(`sources: shared key "${s.key}" (${s.type}) is not curated in scripts/geodata/sources.ts`);
    if (c === 'drop' || 'alias' in c) continue;
    if (c.fields) out.push({ ...entry(s.key, c.type, c.fields), ...(c.keepUrl && s.url ? { url: s.url } : {}) });
    else out.push({ key: s.key, type: c.type, title: s.title, url: c.keepUrl ? s.url : null });
  }
  out.push(...SCHOLARSHIP);
  const byKey = new Map(out.map((e) => [e.key, e]));
  for (const [key, c] of Object.entries(CURATE)) {
    if (c === 'drop' || !('alias' in c)) continue;
    const target = byKey.get(c.alias);
    if (!target) throw new Error(`sources: alias ${key} → ${c.alias}, which is not in the register`);
    out.push({ ...target, key, alias_of: c.alias });
  }
  return out;
}
