import type { BackendModule, ResourceKey } from 'i18next';
import type { Locale } from '../../shared/roles';

// One chunk per language: a reader downloads only the language they read.
const LOADERS: Record<Locale, () => Promise<{ default: ResourceKey }>> = {
  el: () => import('../locales/el.json'),
  en: () => import('../locales/en.json'),
};

/**
 * An i18next backend that loads a language's translations when i18next first
 * needs them (at start, or when the reader switches language), from the
 * locale JSON bundled as its own chunk.
 */
export const localeBackend: BackendModule = {
  type: 'backend',
  init() {},
  read(language, _namespace, callback) {
    const load = LOADERS[language as Locale];
    if (!load) {
      callback(new Error(`No translations for "${language}"`), false);
      return;
    }
    load().then(
      (module) => callback(null, module.default),
      // i18next retries a failed read a few times (a flaky network) before giving up.
      (error: unknown) => callback(error instanceof Error ? error : new Error(String(error)), true),
    );
  },
};
