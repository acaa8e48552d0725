import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { type LocaleTree, pickLocalePart } from '../../src/web/i18n/locale-parts.ts';

const PREFIX = 'virtual:locale-part/';
const localesDir = fileURLToPath(new URL('../../src/web/locales/', import.meta.url));
// What a part is called in the build: locales/el-first.part.js beside el.json (no such file
// exists), so that its chunk and the build manifest's key read plainly.
const PART_FILE = /locales\/([a-z]{2})-(first|rest)\.part\.js$/;

/**
 * `import('virtual:locale-part/el-first')`: one part of src/web/locales/el.json (see
 * src/web/i18n/locale-parts.ts), as a module of its own, so that a first visit
 * downloads only the first screen's texts. The JSON files stay the one source people edit.
 */
export function localePartsPlugin(): Plugin {
  return {
    name: 'aitima-locale-parts',
    enforce: 'pre',
    resolveId(id) {
      if (!id.startsWith(PREFIX)) return undefined;
      const name = id.slice(PREFIX.length);
      if (!/^[a-z]{2}-(first|rest)$/.test(name)) return undefined;
      return `${localesDir}${name}.part.js`;
    },
    load(id) {
      const match = PART_FILE.exec(id);
      if (!match) return undefined;
      const [, locale = '', part = 'first'] = match;
      const file = `${localesDir}${locale}.json`;
      this.addWatchFile(file);
      const tree = JSON.parse(readFileSync(file, 'utf8')) as LocaleTree;
      // JSON.parse of a string parses faster than the same object as a literal (as Vite's JSON).
      const json = JSON.stringify(pickLocalePart(tree, part === 'rest' ? 'rest' : 'first'));
      return `export default JSON.parse(${JSON.stringify(json)});`;
    },
  };
}
