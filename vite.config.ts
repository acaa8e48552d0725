import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { localePartsPlugin } from './scripts/vite/locale-parts-plugin.ts';

const repoRoot = fileURLToPath(new URL('.', import.meta.url));

/** Chunks the central screen loads after its figures (see modulePreload below). */
const AFTER_FIGURES_CHUNKS = ['hours-economics-panel'];

/** The web app lives in src/web and builds into dist/web, which the server serves. */
export default defineConfig({
  root: fileURLToPath(new URL('./src/web', import.meta.url)),
  plugins: [react(), localePartsPlugin()],
  build: {
    outDir: fileURLToPath(new URL('./dist/web', import.meta.url)),
    emptyOutDir: true,
    // dist/web/.vite/manifest.json: `npm run size` reads from it which files a first visit loads.
    manifest: true,
    // Every browser we support has <link rel="modulepreload">: no polyfill in the first download.
    modulePreload: {
      polyfill: false,
      // A panel the central screen loads after its figures fetches its own imports when it
      // loads: listing them in the first screen's code would cost every first visit ~0.4 kB.
      resolveDependencies: (filename, deps) =>
        AFTER_FIGURES_CHUNKS.some((name) => filename.includes(name)) ? [] : deps,
    },
    // One chunk per page comes from React.lazy; keep warnings for chunks that grow past this.
    chunkSizeWarningLimit: 600,
  },
  server: {
    port: 5173,
    fs: { allow: [repoRoot] },
    // No changeOrigin: the server's CSRF check compares the Origin header with the Host header.
    proxy: { '/api': { target: 'http://127.0.0.1:3000' } },
  },
  preview: { proxy: { '/api': { target: 'http://127.0.0.1:3000' } } },
});
