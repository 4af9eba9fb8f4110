/**
 * Lives: a documented person's path across the map, station by station. Curators write them in
 * src/lives/<id>.yaml (see src/lives/README.md); the build checks them (scripts/content/lives.ts)
 * and serves them as virtual:lives (an index) and virtual:lives/<id> (one life, its own chunk).
 */

/** A text in every shipped language: language code → text. */
export type Texts = Record<string, string>;

export interface LifeSourceRef {
  key: string;
  /** Page, chapter or entry in the source, as printed. */
  at?: string;
}

export interface LifeStation {
  /** A feature id from geodata/ … */
  place?: string;
  /** … or coordinates [lon, lat], with the register key of their source. */
  at?: [number, number];
  at_source?: string;
  /** The point marks the area, not the exact spot. */
  approximate?: boolean;
  /** The station's place as shown, per language. */
  label: Texts;
  /** Start (ISO); the map's date at this station. */
  from: string;
  /** End (ISO, inclusive), when the station is a stay. */
  to?: string;
  /** How the dates are shown: the exact day, the month or the year. */
  precision: 'day' | 'month' | 'year';
  /** How sure the record is (HISTORY.md). */
  certainty: 'documented' | 'reported' | 'estimated';
  /** A route feature drawn out on arrival at this station. */
  route?: string;
  /** Features emphasised at this station. */
  highlight?: string[];
  sources: LifeSourceRef[];
  /** What happened, per language. */
  text: Texts;
}

export interface LifeSpec {
  id: string;
  name: string;
  years: string;
  /** Two-letter country code of the person's nation (de, pl, lt, lv, ee, fi, ua …). */
  nation: string;
  summary: Texts;
  stations: LifeStation[];
}

/** A life as shipped: its stations' resolved points added. */
export interface Life extends LifeSpec {
  /** [lon, lat] of each station, in order. */
  points: [number, number][];
}

/** A story step that a life crosses: the life and the station (index) it is at. */
export interface LifeCrossing {
  life: string;
  station: number;
}

/** The index of lives (virtual:lives): what a picker needs without loading any life. */
export interface LifeSummary {
  id: string;
  name: string;
  years: string;
  nation: string;
  summary: Texts;
  /** Bounding box of the whole path. */
  bbox: [number, number, number, number];
  /** First and last station dates. */
  from: string;
  to: string;
  stations: number;
}

/** A source as shown under a station: the register's fields (src/story/sources-schema.ts). */
export type { LifeSource } from '../story/sources-schema.ts';
