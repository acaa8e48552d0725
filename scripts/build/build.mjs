#!/usr/bin/env node
// `npm run build`: the web app into dist/web (precompressed), the server into dist/server
// (JavaScript for plain `node`), and a stamp of the sources they were made from.
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { sourcesHash, stampFile } from './sources-hash.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The programs `node dist/server/…` runs, and app.js, which the compiled API test run imports. */
export const SERVER_ENTRY_POINTS = [
  'main.ts',
  'demo/demo-main.ts',
  'db/migrate-main.ts',
  'backup/backup-main.ts',
  'backup/restore-main.ts',
  'secrets/rotate-session-key-main.ts',
  'app.ts',
];

function run(command, args) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const hash = sourcesHash(root);
rmSync(stampFile(root), { force: true });

run(process.execPath, [path.join(root, 'node_modules/vite/bin/vite.js'), 'build']);
run(process.execPath, [
  path.join(root, 'scripts/build/precompress.mjs'),
  path.join(root, 'dist/web'),
]);

// Our own code in one bundle per program; packages stay imports of node_modules, which
// `npm ci --omit=dev` provides. esbuild only strips types: `npm run typecheck` checks them.
rmSync(path.join(root, 'dist/server'), { recursive: true, force: true });
await build({
  absWorkingDir: root,
  entryPoints: SERVER_ENTRY_POINTS.map((entry) => `src/server/${entry}`),
  outbase: 'src/server',
  outdir: 'dist/server',
  bundle: true,
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  platform: 'node',
  format: 'esm',
  target: 'node20.19',
  packages: 'external',
  sourcemap: 'linked',
  logLevel: 'warning',
});
console.log('server compiled into dist/server');

mkdirSync(path.dirname(stampFile(root)), { recursive: true });
writeFileSync(
  stampFile(root),
  `${JSON.stringify({ sourcesHash: hash, builtAt: new Date().toISOString() }, null, 2)}\n`,
);
