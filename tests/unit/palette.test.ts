/** src/palette.ts: every colour of the app comes from styles/palette.json, and CSS gets them all from it. */
import { describe, it, expect } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { palette, paletteCss, ui } from '../../src/palette.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const files = (dir: string): string[] =>
  readdirSync(join(root, dir), { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : /\.(css|svelte|ts|html)$/.test(e.name) ? [join(dir, e.name)] : []));
const sources = [...files('src'), ...files('styles')].map((f) => ({ f, text: readFileSync(join(root, f), 'utf8') }));

describe('the palette', () => {
  it('serves every colour to CSS: the page’s as --<name>, the map’s as --map-<name>', () => {
    const css = paletteCss();
    for (const [k, v] of Object.entries(ui)) expect(css).toContain(`--${k}: ${v};`);
    expect(css).toContain(`--map-sea: ${palette.sea};`);
    expect(css).toContain(`--map-city-halo: ${palette.cityHalo};`);
  });

  it('is the only place a colour is written (no hex colour in src/ or styles/ outside it)', () => {
    const found = sources.flatMap(({ f, text }) => [...text.matchAll(/#[0-9a-fA-F]{6}\b|#[0-9a-fA-F]{3}\b(?![\w-])/g)].map((m) => `${f}: ${m[0]}`));
    expect(found.filter((x) => !/#(step|life|mode)\b/.test(x))).toEqual([]);
  });

  it('defines every custom property the CSS uses', () => {
    const declared = new Set([...Object.keys(ui), ...Object.keys(palette).map((k) => `map-${k.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`)]);
    for (const { text } of sources) for (const m of text.matchAll(/(?:^|[{;\s])--([a-z][\w-]*)\s*:/g)) declared.add(m[1]);
    const used = sources.flatMap(({ f, text }) => [...text.matchAll(/var\(--([a-z][\w-]*)\s*(,)?/g)].filter((m) => !m[2]).map((m) => ({ f, name: m[1] })));
    expect(used.filter((u) => !declared.has(u.name)).map((u) => `${u.f}: --${u.name}`)).toEqual([]);
  });
});
