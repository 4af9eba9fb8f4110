/// <reference types="vite-plugin-pwa/vanillajs" />
declare module 'virtual:i18n' {
  export const languages: { code: string; name: string }[];
  export const loaders: Record<string, () => Promise<import('~/i18n/bundle.ts').LanguageBundle>>;
}
declare module 'virtual:geodata' {
  import type { FeatureCollection, Geometry } from 'geojson';
  export const index: import('~/layers/feature-index.ts').FeatureIndex;
  export const loaders: Record<string, () => Promise<FeatureCollection<Geometry, Record<string, unknown>>>>;
}
declare module 'virtual:basemap' {
  const basemap: import('~/map/style.ts').BasemapData;
  export default basemap;
}
declare module '*.woff2?url' {
  const url: string;
  export default url;
}
declare module 'virtual:lives' {
  export const index: import('~/lives/types.ts').LifeSummary[];
  export const crossings: Record<string, import('~/lives/types.ts').LifeCrossing[]>;
  export const sources: Record<string, import('~/lives/types.ts').LifeSource>;
  export const loaders: Record<string, () => Promise<import('~/lives/types.ts').Life>>;
}
