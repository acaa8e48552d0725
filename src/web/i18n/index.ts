import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { LOCALES, type Locale } from '../../shared/roles';
import { loadRestOfTexts, localeBackend } from './locale-backend';

const STORAGE_KEY = 'aitima.locale';
export const DEFAULT_LOCALE: Locale = 'el';

/** Narrows any string to a supported locale. */
export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** The language a logged-out visitor chose last time on this device, or Greek. */
export function rememberedLocale(): Locale {
  try {
    const stored = window.localStorage.getItem(STORAGE_KEY);
    return isLocale(stored) ? stored : DEFAULT_LOCALE;
  } catch {
    return DEFAULT_LOCALE;
  }
}

/** Switches the interface language and remembers it on this device. */
export function applyLocale(locale: Locale): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, locale);
  } catch {
    // Private mode or storage disabled: the choice lasts for this page only.
  }
  if (i18next.language !== locale) void i18next.changeLanguage(locale);
}

/** The current interface language. */
export function currentLocale(): Locale {
  return isLocale(i18next.language) ? i18next.language : DEFAULT_LOCALE;
}

i18next.on('languageChanged', (language) => {
  document.documentElement.lang = language;
});

/**
 * Resolves once the reader's language is loaded: the app renders only then, so
 * no one sees translation keys. Only that language is fetched; the other comes
 * when the reader switches to it.
 */
export const i18nReady: Promise<unknown> = i18next
  .use(localeBackend)
  .use(initReactI18next)
  .init({
    lng: rememberedLocale(),
    // Both files have the same keys (locales.test.ts), so no fallback language is
    // needed; one would make every English reader download Greek as well.
    fallbackLng: false,
    supportedLngs: [...LOCALES],
    load: 'currentOnly',
    interpolation: { escapeValue: false },
    returnNull: false,
    // The rest of the texts arrives after the first render (loadAllTexts): re-render then.
    react: { bindI18nStore: 'added' },
  })
  .then(() => {
    document.documentElement.lang = i18next.language;
  });

let restOfTexts: Promise<void> | undefined;

/**
 * Resolves once the current language's texts are all here: the first render has
 * only the first screen's (locale-parts.ts); every other page waits for this.
 */
export function loadAllTexts(): Promise<void> {
  restOfTexts ??= i18nReady
    .then(() => {
      const language = i18next.language;
      return loadRestOfTexts(language).then((rest) => {
        i18next.addResourceBundle(language, 'translation', rest, true, false);
      });
    })
    .catch((error: unknown) => {
      restOfTexts = undefined; // a later page may try again
      throw error;
    });
  return restOfTexts;
}

export const i18n = i18next;
