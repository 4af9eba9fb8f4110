/**
 * Sources added with the new chapters (issue 12 §3): the German occupation of Poland 1939–41, the
 * Holocaust in the lands the pact had divided, Soviet prisoners of war, Katyn after 1944. Printed
 * originals and scholarship only; `url` only where the thing itself is online. Concatenated into
 * geodata/sources.json by scripts/import-shared.ts (shape: the shared contract in notes/COMMON.md).
 */
export type SourceType = 'archival' | 'document-edition' | 'monograph' | 'article' | 'official-report' | 'memorial' | 'press' | 'encyclopedia' | 'dataset' | 'seed';
export interface SourceEntry {
  key: string;
  type: SourceType;
  title: string;
  author?: string;
  editor?: string;
  publisher?: string;
  journal?: string;
  year?: number | string;
  pages?: string;
  url: string | null;
  note?: string;
}

export const SOURCES_CHAPTERS: SourceEntry[] = [
  // ---------------------------------------------------------------- German occupation of Poland, 1939–41
  { key: 'bojarska2009', type: 'monograph', author: 'Barbara Bojarska', title: 'Piaśnica. Miejsce martyrologii i pamięci. Z badań nad zbrodniami hitlerowskimi na Pomorzu', publisher: 'Wejherowo', year: 2009, url: null, note: 'ISBN 978-83-914705-0-3; estimate of 12,000–14,000 victims' },
  { key: 'bohler2006', type: 'monograph', author: 'Jochen Böhler', title: 'Auftakt zum Vernichtungskrieg. Die Wehrmacht in Polen 1939', publisher: 'Fischer, Frankfurt am Main', year: 2006, url: null },
  { key: 'august1997', type: 'document-edition', editor: 'Jochen August', title: '„Sonderaktion Krakau“. Die Verhaftung der Krakauer Wissenschaftler am 6. November 1939', publisher: 'Hamburger Edition, Hamburg', year: 1997, url: null, note: '183 arrested; 168 taken to Sachsenhausen; twelve died there' },
  { key: 'rutherford2007', type: 'monograph', author: 'Phillip T. Rutherford', title: 'Prelude to the Final Solution: The Nazi Program for Deporting Ethnic Poles, 1939–1941', publisher: 'University Press of Kansas, Lawrence', year: 2007, url: null },
  { key: 'longerich2010', type: 'monograph', author: 'Peter Longerich', title: 'Holocaust: The Nazi Persecution and Murder of the Jews', publisher: 'Oxford University Press, Oxford', year: 2010, url: null, note: 'Koppe’s final report on the 1. Nahplan (1–17 Dec 1939): more than 87,000 deported' },
  { key: 'low2006', type: 'monograph', author: 'Andrea Löw', title: 'Juden im Getto Litzmannstadt. Lebensbedingungen, Selbstwahrnehmung, Verhalten', publisher: 'Wallstein, Göttingen', year: 2006, url: null },
  { key: 'ushmm_ecg2012', type: 'encyclopedia', editor: 'Martin Dean', title: 'The United States Holocaust Memorial Museum Encyclopedia of Camps and Ghettos, 1933–1945, vol. II: Ghettos in German-Occupied Eastern Europe', publisher: 'Indiana University Press, Bloomington', year: 2012, url: null },
  { key: 'engelking2009', type: 'monograph', author: 'Barbara Engelking, Jacek Leociak', title: 'The Warsaw Ghetto: A Guide to the Perished City', publisher: 'Yale University Press, New Haven', year: 2009, url: null },
  { key: 'czech1990', type: 'monograph', author: 'Danuta Czech', title: 'Auschwitz Chronicle 1939–1945', publisher: 'Henry Holt, New York', year: 1990, url: null },
  { key: 'strzelecka2002', type: 'article', author: 'Irena Strzelecka', title: 'Mężczyźni – transport z 14 czerwca 1940 r. – 728 osób z numerami od 31 do 758', journal: 'Księga Pamięci. Transporty Polaków do KL Auschwitz z Krakowa i innych miejscowości Polski południowej 1940–1944 (Warszawa–Oświęcim)', year: 2002, url: null },
  { key: 'piper1992', type: 'monograph', author: 'Franciszek Piper', title: 'Ilu ludzi zginęło w KL Auschwitz. Liczba ofiar w świetle źródeł i badań 1945–1990', publisher: 'Wydawnictwo Państwowego Muzeum w Oświęcimiu, Oświęcim', year: 1992, url: null, note: 'about 1.3 million deported to the camp, about 1.1 million killed' },
  { key: 'bartoszewski1976', type: 'monograph', author: 'Władysław Bartoszewski', title: 'Palmiry', publisher: 'Książka i Wiedza, Warszawa', year: 1976, url: null },
  { key: 'grudnik_palmiry', type: 'article', author: 'Bartłomiej Grudnik', title: 'The Mass Executions in Palmiry', journal: 'Zapisy Terroru (Pilecki Institute, Warsaw)', url: 'https://zapisyterroru.pl/', note: 'about 1,700 killed in 21 executions, Dec 1939 – Jul 1941' },
  { key: 'broszat1961', type: 'monograph', author: 'Martin Broszat', title: 'Nationalsozialistische Polenpolitik 1939–1945', publisher: 'Deutsche Verlags-Anstalt, Stuttgart', year: 1961, url: null, note: 'AB-Aktion: about 3,500 political prisoners and about 3,000 criminal convicts killed' },
  { key: 'frank_diary1975', type: 'document-edition', editor: 'Werner Präg, Wolfgang Jacobmeyer', title: 'Das Diensttagebuch des deutschen Generalgouverneurs in Polen 1939–1945', publisher: 'Deutsche Verlags-Anstalt, Stuttgart', year: 1975, url: null },
  // ---------------------------------------------------------------- after 22 June 1941
  { key: 'jaeger1941', type: 'archival', author: 'Karl Jäger, commander of Einsatzkommando 3', title: 'Gesamtaufstellung der im Bereich des EK. 3 bis zum 1. Dez. 1941 durchgeführten Exekutionen (Kaunas, 1 Dec 1941)', publisher: 'printed in E. Klee, W. Dreßen, V. Rieß (eds.), „Schöne Zeiten“. Judenmord aus der Sicht der Täter und Gaffer, S. Fischer, Frankfurt am Main 1988', year: 1941, url: null },
  { key: 'em1941', type: 'document-edition', editor: 'Klaus-Michael Mallmann, Andrej Angrick, Jürgen Matthäus, Martin Cüppers', title: 'Die „Ereignismeldungen UdSSR“ 1941. Dokumente der Einsatzgruppen in der Sowjetunion', publisher: 'Wissenschaftliche Buchgesellschaft, Darmstadt', year: 2011, url: null, note: 'Ereignismeldung UdSSR Nr. 101, 2 Oct 1941: Sonderkommando 4a, with the group staff and two commandos of Police Regiment South, executed 33,771 Jews in Kiev on 29–30 Sep 1941' },
  { key: 'berkhoff2004', type: 'monograph', author: 'Karel C. Berkhoff', title: 'Harvest of Despair: Life and Death in Ukraine under Nazi Rule', publisher: 'Harvard University Press, Cambridge, MA', year: 2004, url: null },
  { key: 'arad1980', type: 'monograph', author: 'Yitzhak Arad', title: 'Ghetto in Flames: The Struggle and Destruction of the Jews in Vilna in the Holocaust', publisher: 'Yad Vashem, Jerusalem', year: 1980, url: null },
  { key: 'sakowicz2005', type: 'document-edition', author: 'Kazimierz Sakowicz', editor: 'Yitzhak Arad', title: 'Ponary Diary, 1941–1943: A Bystander’s Account of a Mass Murder', publisher: 'Yale University Press, New Haven', year: 2005, url: null },
  { key: 'dieckmann2011', type: 'monograph', author: 'Christoph Dieckmann', title: 'Deutsche Besatzungspolitik in Litauen 1941–1944', publisher: 'Wallstein, Göttingen', year: 2011, url: null },
  { key: 'ezergailis1996', type: 'monograph', author: 'Andrew Ezergailis', title: 'The Holocaust in Latvia 1941–1944: The Missing Center', publisher: 'Historical Institute of Latvia, Riga; United States Holocaust Memorial Museum, Washington', year: 1996, url: null },
  { key: 'streit1978', type: 'monograph', author: 'Christian Streit', title: 'Keine Kameraden. Die Wehrmacht und die sowjetischen Kriegsgefangenen 1941–1945', publisher: 'Deutsche Verlags-Anstalt, Stuttgart', year: 1978, url: null, note: 'of about 5.7 million Soviet prisoners, about 3.3 million died in German captivity' },
  { key: 'overmans2012', type: 'document-edition', editor: 'Rüdiger Overmans, Andreas Hilger, Pavel Polian', title: 'Rotarmisten in deutscher Hand. Dokumente zu Gefangenschaft, Repatriierung und Rehabilitierung sowjetischer Soldaten des Zweiten Weltkrieges', publisher: 'Schöningh, Paderborn', year: 2012, url: null, note: 'about 3 million Soviet prisoners of war died in German hands' },
  { key: 'pohl1996', type: 'monograph', author: 'Dieter Pohl', title: 'Nationalsozialistische Judenverfolgung in Ostgalizien 1941–1944', publisher: 'Oldenbourg, München', year: 1996, url: null },
  // ---------------------------------------------------------------- Katyn after 1944
  { key: 'madden1952', type: 'official-report', author: 'US House of Representatives, Select Committee to Conduct an Investigation and Study of the Facts, Evidence, and Circumstances of the Katyn Forest Massacre (chair: Ray J. Madden)', title: 'The Katyn Forest Massacre. Final Report (House Report No. 2505, 82nd Congress, 2nd Session, 22 Dec 1952)', publisher: 'US Government Printing Office, Washington', year: 1952, url: null },
  { key: 'gvp2005', type: 'archival', author: 'Chief Military Prosecutor’s Office of the Russian Federation', title: 'Letter to A. B. Roginsky (Memorial) on the Katyn criminal case, opened 22 Mar 1990 and discontinued on 21 Sep 2004: 14,542 sentenced by the troika, 1,803 deaths established, 22 identified', year: 2005, url: null },
  { key: 'echr2013', type: 'official-report', author: 'European Court of Human Rights (Grand Chamber)', title: 'Janowiec and Others v. Russia, applications nos. 55508/07 and 29520/09, judgment of 21 October 2013', publisher: 'Council of Europe, Strasbourg', year: 2013, url: null },
  // ---------------------------------------------------------------- Finland and the Baltic states
  { key: 'vandyke1997', type: 'monograph', author: 'Carl Van Dyke', title: 'The Soviet Invasion of Finland, 1939–40', publisher: 'Frank Cass, London', year: 1997, url: null },
  { key: 'finland_bluebook1940', type: 'document-edition', author: 'Ministry for Foreign Affairs of Finland', title: 'The Development of Finnish-Soviet Relations during the Autumn of 1939 in the Light of Official Documents (with the Soviet note of 26 Nov 1939 and the Finnish reply)', publisher: 'Helsinki', year: 1940, url: null },
  { key: 'welles1940', type: 'document-edition', author: 'Sumner Welles, acting Secretary of State', title: 'Statement of 23 July 1940 on the Baltic states (Department of State Bulletin, July 1940), reprinted in J. Hiden, V. Made, D. J. Smith (eds.), The Baltic Question during the Cold War', publisher: 'Routledge, London', year: 2008, pages: '209', url: null },
];
