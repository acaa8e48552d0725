import type { BackendModule, ResourceKey } from 'i18next';
import type { Locale } from '../../shared/roles';
import type { LocaleTree } from './locale-parts';

type PartLoader = () => Promise<{ default: LocaleTree }>;

// Two chunks per language (locale-parts.ts): the first screen's texts and the rest.
// A reader downloads only the language they read.
const LOADERS: Record<Locale, { first: PartLoader; rest: PartLoader }> = {
  el: {
    first: () => import('virtual:locale-part/el-first'),
    rest: () => import('virtual:locale-part/el-rest'),
  },
  en: {
    first: () => import('virtual:locale-part/en-first'),
    rest: () => import('virtual:locale-part/en-rest'),
  },
};

/** Section by section: the two parts share sections (tickets.status here, tickets.list there). */
function mergeTrees(a: LocaleTree, b: LocaleTree): LocaleTree {
  const merged: LocaleTree = { ...a };
  for (const [key, value] of Object.entries(b)) {
    const existing = merged[key];
    merged[key] =
      typeof existing === 'object' && typeof value === 'object'
        ? mergeTrees(existing, value)
        : value;
  }
  return merged;
}

// Once the first screen is up, every language is read whole (a switch of language included).
let isWholeWanted = false;

/** The rest of a language's texts (what the first screen does not show). */
export function loadRestOfTexts(language: string): Promise<LocaleTree> {
  isWholeWanted = true;
  const loaders = LOADERS[language as Locale];
  if (!loaders) return Promise.reject(new Error(`No translations for "${language}"`));
  return loaders.rest().then((module) => module.default);
}

/**
 * An i18next backend that loads a language's translations when i18next first
 * needs them (at start, or when the reader switches language), from chunks
 * built out of the locale JSON: at start only the first screen's part (the rest
 * follows through loadRestOfTexts), afterwards both parts.
 */
export const localeBackend: BackendModule = {
  type: 'backend',
  init() {},
  read(language, _namespace, callback) {
    const loaders = LOADERS[language as Locale];
    if (!loaders) {
      callback(new Error(`No translations for "${language}"`), false);
      return;
    }
    const parts = isWholeWanted ? [loaders.first(), loaders.rest()] : [loaders.first()];
    Promise.all(parts).then(
      (modules) =>
        callback(null, modules.map((module) => module.default).reduce(mergeTrees) as ResourceKey),
      // i18next retries a failed read a few times (a flaky network) before giving up.
      (error: unknown) => callback(error instanceof Error ? error : new Error(String(error)), true),
    );
  },
};
