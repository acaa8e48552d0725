import type { Plugin } from 'vite';

/** What the preload lists need of a generated file: the chunks it imports statically. */
export type GeneratedFiles = Record<string, { type: string; imports?: readonly string[] }>;

/** A chunk and every chunk it imports statically, transitively: all loaded when it runs. */
export function loadedWith(files: GeneratedFiles, chunk: string): Set<string> {
  const loaded = new Set<string>();
  const pending = [chunk];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    if (loaded.has(next)) continue;
    loaded.add(next);
    const file = files[next];
    if (file?.type === 'chunk') pending.push(...(file.imports ?? []));
  }
  return loaded;
}

/**
 * A dynamic import's preload list without the chunks its importer has loaded already
 * (its own static imports): vite lists every chunk the imported one needs, so each
 * lazy import in a first-visit chunk carried the names of React, Mantine's core and
 * the client again, ~40 bytes a name of hashed, barely compressible text. A preload
 * list is a hint: a chunk missing from it is still fetched by the import itself.
 */
export function withoutLoaded(files: GeneratedFiles, importer: string, deps: string[]): string[] {
  const loaded = loadedWith(files, importer);
  return deps.filter((dep) => !loaded.has(dep));
}

/**
 * Keeps the bundle vite is about to write, for resolveDependencies (which vite calls
 * while it writes the preload lists, in its own generateBundle, after this one's).
 */
export function generatedFilesPlugin(keep: (files: GeneratedFiles) => void): Plugin {
  return {
    name: 'aitima-generated-files',
    apply: 'build',
    generateBundle(_options, bundle) {
      keep(bundle as unknown as GeneratedFiles);
    },
  };
}
