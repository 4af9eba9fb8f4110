/**
 * The layer registry: one entry per file in geodata/, and everything about a layer in its entry —
 * the file and what its features may be (kinds, geometry, extent; the build validates each file
 * against it), how it is drawn (its style recipe and its place in the drawing order), what the
 * legend says about it, and where its features rank in search. Story steps and the explore mode
 * name layers by `id`. Adding a layer is adding one entry (and its texts, `layers.<id>` and
 * `legend.*`, in src/i18n/ui/). DOM-free, so the build pipeline can import it.
 */
import { palette, type PaletteKey } from '../palette.ts';

export type Geometry = 'Polygon' | 'LineString' | 'Point';
export type Group = 'borders' | 'fronts' | 'lines' | 'places' | 'camps' | 'sites' | 'routes' | 'deportations' | 'collaboration' | 'bases';
/** [west, south, east, north] in degrees. */
export type Extent = [number, number, number, number];
/** A colour of the map (styles/palette.json). */
export type { PaletteKey };

/**
 * How a layer is drawn; src/map/style.ts turns a recipe into MapLibre layers. Every recipe marks
 * uncertain features (dashed lines, hollow symbols) and highlights (feature state `hl`).
 */
export type StyleRecipe =
  /** Areas filled by `controller` (Germany, USSR) with an outline. */
  | { kind: 'areas' }
  /** Lines of one colour (or by `side`: German, Soviet, Finnish), solid where documented. */
  | { kind: 'lines'; color: PaletteKey | 'by-side'; width: number }
  /** A dashed route line. */
  | { kind: 'route'; color: PaletteKey; width: number }
  /** Point symbols with a halo and a label; `ring` draws a ring (camps). */
  | { kind: 'points'; color: PaletteKey; radius?: number; ring?: boolean; textSize?: number }
  /** Small city dots with labels. */
  | { kind: 'places' }
  /** Thrust arrows: a shaft and a head, grown with the map's date (src/map/thrusts.ts); German or Soviet by kind. */
  | { kind: 'thrusts' }
  /** The treaty and defence lines: one line style per kind. */
  | { kind: 'treaty-lines' }
  /** The German occupation's sites: filled dots, camps and ghettos as rings. */
  | { kind: 'occupation-points' };

export type Swatch =
  | { shape: 'line'; color: string; dash?: boolean; width?: number }
  | { shape: 'arrow'; color: string }
  | { shape: 'dot'; color: string; hollow?: boolean; ring?: boolean }
  | { shape: 'fill'; color: string; opacity: number };

/** One line of the legend; shown while a feature it describes is on the map. */
export interface LegendItem {
  /** Feature kind (omit for all kinds of the layer). */
  kind?: string;
  /** Controller value for territory fills. */
  controller?: string;
  /** Message key of the entry's text (src/i18n/ui/<lang>.yaml, `legend.*`). */
  label: string;
  swatch: Swatch;
}

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
  /** How the layer is drawn. */
  style: StyleRecipe;
  /** Drawing order, bottom to top (areas low, points high); gaps leave room for new layers. */
  draw: number;
  /** Search ranks equal matches by layer: lower first (places before sites, events, lines and borders). */
  searchRank: number;
  /** What the legend shows for this layer, in order (the legend follows the registry's order). */
  legend: readonly LegendItem[];
  /**
   * Properties the layer's features must have beyond the common ones (the build's schema,
   * scripts/content/geodata.ts): `text` a non-empty string, `ids` a list of two or more feature ids.
   */
  requires?: Readonly<Record<string, 'text' | 'ids'>>;
}

/** The box the whole map lives in: Europe to central Siberia and Kazakhstan. */
export const WORLD_EXTENT: Extent = [-12, 30, 126, 80];

const line = (color: PaletteKey, width: number, dash = false): Swatch => ({ shape: 'line', color: palette[color], width, ...(dash ? { dash } : {}) });
const dot = (color: PaletteKey, ring = false): Swatch => ({ shape: 'dot', color: palette[color], ...(ring ? { ring } : {}) });

