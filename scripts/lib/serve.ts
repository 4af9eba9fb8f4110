/** Build the app and serve the build (dist/, or dist-bench/ with BENCH=1) on 127.0.0.1, as `npm start` does. */
import { build, preview, type PreviewServer } from 'vite';
import { fileURLToPath } from 'node:url';

const configFile = fileURLToPath(new URL('../../vite.config.ts', import.meta.url));

export async function buildAndServe(opts: { build?: boolean } = {}): Promise<{ url: string; close: () => Promise<void> }> {
  if (opts.build !== false) await build({ configFile, logLevel: 'warn' });
  const server: PreviewServer = await preview({ configFile, preview: { port: 0, host: '127.0.0.1', strictPort: false }, logLevel: 'warn' });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('preview server has no port');
  return { url: `http://127.0.0.1:${address.port}/`, close: () => server.close() };
}
