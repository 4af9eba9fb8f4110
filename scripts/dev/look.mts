import { buildAndServe } from '../../tests/e2e/serve.ts';
import { launch, open, settled, shot } from '../../tests/e2e/browser.ts';
const s = await buildAndServe({ build: false });
const b = await launch();
const steps = process.argv.slice(2);
for (const id of steps) {
  const t = Date.now();
  const sess = await open(b, s.url + '#step=' + id, { reducedMotion: 'reduce' });
  try { await settled(sess.page, id, 30000); } catch (e) { console.log('timeout', id); }
  console.log(id, Date.now() - t, 'ms', await shot(sess.page, 'look-' + id), 'blocked', sess.blocked, 'errors', sess.errors);
  await sess.context.close();
}
await b.close(); await s.close();
