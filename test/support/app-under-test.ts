import * as sourceApp from '../../src/server/app.js';

/**
 * The server the API tests build: the TypeScript sources, or, with AITIMA_TEST_COMPILED=1,
 * the compiled bundle of `npm run build` (dist/server/app.js), so that CI runs the same
 * suite against what production runs.
 */
async function loadApp(): Promise<typeof sourceApp> {
  if (process.env.AITIMA_TEST_COMPILED !== '1') return sourceApp;
  // A variable path: the bundle is only there after a build, and typecheck must not need it.
  const compiled = new URL('../../dist/server/app.js', import.meta.url).href;
  return (await import(/* @vite-ignore */ compiled)) as typeof sourceApp;
}

export const { buildApp, loggerOptions } = await loadApp();
