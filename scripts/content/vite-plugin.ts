/**
 * Vite plugin: validates geodata/ and the story at build start (a bad file stops `vite build` with
 * every problem listed), and serves the results as virtual modules:
 *   virtual:i18n             the shipped languages, and one lazy loader per language
 *   virtual:i18n/<lang>      one language: its story, interface messages and geodata texts (own chunk)
 *   virtual:geodata          the feature index (src/layers/feature-index.ts), and one lazy loader per layer
 *   virtual:geodata/<layer>  one derived layer (its own chunk: loaded when a step first needs it)
 *   virtual:basemap          the address of the basemap's PMTiles archive (assets/basemap-<hash>.pmtiles,
 *                            built by scripts/content/tiles.ts, emitted as a file, served with byte
 *                            ranges in dev); area and water labels (geodata/labels.yaml)
 *   virtual:lives            the lives' index (picker), the story steps each life crosses, their
 *                            sources, and one lazy loader per life
 *   virtual:lives/<id>       one life with its stations (its own chunk: loaded when picked)
 *   virtual:palette.css      every colour of styles/palette.json as a CSS custom property
 * In dev, editing geodata/ or src/story/ revalidates and reloads the page.
 */
import { fileURLToPath } from 'node:url';
import type { Plugin, ViteDevServer } from 'vite';
import { loadGeodata } from './geodata.ts';
import { loadLanguages } from './languages.ts';
import { loadLabels } from './labels.ts';
import { buildBasemapArchive } from './tiles.ts';
import { createHash } from 'node:crypto';
import { ContentError } from './problems.ts';
import { loadLives, crossings } from './lives.ts';
import { SOURCES_LIVES } from '../geodata/sources-lives.ts';
import type { Life, LifeSummary, LifeSource } from '../../src/lives/types.ts';
import { paletteCss } from '../../src/palette.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
// Overridable so that curators (and the tests) can check a content folder other than the shipped one.
const GEODATA = process.env.STORYMAP_GEODATA ?? `${root}geodata`;
const STORY = process.env.STORYMAP_STORY ?? `${root}src/story`;
const I18N = process.env.STORYMAP_I18N ?? `${root}src/i18n`;
const LIVES = process.env.STORYMAP_LIVES ?? `${root}src/lives`;
const PREFIX = 'virtual:';
const RESOLVED = '\0virtual:';
/** The colours of styles/palette.json as CSS custom properties (src/palette.ts). */
const PALETTE_CSS = 'virtual:palette.css';

/** Load and check all content; throws ContentError listing every problem. */
export function loadContent() {
  const geo = loadGeodata(GEODATA);
  if (geo.problems.length) throw new ContentError(geo.problems);
  const { problems, languages, bundles } = loadLanguages({ i18n: I18N, story: STORY, geodata: GEODATA }, geo);
  if (problems.length) throw new ContentError(problems);
  const story = bundles[languages[0].code].story;
  const lives = loadLivesContent(
    geo,
    languages.map((l) => l.code),
    story.steps,
  );
  const labels = loadLabels(
    GEODATA,
    languages.map((l) => l.code),
  );
  if (labels.problems.length) throw new ContentError(labels.problems);
  return { geo, languages, bundles, story, lives, labels };
}

/** The lives, checked against the geodata, the languages and the sources register. */
export function loadLivesContent(geo: ReturnType<typeof loadGeodata>, languages: string[], steps: Parameters<typeof crossings>[1]) {
  const register = new Map<string, LifeSource>();
  for (const s of geo.sources) register.set(s.key, { key: s.key, title: s.title, url: s.url });
  for (const s of SOURCES_LIVES) if (!register.has(s.key)) register.set(s.key, s);
  const { problems, lives } = loadLives(LIVES, { languages, index: geo.index, sourceKeys: new Set(register.keys()) });
  if (problems.length) throw new ContentError(problems);
  const index: LifeSummary[] = lives.map((l: Life) => {
    const xs = l.points.map((p) => p[0]);
    const ys = l.points.map((p) => p[1]);
    const last = l.stations[l.stations.length - 1];
    return {
      id: l.id,
      name: l.name,
      years: l.years,
      nation: l.nation,
      summary: l.summary,
      bbox: [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)],
      from: l.stations[0].from,
      to: last.to ?? last.from,
      stations: l.stations.length,
    };
  });
  const cited = new Set(lives.flatMap((l) => l.stations.flatMap((s) => [...s.sources.map((r) => r.key), ...(s.at_source ? [s.at_source] : [])])));
  const sources = Object.fromEntries([...cited].sort().map((k) => [k, register.get(k)!]));
  return { lives, index, sources, crossings: crossings(lives, steps, geo.index) };
}

