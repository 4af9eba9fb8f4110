/**
 * The sources register contract (geodata/sources.json), once: the zod schema the build checks the
 * register against (scripts/content/sources.ts, with the curatorial lints), and the types the app
 * and the build use for a source — all inferred from it. Build-time only: the app imports the types.
 */
import { z } from 'zod';

/** archival document, document edition, monograph, journal article or chapter, official report,
 *  memorial institution, press, web page or virtual museum (a site that is not an institution's own
 *  record), encyclopedia, dataset, seed (a popular account the story checks). */
export const SOURCE_TYPES = ['archival', 'document-edition', 'monograph', 'article', 'official-report', 'memorial', 'press', 'web', 'encyclopedia', 'dataset', 'seed'] as const;
export type SourceType = (typeof SOURCE_TYPES)[number];
export const sourceEntrySchema = z.strictObject({
  key: z.string().regex(/^[A-Za-z0-9_]+$/, 'must be letters, digits or _'),
  type: z.enum(SOURCE_TYPES, { error: `must be one of ${SOURCE_TYPES.join(', ')}` }),
  /** The full citation as shown to visitors (author, title, publisher or journal, year, pages). */
  title: z.string().min(1),
  author: z.string().min(1).optional(),
  editor: z.string().min(1).optional(),
  /** The work's own title, when `title` is the full citation. */
  work: z.string().min(1).optional(),
  publisher: z.string().min(1).optional(),
  journal: z.string().min(1).optional(),
  year: z.union([z.number().int().min(1800).max(2100), z.string().min(1)]).optional(),
  pages: z.string().min(1).optional(),
  url: z.string().url().nullable(),
  note: z.string().optional(),
  /** This key is kept so that older references resolve; it stands for the entry named here. */
  alias_of: z.string().optional(),
});
export const sourcesSchema = z.array(sourceEntrySchema);
export type SourceEntry = z.infer<typeof sourceEntrySchema>;
/** A source as the chapters, lives and cartography lists write it: the register cites it from its fields. */
export type AddedSource = Omit<SourceEntry, 'url' | 'work' | 'alias_of'> & { url?: string | null };

/** A source as the story ships it (the register's entry; these are the fields the app reads). */
export type SourceRef = Pick<SourceEntry, 'key' | 'title' | 'url' | 'type' | 'alias_of'>;
/** A source as shown under a life's station: the register's bibliographic fields, as far as known. */
export type LifeSource = Pick<SourceEntry, 'key' | 'title'> & Partial<Pick<SourceEntry, 'author' | 'editor' | 'publisher' | 'journal' | 'year' | 'pages' | 'url'>>;
