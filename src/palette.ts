/**
 * Every colour of the app, from one file (styles/palette.json): the map's for the MapLibre style and
 * the legend, the page's for CSS — served to CSS as custom properties by the build
 * (virtual:palette.css, scripts/content/vite-plugin.ts: `--<ui name>` and `--map-<map name>`).
 */
import tokens from '../styles/palette.json' with { type: 'json' };

/** The map's colours. */
export const palette = tokens.map;
/** A colour of the map. */
export type PaletteKey = keyof typeof palette;
/** The page's colours. */
export const ui = tokens.ui;

const kebab = (s: string) => s.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/** The palette as CSS custom properties, for every page of the app. */
export function paletteCss(): string {
  const vars = [...Object.entries(ui).map(([k, v]) => `--${k}: ${v};`), ...Object.entries(palette).map(([k, v]) => `--map-${kebab(k)}: ${v};`)];
  return `:root {\n${vars.map((v) => `  ${v}`).join('\n')}\n}\n`;
}
