// Contact sheets of screenshots: 2 columns × 3 rows at half size, for reviewing many steps at once.
import { readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { PNG } from 'pngjs';
const dir = 'tests/e2e/screenshots/';
const files = readdirSync(dir)
  .filter((f) => f.startsWith(process.argv[2] ?? 'story-step-'))
  .sort();
const W = 600,
  H = 400;
for (let s = 0; s < files.length; s += 6) {
  const out = new PNG({ width: W * 2, height: H * 3 });
  files.slice(s, s + 6).forEach((f, k) => {
    const img = PNG.sync.read(readFileSync(dir + f));
    const ox = (k % 2) * W,
      oy = Math.floor(k / 2) * H;
    for (let y = 0; y < H; y++)
      for (let x = 0; x < W; x++) {
        const sx = Math.floor((x * img.width) / W),
          sy = Math.floor((y * img.height) / H);
        const i = (sy * img.width + sx) * 4,
          o = ((oy + y) * out.width + ox + x) * 4;
        out.data[o] = img.data[i];
        out.data[o + 1] = img.data[i + 1];
        out.data[o + 2] = img.data[i + 2];
        out.data[o + 3] = 255;
      }
  });
  writeFileSync(`/tmp/sheet-${String(s / 6).padStart(2, '0')}.png`, PNG.sync.write(out));
}
console.log(files.length, 'files');
