#!/usr/bin/env node
// Writes a .br and a .gz beside every compressible file of the built web app, once, at
// the highest levels: the server then sends them as they are (@fastify/static's
// preCompressed) instead of compressing the same bytes on every request.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const COMPRESSIBLE = new Set([
  '.js',
  '.mjs',
  '.css',
  '.html',
  '.svg',
  '.json',
  '.txt',
  '.map',
  '.ico',
  '.webmanifest',
]);
// Below this a compressed copy saves less than the headers it costs.
const MIN_BYTES = 1024;

/** Compresses every file of `folder` worth it; returns how many files got copies. */
export function precompressFolder(folder) {
  let count = 0;
  const files = readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name))
    .filter((file) => COMPRESSIBLE.has(path.extname(file).toLowerCase()));
  for (const file of files) {
    const original = readFileSync(file);
    if (original.length < MIN_BYTES) continue;
    const brotli = brotliCompressSync(original, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_SIZE_HINT]: original.length,
      },
    });
    const gzip = gzipSync(original, { level: 9 });
    // A copy larger than the file (already compressed data) would only cost bytes.
    if (brotli.length < original.length) writeFileSync(`${file}.br`, brotli);
    if (gzip.length < original.length) writeFileSync(`${file}.gz`, gzip);
    count += 1;
  }
  return count;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const folder = path.resolve(process.argv[2] ?? 'dist/web');
  const count = precompressFolder(folder);
  console.log(
    `precompressed ${count} files in ${path.relative(process.cwd(), folder) || '.'} (br, gz)`,
  );
}
