import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { VitePWA } from 'vite-plugin-pwa';
import { contentPlugin } from './scripts/content/vite-plugin.ts';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

// The app lives in src/ (its index.html too), so the top level stays small; the build goes to dist/.
// BENCH=1 builds to dist-bench/ (scripts/bench.ts adds its bare MapLibre page to that build itself).
const bench = process.env.BENCH === '1';

export default defineConfig({
  root: here('./src'),
  publicDir: here('./public'),
  base: './',
  plugins: [
    svelte(),
    contentPlugin(),
    // The kiosk's offline cache (src/kiosk/sw.ts registers it through
    // virtual:pwa-register, in kiosk mode only): a generated
    // service worker that precaches the whole build — scripts, styles, fonts, every layer chunk and the
    // MapLibre worker. Hashed files under assets/ are keyed by name, the rest by a content revision,
    // so a new build replaces exactly what changed. No skipWaiting: a new build waits for the kiosk's
    // next reset. kiosk.json is left out of the precache and fetched network-first, so staff can edit
    // it in dist/ and see it at the next reload, with the last copy kept for when the server is gone.
    VitePWA({
      disable: bench,
      injectRegister: false,
      registerType: 'prompt',
      manifest: false,
      workbox: {
        globPatterns: ['**/*.{html,js,mjs,css,woff2,json,png,svg,ico,txt,pmtiles}'],
        globIgnores: ['kiosk.json', 'sw.js', 'workbox-*.js'],
        maximumFileSizeToCacheInBytes: 16 * 1024 * 1024,
        navigateFallback: 'index.html',
        clientsClaim: true,
        skipWaiting: false,
        cleanupOutdatedCaches: true,
        runtimeCaching: [
          {
            urlPattern: ({ url }) => url.pathname.endsWith('/kiosk.json'),
            handler: 'NetworkFirst',
            options: { cacheName: 'kiosk-config', networkTimeoutSeconds: 3 },
          },
        ],
      },
    }),
  ],
  build: {
    outDir: here(bench ? './dist-bench' : './dist'),
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 1500,
    rolldownOptions: {
      // Vite cannot emit an HTML page outside root; the bench's bare page is added by scripts/bench.ts.
      input: { main: here('./src/index.html') },
    },
  },
  server: { fs: { allow: [here('.')] } },
  preview: { host: '127.0.0.1' },
  test: {
    root: here('.'),
    // Two workers on this 2-core machine (Vitest's default is cores − 1 = 1): the e2e files leave a
    // core mostly idle while Chromium waits on timers, and the unit files run beside them. The e2e
    // project itself stays one file at a time (fileParallelism: false).
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts', 'tests/data/**/*.test.ts'], environment: 'node', setupFiles: ['tests/unit/setup-i18n.ts'] },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/e2e/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 240_000,
          // One browser at a time: 2 cores, software WebGL.
          fileParallelism: false,
        },
      },
    ],
  },
});
