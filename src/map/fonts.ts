/**
 * Map label fonts, bundled: Noto Serif (SIL OFL) from @fontsource, the latin, latin-ext and cyrillic
 * subsets, handed to MapLibre 6's `font-faces` (no glyphs server). Latin-ext covers Polish,
 * Lithuanian, Latvian, Estonian and Finnish letters (ą ł ń ė ų ū š ž ā ē ģ ķ ļ ņ õ ä ö ü).
 */
import type { FontFacesSpecification } from 'maplibre-gl';
import latin400 from '@fontsource/noto-serif/files/noto-serif-latin-400-normal.woff2?url';
import latinExt400 from '@fontsource/noto-serif/files/noto-serif-latin-ext-400-normal.woff2?url';
import cyr400 from '@fontsource/noto-serif/files/noto-serif-cyrillic-400-normal.woff2?url';
import latin400i from '@fontsource/noto-serif/files/noto-serif-latin-400-italic.woff2?url';
import latinExt400i from '@fontsource/noto-serif/files/noto-serif-latin-ext-400-italic.woff2?url';
import cyr400i from '@fontsource/noto-serif/files/noto-serif-cyrillic-400-italic.woff2?url';
import latin700 from '@fontsource/noto-serif/files/noto-serif-latin-700-normal.woff2?url';
import latinExt700 from '@fontsource/noto-serif/files/noto-serif-latin-ext-700-normal.woff2?url';
import cyr700 from '@fontsource/noto-serif/files/noto-serif-cyrillic-700-normal.woff2?url';

// Unicode ranges as published in @fontsource/noto-serif/unicode.json (not exported by the package).
export const LATIN = [
  'U+0000-00FF',
  'U+0131',
  'U+0152-0153',
  'U+02BB-02BC',
  'U+02C6',
  'U+02DA',
  'U+02DC',
  'U+0304',
  'U+0308',
  'U+0329',
  'U+2000-206F',
  'U+20AC',
  'U+2122',
  'U+2191',
  'U+2193',
  'U+2212',
  'U+2215',
  'U+FEFF',
  'U+FFFD',
];
export const LATIN_EXT = [
  'U+0100-02BA',
  'U+02BD-02C5',
  'U+02C7-02CC',
  'U+02CE-02D7',
  'U+02DD-02FF',
  'U+1D00-1DBF',
  'U+1E00-1E9F',
  'U+1EF2-1EFF',
  'U+2020',
  'U+20A0-20AB',
  'U+20AD-20C0',
  'U+2113',
  'U+2C60-2C7F',
  'U+A720-A7FF',
];
export const CYRILLIC = ['U+0301', 'U+0400-045F', 'U+0490-0491', 'U+04B0-04B1', 'U+2116'];

const abs = (u: string) => new URL(u, document.baseURI).href;
const face = (latin: string, ext: string, cyr: string) => [
  { url: abs(latin), 'unicode-range': LATIN },
  { url: abs(ext), 'unicode-range': LATIN_EXT },
  { url: abs(cyr), 'unicode-range': CYRILLIC },
];

export const FONT = { regular: 'Noto Serif Regular', italic: 'Noto Serif Italic', bold: 'Noto Serif Bold' } as const;

export function fontFaces(): FontFacesSpecification {
  return {
    [FONT.regular]: face(latin400, latinExt400, cyr400),
    [FONT.italic]: face(latin400i, latinExt400i, cyr400i),
    [FONT.bold]: face(latin700, latinExt700, cyr700),
  };
}
