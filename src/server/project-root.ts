import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The folder holding the project's package.json. Found by walking up from this module, so
 * that the same code finds drizzle/ and dist/web both from src/server (tsx) and from the
 * compiled bundle in dist/server, which sit at different depths.
 */
function findProjectRoot(start: string): string {
  let folder = start;
  while (!existsSync(path.join(folder, 'package.json'))) {
    const parent = path.dirname(folder);
    if (parent === folder) throw new Error(`No package.json above ${start}`);
    folder = parent;
  }
  return folder;
}

export const projectRoot = findProjectRoot(path.dirname(fileURLToPath(import.meta.url)));