export function contentPlugin(): Plugin {
  let content: ReturnType<typeof loadContent> | null = null;
  let archive: { buf: Buffer; file: string } | null = null;
  /** The basemap archive, once per process, named by its content. */
  const getArchive = () => {
    if (archive) return archive;
    const buf = buildBasemapArchive();
    return (archive = { buf, file: `assets/basemap-${createHash('sha256').update(buf).digest('hex').slice(0, 10)}.pmtiles` });
  };
  const get = () => (content ??= loadContent());
  let serving = false;
  return {
    name: 'story-map-content',
    buildStart() {
      // Under Vitest the data tests report content problems one by one; failing here would hide
      // every other test behind one start-up error.
      if (process.env.VITEST) return;
      content = null;
      try {
        get();
      } catch (e) {
        // this.error stops the build; the message names file, item and field for each problem.
        this.error((e as Error).message);
      }
    },
    resolveId(id) {
      if (id === PALETTE_CSS) return RESOLVED + id.slice(PREFIX.length);
      if (id.startsWith(PREFIX) && /^virtual:(geodata|basemap|i18n|lives)(\/[a-z0-9-]+)?$/.test(id)) return RESOLVED + id.slice(PREFIX.length);
      return null;
    },
    load(id) {
      if (!id.startsWith(RESOLVED)) return null;
      const name = id.slice(RESOLVED.length);
      if (name === PALETTE_CSS.slice(PREFIX.length)) return paletteCss();
      const { geo, languages, bundles, lives } = get();
      if (name === 'lives') {
        const loaders = lives.lives.map((l) => `${JSON.stringify(l.id)}: () => import('virtual:lives/${l.id}').then((m) => m.default)`);
        return [
          `export const index = ${JSON.stringify(lives.index)};`,
          `export const crossings = ${JSON.stringify(lives.crossings)};`,
          `export const sources = ${JSON.stringify(lives.sources)};`,
          `export const loaders = {${loaders.join(',')}};`,
        ].join('\n');
      }
      if (name.startsWith('lives/')) {
        const life = lives.lives.find((l) => l.id === name.slice(6));
        if (!life) this.error(`virtual:${name}: no such life`);
        return `export default ${JSON.stringify(life)};`;
      }
      if (name === 'i18n') {
        const loaders = languages.map((l) => `${JSON.stringify(l.code)}: () => import('virtual:i18n/${l.code}').then((m) => m.default)`);
        return [`export const languages = ${JSON.stringify(languages)};`, `export const loaders = {${loaders.join(',')}};`].join('\n');
      }
      if (name.startsWith('i18n/')) {
        const b = bundles[name.slice(5)];
        if (!b) this.error(`virtual:${name}: no such language`);
        return `export default ${JSON.stringify(b)};`;
      }
      if (name === 'basemap') {
        const { labels } = get();
        const a = getArchive();
        if (!serving) this.emitFile({ type: 'asset', fileName: a.file, source: a.buf });
        // Resolved against this chunk (assets/), not the page: the bench's bare page lives elsewhere.
        // (Through a variable, so Vite does not try to resolve the emitted file as a source asset.)
        const file = JSON.stringify(`./${a.file.split('/').pop()}`);
        return `const here = import.meta.url;\nexport default { tiles: new URL(${file}, here).href, ...${JSON.stringify({ areaLabels: labels.areas, waterLabels: labels.water })} };`;
      }
      if (name === 'geodata') {
        const loaders = Object.keys(geo.layers).map((l) => `${JSON.stringify(l)}: () => import('virtual:geodata/${l}').then((m) => m.default)`);
        return [`export const index = ${JSON.stringify(geo.index)};`, `export const loaders = {${loaders.join(',')}};`].join('\n');
      }
      const layer = name.replace(/^geodata\//, '');
      if (!geo.layers[layer]) this.error(`virtual:geodata/${layer}: no such layer`);
      return `export default ${JSON.stringify(geo.layers[layer])};`;
    },
    configureServer(server: ViteDevServer) {
      serving = true;
      // The basemap archive with HTTP byte ranges, as a static server gives it in production.
      server.middlewares.use((req, res, next) => {
        const a = getArchive();
        if (!req.url?.split('?')[0].endsWith(`/${a.file.split('/').pop()}`)) return next();
        const m = /bytes=(\d+)-(\d*)/.exec(String(req.headers.range ?? ''));
        const start = m ? Number(m[1]) : 0;
        const end = m && m[2] ? Math.min(Number(m[2]), a.buf.length - 1) : a.buf.length - 1;
        res.statusCode = m ? 206 : 200;
        res.setHeader('Content-Type', 'application/octet-stream');
        res.setHeader('Accept-Ranges', 'bytes');
        if (m) res.setHeader('Content-Range', `bytes ${start}-${end}/${a.buf.length}`);
        res.end(a.buf.subarray(start, end + 1));
      });
      server.watcher.add([GEODATA, STORY, I18N, LIVES]);
      const onChange = (file: string) => {
        if (!file.startsWith(GEODATA) && !file.startsWith(STORY) && !file.startsWith(I18N) && !file.startsWith(LIVES)) return;
        if (file.endsWith('.ts')) return;
        content = null;
        try {
          get();
        } catch (e) {
          server.config.logger.error((e as Error).message);
          server.ws.send({ type: 'error', err: { message: (e as Error).message, stack: '' } });
          return;
        }
        for (const m of server.moduleGraph.idToModuleMap.values()) if (m.id?.startsWith(RESOLVED)) server.moduleGraph.invalidateModule(m);
        server.ws.send({ type: 'full-reload' });
      };
      server.watcher.on('change', onChange);
      server.watcher.on('add', onChange);
    },
  };
}
