import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { contentPlugin } from './scripts/content/vite-plugin.ts';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

// The app lives in src/ (its index.html too), so the top level stays small; the build goes to dist/.
// BENCH=1 builds to dist-bench/ (scripts/bench.ts adds its bare MapLibre page to that build itself).
const bench = process.env.BENCH === '1';

export default defineConfig({
  root: here('./src'),
  publicDir: here('./public'),
  base: './',
  plugins: [svelte(), contentPlugin()],
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
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts', 'tests/data/**/*.test.ts'], environment: 'node' },
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
