import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/**
 * What a build is made from: a change to any of these makes dist/ stale. Tests and the
 * README are left out, so that editing them does not rebuild on the next `npm start`.
 */
const SOURCE_FOLDERS = ['src', 'drizzle', 'scripts/build', 'scripts/vite'];
const SOURCE_FILES = [
  'package.json',
  'package-lock.json',
  'tsconfig.json',
  'vite.config.ts',
  'postcss.config.cjs',
];
const isTest = (file) => /\.test\.tsx?$/.test(file);

function listFiles(folder) {
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name))
    .filter((file) => !isTest(file));
}

/**
 * A hash of the contents of every source of the build, in a stable order. Contents, not
 * modification times: a git checkout or a copy changes times without changing the build.
 */
export function sourcesHash(root) {
  const files = [
    ...SOURCE_FOLDERS.flatMap((folder) => listFiles(path.join(root, folder))),
    ...SOURCE_FILES.map((file) => path.join(root, file)).filter((file) => existsSync(file)),
  ]
    .map((file) => path.relative(root, file).split(path.sep).join('/'))
    .sort();
  const hash = createHash('sha256');
  for (const file of files) {
    hash.update(`${file}\0${statSync(path.join(root, file)).size}\0`);
    hash.update(readFileSync(path.join(root, file)));
  }
  return hash.digest('hex');
}

/** Where a finished build records what it was made from. */
export const stampFile = (root) => path.join(root, 'dist', 'build-stamp.json');
