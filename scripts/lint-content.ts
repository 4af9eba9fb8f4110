/**
 * npm run lint:data — check every piece of content the build reads (geodata/, the sources register,
 * the story and its seven languages, the interface texts, the lives, and the quotations of the popular
 * accounts against their texts) without building: the same checks `vite build` runs first, each
 * problem naming its file, item and field. Exits 1 if there is any.
 */
import { loadContent } from './content/vite-plugin.ts';
import { ContentError } from './content/problems.ts';

try {
  const { languages, story, geo, lives } = loadContent();
  console.log(`content OK: ${Object.keys(geo.index).length} features, ${geo.sources.length} sources, ${story.steps.length} steps, ${languages.length} languages, ${lives.lives.length} lives`);
} catch (e) {
  if (!(e instanceof ContentError)) throw e;
  console.error(e.message);
  process.exit(1);
}
