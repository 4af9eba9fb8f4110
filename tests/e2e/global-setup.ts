import { buildAndServe } from '../../scripts/lib/serve.ts';

/**
 * Build once and serve dist/ for all e2e files. The URL reaches the test workers through the
 * environment, which they inherit when vitest starts them after this setup.
 */
export default async function setup() {
  const server = await buildAndServe();
  process.env.E2E_BASE_URL = server.url;
  return async () => server.close();
}
