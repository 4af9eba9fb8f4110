/**
 * Reading and writing the address. `#step=<id>` opens a step of the story; `#mode=explore&…` opens
 * free exploration with its date, camera, layers, selection and comparison date, e.g.
 *   #mode=explore&step=camps&date=1939-10-15&at=23.5,52.1,5.2&layers=places,camps&sel=lwow&cmp=1939-08-31
 * Anything unknown, impossible or hostile is ignored with a notice; nothing from the URL is ever put
 * into the page as HTML (notices are text, in the language shown when the link is read: `notices.link-*`
 * in src/i18n/ui/<lang>.yaml). DOM-free.
 */
import { LAYER_IDS } from './layers/registry.ts';
import { dayOf, isIsoDate } from './time.ts';
import { t } from './i18n/i18n.svelte.ts';

/** The explore time slider's range (inclusive). */
export const EXPLORE_FIRST = '1938-08-01';
export const EXPLORE_LAST = '1949-12-31';

export type Mode = 'story' | 'explore';

/** A camera as a link keeps it: centre and zoom. */
export interface LinkView {
  center: [number, number];
  zoom: number;
}

export interface HashState {
  step?: string;
  /** Present only when the link names a mode. */
  mode?: Mode;
  /** Explore: the map's date (ISO, inside the slider's range). */
  date?: string;
  /** Explore: the camera. */
  at?: LinkView;
  /** Explore: the layers shown (known registry ids only; may be empty). */
  layers?: string[];
  /** Explore: the selected feature id. */
  sel?: string;
  /** Explore: the "before" date of the comparison (the "after" date is `date`). */
  cmp?: string;
  /** Problems with the URL, to show to the visitor. */
  notices: string[];
}

export interface KnownIds {
  /** Layer ids the app has (default: the registry). */
  layers?: ReadonlySet<string>;
  /** Whether a feature id exists (default: any well-formed id). */
  feature?: (id: string) => boolean;
}

const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
/** A plain decimal number: no hex, exponent, Infinity or NaN. */
const NUMBER = /^-?\d{1,3}(\.\d{1,8})?$/;
const EXPLORE_ONLY = ['date', 'at', 'layers', 'sel', 'cmp'] as const;

export type UrlMode = Mode | 'kiosk';
const MODES: readonly UrlMode[] = ['story', 'explore', 'kiosk'];

/**
 * The mode an address asks for: `?mode=kiosk|explore|story` (the query; explore and story also as
 * `#mode=` in the hash, which the app writes while exploring). Decided once, here: case and spaces
 * do not matter (`?mode=Explore` is explore); of several `mode` values in the query the first known
 * one counts. What was mapped (another case, a repeated value) and what is unknown gets a notice.
 */
export function readMode(search: string): { mode: UrlMode | null; notices: string[] } {
  const notices: string[] = [];
  let mode: UrlMode | null = null;
  for (const given of new URLSearchParams(search).getAll('mode')) {
    const v = given.trim().toLowerCase() as UrlMode;
    if (!MODES.includes(v)) {
      notices.push(t('notices.link-mode', { mode: clip(given) }));
      continue;
    }
    if (mode === null) mode = v;
    if (given !== mode) notices.push(t('notices.link-mode-read', { given: clip(given), mode }));
  }
  return { mode, notices };
}

/** The address without `mode` in its query (explore and story modes live in the hash once the app runs). */
export function withoutQueryMode(href: string): string {
  const u = new URL(href);
  u.searchParams.delete('mode');
  return u.href;
}

/** Whether an ISO date is a real date inside the explore range. */
export function inExploreRange(iso: string): boolean {
  return isIsoDate(iso) && dayOf(iso) >= dayOf(EXPLORE_FIRST) && dayOf(iso) <= dayOf(EXPLORE_LAST);
}

