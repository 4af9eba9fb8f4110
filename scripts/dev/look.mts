// Screenshot one address of a built app: npx tsx scripts/dev/look.mts <url> <out.png> [width] [height]
import { launch, open, settled } from '../lib/browser.ts';
const [url, out, w, h] = process.argv.slice(2);
const b = await launch();
const s = await open(b, url, { width: Number(w ?? 1200), height: Number(h ?? 800), reducedMotion: 'reduce' });
try {
  await settled(s.page, undefined, 60_000);
} catch {
  console.log('not settled');
}
await s.page.waitForTimeout(1500);
await s.page.screenshot({ path: out });
console.log({ blocked: s.blocked, errors: s.errors, lang: await s.page.evaluate(() => document.documentElement.lang) });
await b.close();
