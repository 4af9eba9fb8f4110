import { buildAndServe } from '../../scripts/lib/serve.ts';

/**
 * Build once and serve dist/ for all e2e files. The URL reaches the test workers through the
 * environment, which they inherit when vitest starts them after this setup.
 */
export default async function setup() {
  // E2E_NO_BUILD=1 serves the dist/ already built (re-running one file while iterating).
  const server = await buildAndServe({ build: process.env.E2E_NO_BUILD !== '1' });
  process.env.E2E_BASE_URL = server.url;
  return async () => server.close();
}