export function parseHash(hash: string, knownSteps: readonly string[], known: KnownIds = {}): HashState {
  const out: HashState = { notices: [] };
  const raw = hash.replace(/^#/, '');
  if (!raw) return out;
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(raw);
  } catch {
    return { notices: [t('notices.link-unreadable')] };
  }
  const layerIds = known.layers ?? LAYER_IDS;
  const featureOk = known.feature ?? (() => true);
  const seenExplore: string[] = [];
  const dateNotice = (key: 'notices.link-date' | 'notices.link-cmp', v: string) => t(key, { value: clip(v), first: EXPLORE_FIRST, last: EXPLORE_LAST });
  for (const [key, value] of params) {
    switch (key) {
      case 'step':
        if (!ID.test(value) || !knownSteps.includes(value)) {
          out.notices.push(t('notices.link-step', { step: clip(value) }));
        } else out.step = value;
        break;
      case 'mode':
        if (value === 'story' || value === 'explore') out.mode = value;
        else out.notices.push(t('notices.link-mode', { mode: clip(value) }));
        break;
      case 'date':
      case 'cmp':
        seenExplore.push(key);
        if (inExploreRange(value)) out[key] = value;
        else out.notices.push(dateNotice(key === 'date' ? 'notices.link-date' : 'notices.link-cmp', value));
        break;
      case 'at': {
        seenExplore.push(key);
        const view = parseView(value);
        if (view) out.at = view;
        else out.notices.push(t('notices.link-at', { value: clip(value) }));
        break;
      }
      case 'layers': {
        seenExplore.push(key);
        const names = value
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean);
        const good = [...new Set(names.filter((n) => layerIds.has(n)))];
        const bad = names.filter((n) => !layerIds.has(n));
        if (bad.length) out.notices.push(t('notices.link-layers', { layers: clip(bad.join(', ')) }));
        out.layers = good;
        break;
      }
      case 'sel':
        seenExplore.push(key);
        if (ID.test(value) && featureOk(value)) out.sel = value;
        else out.notices.push(t('notices.link-sel', { id: clip(value) }));
        break;
      default:
        out.notices.push(t('notices.link-setting', { key: clip(key) }));
    }
  }
  if (out.mode !== 'explore' && seenExplore.length) {
    out.notices.push(t('notices.link-explore-only', { keys: [...new Set(seenExplore)].join(', ') }));
    for (const k of EXPLORE_ONLY) delete out[k];
  }
  return out;
}

function parseView(value: string): LinkView | null {
  const parts = value.split(',');
  if (parts.length !== 3 || !parts.every((p) => NUMBER.test(p))) return null;
  const [lon, lat, zoom] = parts.map(Number);
  if (!(lon >= -180 && lon <= 180 && lat >= -85 && lat <= 85 && zoom >= 0 && zoom <= 22)) return null;
  return { center: [lon, lat], zoom };
}

/** Shorten untrusted text before showing it in a notice. */
function clip(s: string): string {
  return s.length > 40 ? `${s.slice(0, 40)}…` : s;
}

export function stepHash(id: string): string {
  return `#step=${id}`;
}

export interface ExploreLink {
  /** The story step to return to. */
  step?: string;
  date: string;
  at?: LinkView;
  layers: readonly string[];
  sel?: string | null;
  cmp?: string | null;
}

const round = (n: number, digits: number) => {
  const f = 10 ** digits;
  const r = Math.round(n * f) / f;
  return Object.is(r, -0) ? 0 : r;
};

/** The address of an explore view. Every value is an id, a date or a number, so none needs escaping. */
export function exploreHash(s: ExploreLink): string {
  const parts = ['mode=explore'];
  if (s.step) parts.push(`step=${s.step}`);
  parts.push(`date=${s.date}`);
  if (s.at) parts.push(`at=${round(s.at.center[0], 4)},${round(s.at.center[1], 4)},${round(s.at.zoom, 2)}`);
  parts.push(`layers=${[...s.layers].join(',')}`);
  if (s.sel) parts.push(`sel=${s.sel}`);
  if (s.cmp) parts.push(`cmp=${s.cmp}`);
  return `#${parts.join('&')}`;
}
