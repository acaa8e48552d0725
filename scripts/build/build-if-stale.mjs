#!/usr/bin/env node
// `npm start` and `npm run demo`: build first when dist/ is missing or older than the
// sources, so the README's `npm ci && npm start` works on a fresh checkout; otherwise
// start at once. Plain Node, no dev dependency: it runs before anything is compiled.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sourcesHash, stampFile } from './sources-hash.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

function builtFrom() {
  try {
    return JSON.parse(readFileSync(stampFile(root), 'utf8')).sourcesHash;
  } catch {
    return undefined;
  }
}

// A production install (the container) carries dist/ and no sources: nothing to compare.
if (existsSync(path.join(root, 'src'))) {
  if (builtFrom() !== sourcesHash(root)) {
    console.log('Building Aitima (dist/ is missing or older than the sources)…');
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    const result = spawnSync(npm, ['run', 'build'], { cwd: root, stdio: 'inherit' });
    if (result.status !== 0) process.exit(result.status ?? 1);
  }
}
