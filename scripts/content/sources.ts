/**
 * The sources register (geodata/sources.json): its schema, a closed vocabulary of source types, and
 * the curatorial lints of /work/shared/HISTORY.md — every step rests on an archival or scholarly
 * source, no figure rests on encyclopedias alone or on web pages, virtual museums and press alone,
 * encyclopedias are at most 15% of the register, and
 * no entry points at a pirated copy, a blog or a Wikipedia mirror.
 */
import { SOURCE_TYPES, sourcesSchema, type AddedSource, type SourceEntry, type SourceType } from '../../src/story/sources-schema.ts';

export { SOURCE_TYPES, sourcesSchema, type AddedSource, type SourceEntry, type SourceType };
import type { Problem } from './problems.ts';

/** Types that can carry a step on their own. */
export const SCHOLARLY: ReadonlySet<SourceType> = new Set(['archival', 'document-edition', 'monograph', 'article', 'official-report']);
export const MAX_ENCYCLOPEDIA_SHARE = 0.15;
/** Types that may say where a figure was found, never be its only source (HISTORY.md: context only). */
export const FOUND_VIA: ReadonlySet<SourceType> = new Set(['press', 'web', 'encyclopedia']);

/** Hosts that are not acceptable as a source's address: pirated copies, blog and mirror hosts. */
const BANNED_HOSTS = [
  /(^|\.)wikipedia\.org$/,
  /encycloreader|wikiclassic|iwiki|owiki|nina\.az|knowledgr|en-academic|de-academic|wikisum|liquisearch|howlingpixel|zxc\.wiki|perceptio|artikeldigital|wiki7|wikibrief/,
  /bookreadfree|bibliboba|doczz|9lib|docplayer|archive\.org$/,
  /blogspot\.|fourwinds10|tripod\.com|no-ip\.org|userz\.net|webs\.com/,
  /sputnik|(^|\.)rt\.com$|ria\.ru$/,
];

/** Parse and check the register's shape and its own rules (unique keys, aliases, hosts, share). */
export function checkRegister(data: unknown, file = 'geodata/sources.json'): { problems: Problem[]; sources: SourceEntry[] } {
  const parsed = sourcesSchema.safeParse(data);
  if (!parsed.success) {
    return {
      sources: [],
      problems: parsed.error.issues.map((issue) => {
        const [i, ...rest] = issue.path;
        const key = Array.isArray(data) && typeof (data[Number(i)] as { key?: unknown })?.key === 'string' ? (data[Number(i)] as { key: string }).key : `entry #${Number(i) + 1}`;
        return { file, item: key, field: rest.join('.') || undefined, message: issue.message };
      }),
    };
  }
  const problems: Problem[] = [];
  const byKey = new Map<string, SourceEntry>();
  for (const s of parsed.data) {
    if (byKey.has(s.key)) problems.push({ file, item: s.key, field: 'key', message: 'is used twice' });
    byKey.set(s.key, s);
  }
  for (const s of parsed.data) {
    if (s.alias_of) {
      const target = byKey.get(s.alias_of);
      if (!target) problems.push({ file, item: s.key, field: 'alias_of', message: `names "${s.alias_of}", which is not in the register` });
      else if (target.alias_of) problems.push({ file, item: s.key, field: 'alias_of', message: `names "${s.alias_of}", itself an alias: point at the entry` });
    }
    if (s.url) {
      let host = '';
      try {
        host = new URL(s.url).hostname;
      } catch {
        /* reported by the schema */
      }
      if (BANNED_HOSTS.some((re) => re.test(host)))
        problems.push({
          file,
          item: s.key,
          field: 'url',
          message: `"${host}" is a mirror, blog or pirated-copy host: cite the printed original (author, title, publisher, year, pages), and a url only where the thing itself is online`,
        });
    }
  }
  const own = parsed.data.filter((s) => !s.alias_of);
  const enc = own.filter((s) => s.type === 'encyclopedia').length;
  if (own.length && enc / own.length > MAX_ENCYCLOPEDIA_SHARE) {
    problems.push({
      file,
      field: 'type',
      message: `encyclopedias are ${enc} of ${own.length} entries (${Math.round((100 * enc) / own.length)}%): at most ${MAX_ENCYCLOPEDIA_SHARE * 100}% — replace them by the scholarship they summarise`,
    });
  }
  return { problems, sources: parsed.data };
}

/** The entry a key stands for (itself, or the entry it is an alias of). */
export const resolve = (byKey: ReadonlyMap<string, SourceEntry>, key: string) => {
  const s = byKey.get(key);
  return s?.alias_of ? (byKey.get(s.alias_of) ?? s) : s;
};

/** A step must cite at least one archival or scholarly source. */
export function lintStepSources(steps: { id: string; sources: string[] }[], sources: SourceEntry[], file = 'src/story/steps.yaml'): Problem[] {
  const byKey = new Map(sources.map((s) => [s.key, s]));
  return steps.flatMap((s) => {
    const types = s.sources.map((k) => resolve(byKey, k)?.type).filter((t): t is SourceType => !!t);
    if (types.length < s.sources.length || types.some((t) => SCHOLARLY.has(t))) return [];
    return [
      {
        file,
        item: s.id,
        field: 'sources',
        message: `cites no archival or scholarly source (only ${[...new Set(types)].join(', ')}): add a document edition, archival document, monograph, article or official report`,
      },
    ];
  });
}

/** A figure must not rest on encyclopedias alone, nor on web pages, virtual museums and press alone. */
export function lintFigureSources(features: { file: string; id: string; figures?: Record<string, { sources: string[] }> }[], sources: SourceEntry[]): Problem[] {
  const byKey = new Map(sources.map((s) => [s.key, s]));
  const out: Problem[] = [];
  for (const f of features) {
    for (const [name, fig] of Object.entries(f.figures ?? {})) {
      const types = fig.sources.map((k) => resolve(byKey, k)?.type);
      if (!types.length || types.some((t) => !t)) continue; // an unknown key is reported by the register check
      const field = `figures.${name}.sources`;
      if (types.every((t) => t === 'encyclopedia')) out.push({ file: f.file, item: f.id, field, message: 'rests on encyclopedias only: cite the record or the scholarship the figure comes from' });
      else if (types.every((t) => FOUND_VIA.has(t!))) {
        out.push({
          file: f.file,
          item: f.id,
          field,
          message: `rests only on web pages, virtual museums or press (${fig.sources.join(', ')}: ${[...new Set(types)].join(', ')}): cite the record or the scholarship the figure comes from, and keep the page only as where it was found`,
        });
      }
    }
  }
  return out;
}