// borders-1938.geojson (historical-basemaps) is not drawn: it is the input from which
// scripts/geodata/territories.ts derives the corrected, dated `territories` layer.
// A table, one entry a layer, laid out by hand: Prettier leaves it as it is.
// prettier-ignore
export const LAYERS: readonly LayerDef[] = [
  // @territories (dated territorial snapshots)
  {
    id: 'territories', file: 'territories.geojson', title: 'Territorial control, 1938–1945', group: 'borders', kinds: ['territory'], geometry: 'Polygon', extent: WORLD_EXTENT,
    style: { kind: 'areas' }, draw: 10, searchRank: 130,
    legend: [
      { controller: 'Germany', label: 'legend.german-control', swatch: { shape: 'fill', color: palette.germany, opacity: 0.4 } },
      { controller: 'USSR', label: 'legend.soviet-control', swatch: { shape: 'fill', color: palette.ussr, opacity: 0.3 } },
      { label: 'legend.border', swatch: line('border', 1.5) },
    ],
  },
  // @fronts (invasion fronts)
  {
    id: 'fronts', file: 'fronts.geojson', title: 'Front lines, 1939–1941', group: 'fronts', kinds: ['front'], geometry: 'LineString', extent: [14, 47, 34, 71],
    style: { kind: 'lines', color: 'by-side', width: 3 }, draw: 20, searchRank: 120,
    legend: [{ label: 'legend.front', swatch: line('germany', 3, true) }],
  },
  // @thrusts (scripts/geodata/thrusts.ts): the invasions' and offensives' arrows
  {
    id: 'thrusts', file: 'thrusts.geojson', title: 'Thrusts of the invasions, 1939–1941', group: 'fronts', kinds: ['german-thrust', 'soviet-thrust'], geometry: 'LineString', extent: [14, 47, 34, 71],
    style: { kind: 'thrusts' }, draw: 25, searchRank: 125,
    legend: [
      { kind: 'german-thrust', label: 'legend.german-thrust', swatch: { shape: 'arrow', color: palette.germany } },
      { kind: 'soviet-thrust', label: 'legend.soviet-thrust', swatch: { shape: 'arrow', color: palette.ussr } },
    ],
  },
  {
    id: 'lines', file: 'lines.geojson', title: 'Treaty and defence lines', group: 'lines', kinds: ['sphere-line', 'boundary', 'curzon-line', 'fortification-line', 'peace-border'], geometry: 'LineString', extent: [10, 45, 35, 70],
    style: { kind: 'treaty-lines' }, draw: 30, searchRank: 110,
    legend: [
      { kind: 'sphere-line', label: 'legend.sphere-line', swatch: line('sphereLine', 2.5, true) },
      { kind: 'boundary', label: 'legend.boundary', swatch: line('boundary', 2.5) },
      { kind: 'peace-border', label: 'legend.peace-border', swatch: line('boundary', 2.5) },
      { kind: 'curzon-line', label: 'legend.curzon-line', swatch: line('labelMuted', 2, true) },
      { kind: 'fortification-line', label: 'legend.mannerheim-line', swatch: line('boundary', 4, true) },
    ],
  },
  {
    id: 'places', file: 'places.geojson', title: 'Cities', group: 'places', kinds: ['city', 'town', 'port', 'station'], geometry: 'Point', extent: [-12, 40, 60, 70],
    style: { kind: 'places' }, draw: 80, searchRank: 0,
    legend: [{ label: 'legend.city', swatch: dot('city') }],
  },
  {
    id: 'camps', file: 'camps.geojson', title: 'NKVD special camps', group: 'camps', kinds: ['nkvd-camp'], geometry: 'Point', extent: [20, 45, 45, 62],
    style: { kind: 'points', color: 'camp', radius: 7, ring: true }, draw: 120, searchRank: 10,
    legend: [{ label: 'legend.camp', swatch: dot('camp', true) }],
  },
  {
    id: 'sites', file: 'sites.geojson', title: 'Execution and burial sites', group: 'sites', kinds: ['execution-site', 'burial-site', 'execution-and-burial-site'], geometry: 'Point', extent: [20, 45, 45, 62],
    style: { kind: 'points', color: 'site' }, draw: 130, searchRank: 20,
    legend: [{ label: 'legend.site', swatch: dot('site') }],
  },
  // @points-and-routes (bases, contacts, massacres, destinations, deportations, naval, trade)
  {
    id: 'massacres', file: 'massacres.geojson', title: 'NKVD prison massacres, June 1941', group: 'sites', kinds: ['prison-massacre'], geometry: 'Point', extent: [15, 45, 35, 60],
    style: { kind: 'points', color: 'site' }, draw: 140, searchRank: 30,
    legend: [{ label: 'legend.massacre', swatch: dot('site') }],
  },
  // @occupation (scripts/geodata/occupation.ts): the German occupation's crimes, camps and ghettos
  {
    id: 'occupation', file: 'occupation.geojson', title: 'German occupation: killing sites, arrests, expulsions, camps and ghettos, 1939–1941', group: 'sites', kinds: ['killing-site', 'arrest-site', 'expulsion-centre', 'concentration-camp', 'ghetto'], geometry: 'Point', extent: [14, 45, 35, 60],
    style: { kind: 'occupation-points' }, draw: 135, searchRank: 25,
    legend: [
      { kind: 'killing-site', label: 'legend.german-killing-site', swatch: dot('germanCrime') },
      { kind: 'arrest-site', label: 'legend.german-arrest', swatch: dot('germanCrime') },
      { kind: 'expulsion-centre', label: 'legend.german-expulsion', swatch: dot('germanCrime') },
      { kind: 'concentration-camp', label: 'legend.german-camp', swatch: dot('germanCrime', true) },
      { kind: 'ghetto', label: 'legend.ghetto', swatch: dot('germanCrime', true) },
    ],
  },
  {
    id: 'routes', file: 'routes.geojson', title: 'Transports to the execution sites, 1940', group: 'routes', kinds: ['execution-transport'], geometry: 'LineString', extent: [20, 45, 45, 62], reveal: true,
    style: { kind: 'route', color: 'route', width: 2.5 }, draw: 70, searchRank: 70, requires: { waypoints: 'ids' },
    legend: [{ label: 'legend.transport', swatch: line('route', 2.5, true) }],
  },
  {
    id: 'deportations', file: 'deportations.geojson', title: 'Deportations, 1940–1941 and 1949 (typical routes)', group: 'deportations', kinds: ['deportation-route'], geometry: 'LineString', extent: [15, 40, 115, 70], reveal: true,
    style: { kind: 'lines', color: 'deportation', width: 2.2 }, draw: 60, searchRank: 80,
    legend: [{ label: 'legend.deportation-route', swatch: line('deportation', 2.5, true) }],
  },
  {
    id: 'destinations', file: 'destinations.geojson', title: 'Places of deportation', group: 'deportations', kinds: ['deportation-destination'], geometry: 'Point', extent: [15, 40, 115, 70],
    style: { kind: 'points', color: 'deportation', radius: 5, textSize: 13 }, draw: 90, searchRank: 60,
    legend: [{ label: 'legend.deportation-destination', swatch: dot('deportation') }],
  },
  {
    id: 'bases', file: 'bases.geojson', title: 'Soviet bases in the Baltic states, 1939, and Basis Nord', group: 'bases', kinds: ['soviet-base', 'german-base'], geometry: 'Point', extent: [15, 50, 40, 72],
    style: { kind: 'points', color: 'base', radius: 5, textSize: 13 }, draw: 100, searchRank: 50,
    legend: [{ label: 'legend.base', swatch: dot('base') }],
  },
  {
    id: 'contacts', file: 'contacts.geojson', title: 'NKVD–Gestapo meetings and the Brest handover point', group: 'collaboration', kinds: ['nkvd-gestapo-meeting', 'handover-point'], geometry: 'Point', extent: [15, 45, 30, 56],
    style: { kind: 'points', color: 'contact', radius: 5, textSize: 13 }, draw: 110, searchRank: 40,
    legend: [{ label: 'legend.contact', swatch: dot('contact') }],
  },
  {
    id: 'naval', file: 'naval.geojson', title: 'Soviet help at sea: Bremen, City of Flint, raider Komet', group: 'collaboration', kinds: ['naval-route'], geometry: 'LineString', extent: [-180, 30, 180, 80], reveal: true,
    style: { kind: 'lines', color: 'naval', width: 2.2 }, draw: 50, searchRank: 90,
    legend: [{ label: 'legend.ship-route', swatch: line('naval', 2.5, true) }],
  },
  {
    id: 'trade', file: 'trade.geojson', title: 'Planned Soviet deliveries to Germany, 1940–41', group: 'collaboration', kinds: ['trade-flow'], geometry: 'LineString', extent: [10, 35, 75, 70],
    style: { kind: 'lines', color: 'trade', width: 3.5 }, draw: 40, searchRank: 100,
    legend: [{ label: 'legend.trade', swatch: line('trade', 3.5, true) }],
  },
];

export const LAYER_IDS: ReadonlySet<string> = new Set(LAYERS.map((l) => l.id));

/** Registry layer ids in drawing order, bottom to top. */
export const DRAW_ORDER: readonly string[] = [...LAYERS].sort((a, b) => a.draw - b.draw).map((l) => l.id);

export function layerDef(id: string): LayerDef | undefined {
  return LAYERS.find((l) => l.id === id);
}
