/**
 * Which built files a customer's first visit downloads, read from Vite's build
 * manifest (dist/web/.vite/manifest.json). Pure: no file system, so it is unit-tested.
 */

/** One entry of Vite's manifest: a chunk and what it imports. */
export interface ManifestChunk {
  file: string;
  src?: string;
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
}

export type Manifest = Record<string, ManifestChunk>;

/**
 * A customer's first visit: they open the login page, sign in and land on the
 * central screen («Κεντρική οθόνη») in the default language (Greek). These are
 * the manifest keys (source paths under src/web) that start the chunks it needs:
 * the HTML entry, the login page, «/» (home-page, which picks the customer's
 * dashboard-page) and the first screen's part of the Greek translations (see
 * src/web/i18n/locale-parts.ts). Whatever these import statically
 * comes too; what they import dynamically (the chart, other pages) does not:
 * it loads later, after the figures are shown, or on another page.
 */
export const FIRST_VISIT_SOURCES = [
  'index.html',
  'pages/login-page.tsx',
  'pages/home-page.tsx',
  'pages/dashboard-page.tsx',
  'locales/el-first.part.js',
] as const;

/** The files (JavaScript and CSS) loaded for the given sources and every chunk they import statically. */
export function firstVisitFiles(
  manifest: Manifest,
  sources: readonly string[] = FIRST_VISIT_SOURCES,
): { js: string[]; css: string[] } {
  const seen = new Set<string>();
  const js: string[] = [];
  const css = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    const chunk = manifest[key];
    if (!chunk) throw new Error(`The build manifest has no chunk for "${key}"`);
    js.push(chunk.file);
    for (const file of chunk.css ?? []) css.add(file);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  for (const source of sources) visit(source);
  return { js, css: [...css] };
}

/** A byte count as Vite prints it: kilobytes of 1,000 bytes, two decimals. */
export function formatKb(bytes: number): string {
  return `${(bytes / 1000).toFixed(2)} kB`;
}
