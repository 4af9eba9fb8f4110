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
];
