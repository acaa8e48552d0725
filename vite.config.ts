import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { localePartsPlugin } from './scripts/vite/locale-parts-plugin.ts';
import {
  type GeneratedFiles,
  generatedFilesPlugin,
  withoutLoaded,
} from './scripts/vite/preload-lists.ts';

const repoRoot = fileURLToPath(new URL('.', import.meta.url));

/** Chunks the central screen loads after its figures (see modulePreload below). */
const AFTER_FIGURES_CHUNKS = ['hours-economics-panel'];

/** The files of the build being written (see scripts/vite/preload-lists.ts). */
let generated: GeneratedFiles = {};

/** The web app lives in src/web and builds into dist/web, which the server serves. */
export default defineConfig({
  root: fileURLToPath(new URL('./src/web', import.meta.url)),
  plugins: [
    react(),
    localePartsPlugin(),
    generatedFilesPlugin((files) => {
      generated = files;
    }),
  ],
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
      // Other lists leave out what their importer has loaded already.
      resolveDependencies: (filename, deps, { hostId }) =>
        AFTER_FIGURES_CHUNKS.some((name) => filename.includes(name))
          ? []
          : withoutLoaded(generated, hostId, deps),
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
