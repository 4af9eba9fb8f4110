/**
 * The layer registry: one entry per file in geodata/. Story steps and the explore mode name layers
 * by `id`; the build validates each file against its entry (allowed kinds, geometry, extent).
 * DOM-free, so the build pipeline can import it.
 */
export type Geometry = 'Polygon' | 'LineString' | 'Point';
export type Group = 'borders' | 'fronts' | 'lines' | 'places' | 'camps' | 'sites' | 'routes' | 'deportations' | 'collaboration' | 'bases';
/** [west, south, east, north] in degrees. */
export type Extent = [number, number, number, number];

export interface LayerDef {
  /** Stable id used by story steps (`layers: [...]`) and URLs. */
  id: string;
  /** File name inside geodata/. */
  file: string;
  /**
   * English title, for the build's messages and the tests. Visitors see `layerTitle(id)`
   * (src/layers/title.ts): the catalogue's `layers.<id>` in their language.
   */
  title: string;
  /** Group for the layers panel. */
  group: Group;
  /** The `kind` values features of this layer may have. */
  kinds: readonly string[];
  /** The geometry family every feature must have (Multi* variants allowed). */
  geometry: Geometry;
  /** Every coordinate must lie inside this box: catches swapped lat/lon and typos. */
  extent: Extent;
  /** Lines that can be drawn out by great-circle progress: the build densifies them and adds cumulative km. */
  reveal?: boolean;
}

/** The box the whole map lives in: Europe to central Siberia and Kazakhstan. */
export const WORLD_EXTENT: Extent = [-12, 30, 126, 80];

export const LAYERS: readonly LayerDef[] = [
  // borders-1938.geojson (historical-basemaps) is not drawn: it is the input from which
  // scripts/geodata/territories.ts derives the corrected, dated `territories` layer.
  { id: 'lines', file: 'lines.geojson', title: 'Treaty and defence lines', group: 'lines', kinds: ['sphere-line', 'boundary', 'curzon-line', 'fortification-line', 'peace-border'], geometry: 'LineString', extent: [10, 45, 35, 70] },
  { id: 'places', file: 'places.geojson', title: 'Cities', group: 'places', kinds: ['city', 'town', 'port', 'station'], geometry: 'Point', extent: [-12, 40, 60, 70] },
  { id: 'camps', file: 'camps.geojson', title: 'NKVD special camps', group: 'camps', kinds: ['nkvd-camp'], geometry: 'Point', extent: [20, 45, 45, 62] },
  { id: 'sites', file: 'sites.geojson', title: 'Execution and burial sites', group: 'sites', kinds: ['execution-site', 'burial-site', 'execution-and-burial-site'], geometry: 'Point', extent: [20, 45, 45, 62] },
  // @territories (dated territorial snapshots)
  { id: 'territories', file: 'territories.geojson', title: 'Territorial control, 1938–1945', group: 'borders', kinds: ['territory'], geometry: 'Polygon', extent: WORLD_EXTENT },
  // @fronts (invasion fronts)
  { id: 'fronts', file: 'fronts.geojson', title: 'Front lines, 1939–1941', group: 'fronts', kinds: ['front'], geometry: 'LineString', extent: [14, 47, 34, 71] },
  // @points-and-routes (bases, contacts, massacres, destinations, deportations, naval, trade)
  { id: 'bases', file: 'bases.geojson', title: 'Soviet bases in the Baltic states, 1939, and Basis Nord', group: 'bases', kinds: ['soviet-base', 'german-base'], geometry: 'Point', extent: [15, 50, 40, 72] },
  { id: 'contacts', file: 'contacts.geojson', title: 'NKVD–Gestapo meetings and the Brest handover point', group: 'collaboration', kinds: ['nkvd-gestapo-meeting', 'handover-point'], geometry: 'Point', extent: [15, 45, 30, 56] },
  { id: 'massacres', file: 'massacres.geojson', title: 'NKVD prison massacres, June 1941', group: 'sites', kinds: ['prison-massacre'], geometry: 'Point', extent: [15, 45, 35, 60] },
  { id: 'destinations', file: 'destinations.geojson', title: 'Places of deportation', group: 'deportations', kinds: ['deportation-destination'], geometry: 'Point', extent: [15, 40, 115, 70] },
  { id: 'deportations', file: 'deportations.geojson', title: 'Deportations, 1940–1941 and 1949 (typical routes)', group: 'deportations', kinds: ['deportation-route'], geometry: 'LineString', extent: [15, 40, 115, 70], reveal: true },
  { id: 'naval', file: 'naval.geojson', title: 'Soviet help at sea: Bremen, City of Flint, raider Komet', group: 'collaboration', kinds: ['naval-route'], geometry: 'LineString', extent: [-180, 30, 180, 80], reveal: true },
  { id: 'trade', file: 'trade.geojson', title: 'Planned Soviet deliveries to Germany, 1940–41', group: 'collaboration', kinds: ['trade-flow'], geometry: 'LineString', extent: [10, 35, 75, 70] },
  // @occupation (scripts/geodata/occupation.ts): the German occupation's crimes, camps and ghettos
  { id: 'occupation', file: 'occupation.geojson', title: 'German occupation: killing sites, arrests, expulsions, camps and ghettos, 1939–1941', group: 'sites', kinds: ['killing-site', 'arrest-site', 'expulsion-centre', 'concentration-camp', 'ghetto'], geometry: 'Point', extent: [14, 45, 35, 60] },
  { id: 'routes', file: 'routes.geojson', title: 'Transports to the execution sites, 1940', group: 'routes', kinds: ['execution-transport'], geometry: 'LineString', extent: [20, 45, 45, 62], reveal: true },
];

export const LAYER_IDS: ReadonlySet<string> = new Set(LAYERS.map((l) => l.id));

export function layerDef(id: string): LayerDef | undefined {
  return LAYERS.find((l) => l.id === id);
}
