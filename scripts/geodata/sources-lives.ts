/**
 * Sources for the lives (src/lives/<id>.yaml), added to the register (geodata/sources.json) by the
 * register's generation. Shape: the shared contract in the team notes (key, type from the closed
 * vocabulary, title, author?, editor?, publisher?, journal?, year?, pages?, url?, note?).
 * Printed originals first; a `url` only where the thing itself is online (memorial institutions,
 * an institution's own page). The lives lint (scripts/content/lives.ts) reads this list together
 * with geodata/sources.json, so a life may cite either.
 */
import type { AddedSource } from '../content/sources.ts';

export const SOURCES_LIVES: AddedSource[] = [
  // Margarete Buber-Neumann
  { key: 'buber_1949', type: 'monograph', author: 'Margarete Buber-Neumann', title: 'Als Gefangene bei Stalin und Hitler. Eine Welt im Dunkel', publisher: 'Verlag der Zwölf, München', year: 1949, pages: '285 pp.', note: 'Memoir. English: Under Two Dictators (London: Gollancz, 1949; Pimlico, 2008, introduction by Nikolaus Wachsmann), chapters 2–5.' },
  { key: 'fruehe_texte_buber', type: 'encyclopedia', author: 'Frühe Texte der Holocaust- und Lagerliteratur 1933 bis 1949 (Justus-Liebig-Universität Gießen)', title: 'Als Gefangene bei Stalin und Hitler (1949): summary of the first edition with page references (arrest 19 July 1938, S. 53; sentence, S. 57)', year: 'online', url: 'https://www.fruehe-texte-holocaustliteratur.de/wiki/Als_Gefangene_bei_Stalin_und_Hitler_(1949)' },
  { key: 'ravensbrueck_memorial', type: 'memorial', author: 'Mahn- und Gedenkstätte Ravensbrück (Stiftung Brandenburgische Gedenkstätten)', title: 'Ravensbrück women’s concentration camp, Fürstenberg/Havel: history of the camp', url: 'https://www.ravensbrueck-sbg.de/' },
  // Stanisław Swianiewicz
  { key: 'swianiewicz_1976', type: 'monograph', author: 'Stanisław Swianiewicz', title: 'W cieniu Katynia', publisher: 'Instytut Literacki, Paryż (Biblioteka „Kultury”)', year: 1976, note: 'Memoir. English: In the Shadow of Katyn: Stalin’s Terror (Calgary: Borealis, 2002). The Gnezdovo morning of 30 April 1940 is dated there.' },
  { key: 'ipn_swianiewicz', type: 'memorial', author: 'Instytut Pamięci Narodowej', title: 'Polskie poszukiwania: Śladami innych (Swianiewicz’s written report of June 1942 on the transport of 30 April 1940 to Gnezdovo)', url: 'https://katyn.ipn.gov.pl/kat/histori/po-zbrodni/polskie-poszukiwani/12039,Sladami-innych.html' },
  // Józef Czapski
  { key: 'czapski_1943', type: 'press', author: 'Józef Czapski (interview)', title: 'O obozie w Starobielsku', journal: 'Orzeł Biały', year: 1943, pages: 'nr 16/55', note: 'Primary: captured 26 Sep 1939 with the cadre of the 8th Uhlan Regiment; in Starobielsk from early October; left in May 1940; the inquiry among arriving soldiers from November 1941 to 1 April 1942; findings reported to Ambassador Kot in Kuybyshev in April 1942.' },
  { key: 'czapski_1949', type: 'monograph', author: 'Józef Czapski', title: 'Na nieludzkiej ziemi', publisher: 'Instytut Literacki, Paryż', year: 1949, note: 'Memoir. 2nd expanded edition: Kraków: Znak, 2017, afterword by Natalia S. Lebiediewa.' },
  { key: 'lebedeva_czapski_1995', type: 'article', author: 'Natalia Lebiediewa', title: 'Jeńcy polscy w obozach NKWD. Przypadek Józefa Czapskiego', journal: 'Zeszyty Literackie', year: 1995, pages: 'no. 50, pp. 113–125', note: 'The Yukhnov (Pavlishchev Bor) camp list: Czapski no. 205, reason for transfer: German embassy.' },
  { key: 'ipn_czapski', type: 'memorial', author: 'Instytut Pamięci Narodowej', title: 'Polskie poszukiwania: Józef Czapski', url: 'https://katyn.ipn.gov.pl/kat/histori/po-zbrodni/polskie-poszukiwani/12036,Jozef-Czapski.html' },
  // Janina Lewandowska
  { key: 'ksiega_katyn_2000', type: 'document-edition', editor: 'Rada Ochrony Pamięci Walk i Męczeństwa', title: 'Katyń. Księga Cmentarna Polskiego Cmentarza Wojennego', publisher: 'ROPWiM, Warszawa', year: 2000, note: 'Entry: Lewandowska Janina.' },
  { key: 'voc_lewandowska', type: 'memorial', author: 'Monika Brzozowska-Pasieka (Victims of Communism Memorial Foundation)', title: 'The Lone Female Victim of the Katyn Massacre', year: 2021, url: 'https://victimsofcommunism.org/children-and-a-woman-in-special-russian-camps-during-the-katyn-massacre' },
  { key: 'pap_lewandowska_2010', type: 'press', author: 'Polska Agencja Prasowa', title: 'Czaszkę ppor. J. Lewandowskiej pochowano w 2005 r. na cmentarzu w Lusowie (7 Apr 2010): skull taken to Breslau by Gerhard Buhtz, kept at the Wrocław forensic institute, identified by superprojection, buried 4 Nov 2005', year: 2010 },
  // Dalia Grinkevičiūtė
  { key: 'grinkeviciute_1990', type: 'article', author: 'Dalia Grinkevičiūtė', title: 'Lithuanians by the Laptev Sea: The Siberian Memoirs of Dalia Grinkevičiūtė (trans. Laima Sruoginytė)', journal: 'Lituanus', year: 1990, pages: 'vol. 36, no. 4', note: 'First published in Lithuanian in Pergalė (Vilnius), 1988.' },
  { key: 'grinkeviciute_2018', type: 'monograph', author: 'Dalia Grinkevičiūtė', title: 'Shadows on the Tundra (trans. Delija Valiukenas; afterword by Tomas Venclova)', publisher: 'Peirene Press, London', year: 2018, note: 'The first memoir, written 1949–1950, buried in a garden in Kaunas and found in 1991.' },
  { key: 'sybir_grinkeviciute', type: 'memorial', author: 'Vytenė Muschick (Muzeum Pamięci Sybiru, Białystok)', title: '“Our stolen youth weeping for its stolen homeland” (Dalia Grinkevičiūtė) – A child’s memories of deportation from Lithuania to Siberia', year: 2024, url: 'https://swiatsybiru.pl/en/dalia-grinkeviciute-a-childs-memories-of-deportation-from-lithuania-to-siberia' },
  // Lennart Meri
  { key: 'rara_meri', type: 'memorial', author: 'Rahvusraamatukogu (National Library of Estonia)', title: 'Üks Meri kõik: Lapsepõlv (exhibition for Lennart Meri’s 95th anniversary; schools incl. Yaransk secondary school 1944–1946; return to Estonia 1946)', year: 2024, url: 'https://lennartmeri95.rara.ee/lapsepolv' },
  { key: 'president_meri', type: 'official-report', author: 'Office of the President of the Republic of Estonia', title: 'Lennart Meri: official biography (deported in 1941; at twelve a lumberjack, potato peeler and log rafter)', year: '1992–2001' },
  // Władysław Anders
  { key: 'anders_1949', type: 'monograph', author: 'Władysław Anders', title: 'Bez ostatniego rozdziału. Wspomnienia z lat 1939–1946', publisher: 'Montgomeryshire Printing Co., Newtown', year: 1949, note: 'Memoir. English: An Army in Exile (London: Macmillan, 1949).' },
  { key: 'davies_2015', type: 'monograph', author: 'Norman Davies', title: 'Trail of Hope: The Anders Army, An Odyssey Across Three Continents', publisher: 'Osprey, Oxford', year: 2015 },
  // Janusz Kusociński
  { key: 'palmiry_museum', type: 'memorial', author: 'Muzeum Warszawy – Miejsce Pamięci Palmiry', title: 'Palmiry: the cemetery and the executions of 1939–1941 in the Kampinos Forest (AB-Aktion, 20–21 June 1940)', url: 'https://muzeumwarszawy.pl/oddzial/palmiry/' },
  { key: 'wardzynska_2009', type: 'monograph', author: 'Maria Wardzyńska', title: 'Był rok 1939. Operacja niemieckiej policji bezpieczeństwa w Polsce. Intelligenzaktion', publisher: 'IPN, Warszawa', year: 2009 },
  { key: 'bartoszewski_1970', type: 'monograph', author: 'Władysław Bartoszewski', title: 'Warszawski pierścień śmierci 1939–1944', publisher: 'Interpress, Warszawa', year: 1970 },
];
