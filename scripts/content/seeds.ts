/**
 * Quotations of the popular accounts the story checks (the seed texts in ../shared/seeds/) must be
 * verbatim: every span in quotation marks inside a "Claim:" paragraph or a feature's `seed_claim`
 * must occur in a seed text. Only whitespace and the shape of quotation marks and apostrophes are
 * normalised; case, spelling, digits and punctuation must match. A fact token such as {usd:…} inside
 * a quotation is an error too: it would rewrite the source's words.
 *
 * The seed texts are research material outside the shipped app; where the folder is absent (a fresh
 * checkout without ../shared) the check is skipped, and `STORYMAP_SEEDS` can point at another folder.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Problem } from './problems.ts';

const DEFAULT_DIR = fileURLToPath(new URL('../../../shared/seeds/', import.meta.url));

/** Collapse whitespace; one form for each kind of quotation mark and apostrophe. */
export function normalise(s: string): string {
  return s
    .replace(/[\u201c\u201d\u201e\u201f\u00ab\u00bb\u2033\u02ba]/g, '"')
    .replace(/[\u2018\u2019\u201a\u201b\u2032\u02bc\u00b4`]/g, "'")
    .replace(/[\s\u00a0\u202f]+/g, ' ')
    .trim();
}

/** Quoted spans in a text: "…", “…”, „…“, „…”, «…», ”…”. Apostrophes are not quotation marks. */
export function quotations(text: string): string[] {
  const out: string[] = [];
  const re = /"([^"]+)"|\u201c([^\u201d\u201c]+)\u201d|\u201e([^\u201c\u201d]+)[\u201c\u201d]|\u00ab([^\u00bb]+)\u00bb|\u201d([^\u201d]+)\u201d/g;
  for (const m of text.matchAll(re)) out.push((m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5]).trim());
  return out;
}

export interface Seeds {
  /** File name → normalised text. */
  texts: Record<string, string>;
}

/** Read the seed texts, or null when the folder does not exist. */
export function loadSeeds(dir = process.env.STORYMAP_SEEDS ?? DEFAULT_DIR): Seeds | null {
  if (!existsSync(dir)) return null;
  const texts: Record<string, string> = {};
  for (const f of readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort())
    texts[f] = normalise(readFileSync(join(dir, f), 'utf8'));
  return { texts };
}

/** Problems for every quotation in `text` that no seed contains verbatim. */
export function lintQuotes(text: string, seeds: Seeds, where: Omit<Problem, 'message'>): Problem[] {
  const all = Object.values(seeds.texts);
  return quotations(text).flatMap((q) => {
    if (/\{[a-z]+:[^}]*\}/.test(q)) return [{ ...where, message: `quotes "${q}" with a fact token inside: a token rewrites the source's words — write the quotation as the source has it` }];
    const n = normalise(q);
    if (all.some((t) => t.includes(n))) return [];
    return [{ ...where, message: `quotes "${q}", which no seed text contains verbatim: quotation marks only around the source's own words (or paraphrase without them)` }];
  });
}

/** Check the "Claim:" paragraphs of one story text. */
export function lintClaims(steps: Record<string, { claim?: string }>, seeds: Seeds | null, file: string): Problem[] {
  if (!seeds) return [];
  return Object.entries(steps).flatMap(([id, s]) => (s.claim ? lintQuotes(s.claim, seeds, { file, item: id, field: 'claim' }) : []));
}
