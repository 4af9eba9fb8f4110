/**
 * Sources added by the cartography work (sea tracks, basemap, labels, thrust arrows), in the shape of
 * the shared register contract (see /work/notes/COMMON.md): concatenated into geodata/sources.json by
 * scripts/import-shared.ts.
 */
import type { AddedSource } from '../content/sources.ts';

export const SOURCES_CARTO: AddedSource[] = [
  {
    key: 'time_1939_bremen', type: 'press', title: 'Clever Boys', journal: 'Time', year: 1939,
    note: 'Time, 23 Oct 1939: the Bremen\'s run from New York to Murmansk as told by her cook Elbert Post to the Amsterdam paper Het Volk (warned off the Iceland–Britain gap, "between Iceland and Spitsbergen", Murmansk on the morning of 6 Sep).',
  },
  {
    key: 'natural_earth_10m', type: 'dataset', title: 'Natural Earth 1:10m land (world-atlas 2.0.2, land-10m), public domain',
    publisher: 'Natural Earth', url: 'https://www.naturalearthdata.com/',
    note: 'Used to keep the sea routes at sea and, from zoom 6, for the basemap.',
  },
  // thrust arrows (scripts/geodata/thrusts.ts); no page numbers: they could not be checked in the printed editions here
  { key: 'zaloga2002', type: 'monograph', author: 'Steven J. Zaloga', title: 'Poland 1939: The Birth of Blitzkrieg (Campaign 107)', publisher: 'Osprey, Oxford', year: 2002, url: null, note: 'The German plan and the axes of Army Groups North and South, 1 Sep 1939; the Soviet invasion of 17 Sep' },
  { key: 'trotter1991', type: 'monograph', author: 'William R. Trotter', title: 'A Frozen Hell: The Russo-Finnish Winter War of 1939–1940', publisher: 'Algonquin Books, Chapel Hill', year: 1991, url: null, note: 'The Soviet attacks of 30 Nov 1939: the Karelian Isthmus, Tolvajärvi, Suomussalmi and the Raate road, Salla, Petsamo' },
  { key: 'glantz2001', type: 'monograph', author: 'David M. Glantz', title: 'Barbarossa: Hitler’s Invasion of Russia 1941', publisher: 'Tempus, Stroud', year: 2001, url: null, note: 'The axes of Army Groups North, Centre and South from 22 Jun 1941; Daugavpils, Minsk, Lutsk–Dubno, Lviv' },
];
