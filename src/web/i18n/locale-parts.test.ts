import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import el from '../locales/el.json';
import en from '../locales/en.json';
import { type LocaleTree, pickLocalePart } from './locale-parts';

const webDir = fileURLToPath(new URL('..', import.meta.url));
// What a first visit runs before any `import()`: the app's entry and the pages of «/» and the login.
const FIRST_SCREEN_ENTRIES = [
  'main.tsx',
  'pages/login-page.tsx',
  'pages/home-page.tsx',
  'pages/dashboard-page.tsx',
];

function keysOf(tree: LocaleTree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : keysOf(value, `${prefix}${key}.`),
  );
}

function lookUp(tree: LocaleTree, path: string): string | LocaleTree | undefined {
  let node: string | LocaleTree | undefined = tree;
  for (const part of path.split('.')) {
    if (node === undefined || typeof node === 'string') return undefined;
    node = node[part];
  }
  return node;
}

function resolveLocal(from: string, specifier: string): string | undefined {
  if (!specifier.startsWith('.')) return undefined;
  const base = resolve(dirname(from), specifier);
  return ['', '.ts', '.tsx', '/index.ts']
    .map((suffix) => base + suffix)
    .find((file) => existsSync(file) && statSync(file).isFile() && /\.tsx?$/.test(file));
}

/** The app's own files a first visit loads: static imports only, `import()` is loaded later. */
function firstScreenFiles(): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const source = readFileSync(file, 'utf8');
    // `import … from '…'`, `export … from '…'` and `import '…'`; type-only imports load nothing.
    const statics = source.matchAll(
      /^(?:import|export)\s+(?!type\s)(?:[^;]*?\sfrom\s+)?'([^']+)'/gms,
    );
    for (const [, specifier = ''] of statics) {
      const target = resolveLocal(file, specifier);
      if (target) visit(target);
    }
  };
  for (const entry of FIRST_SCREEN_ENTRIES) visit(resolve(webDir, entry));
  return [...seen];
}

/** Every string in the code that names a key (or a key's prefix, before a `${…}`) of a section. */
function keysNamedIn(files: string[]): string[] {
  const sections = new Set(Object.keys(el));
  const named = new Set<string>();
  for (const file of files) {
    const source = readFileSync(file, 'utf8');
    for (const [, key = ''] of source.matchAll(
      /['`]([a-z][A-Za-z]*(?:\.[A-Za-z0-9_]+)+)(?=['`.]|\.?\$\{)/g,
    )) {
      if (sections.has(key.split('.')[0] ?? '')) named.add(key);
    }
  }
  return [...named];
}

describe('the translations in two parts', () => {
  it('lose no key and repeat none: the first part and the rest together are the whole file', () => {
    for (const locale of [el, en] as LocaleTree[]) {
      const first = keysOf(pickLocalePart(locale, 'first'));
      const rest = keysOf(pickLocalePart(locale, 'rest'));
      expect([...first, ...rest].sort()).toEqual(keysOf(locale).sort());
      expect(first.filter((key) => rest.includes(key))).toEqual([]);
    }
  });

  it('split a section at a subtree: tickets.status comes first, the ticket page texts later', () => {
    const first = pickLocalePart(el as LocaleTree, 'first');
    const rest = pickLocalePart(el as LocaleTree, 'rest');
    expect(lookUp(first, 'tickets.status.open')).toBe(el.tickets.status.open);
    expect(lookUp(first, 'tickets.reply')).toBeUndefined();
    expect(lookUp(rest, 'tickets.status')).toBeUndefined();
    expect(lookUp(rest, 'mailboxes')).toEqual(el.mailboxes);
  });

  it('give the first screen every text its code names, so it never shows a key', () => {
    const files = firstScreenFiles();
    const named = keysNamedIn(files);
    // The walk reaches the central screen's panels and the login form.
    expect(named).toEqual(expect.arrayContaining(['dashboard.package.remaining', 'login.submit']));
    for (const locale of [el, en] as LocaleTree[]) {
      const first = pickLocalePart(locale, 'first');
      const missing = named.filter((key) => {
        const inFile = ['', '_one', '_other'].some((s) => lookUp(locale, key + s) !== undefined);
        const inFirst = ['', '_one', '_other'].some((s) => lookUp(first, key + s) !== undefined);
        return inFile && !inFirst;
      });
      expect(missing, 'add these to FIRST_SCREEN_KEYS in locale-parts.ts').toEqual([]);
    }
  });
});
