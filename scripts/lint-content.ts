/**
 * The content lint, without building: geodata/, the sources register, the story in every shipped
 * language, and the quotations of the popular accounts (seeds) against their texts. Prints every
 * problem with its file, item and field, and exits non-zero if there is one.
 * Run: `npx tsx scripts/lint-content.ts` (also `npm run lint:data`).
 */
import { loadContent } from './content/vite-plugin.ts';
import { ContentError } from './content/problems.ts';

try {
  const { languages, geo } = loadContent();
  console.log(`content ok: ${Object.values(geo.layers).reduce((n, l) => n + l.features.length, 0)} features, ${geo.sources.length} sources, ${languages.length} languages`);
} catch (e) {
  if (e instanceof ContentError) {
    console.error(e.message);
    process.exit(1);
  }
  throw e;
}
