import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import el from '../locales/el.json';
import en from '../locales/en.json';
import { loadRestOfTexts, localeBackend } from './locale-backend';

/** A fresh i18next with the app's backend and its options (one language at a time). */
async function startI18n(lng: 'el' | 'en') {
  const i18n = i18next.createInstance();
  await i18n.use(localeBackend).init({
    lng,
    fallbackLng: false,
    supportedLngs: ['el', 'en'],
    load: 'currentOnly',
  });
  return i18n;
}

describe('localeBackend', () => {
  it('loads only the reader language at start, translated', async () => {
    const i18n = await startI18n('el');
    expect(i18n.t('login.submit')).toBe('Σύνδεση');
    expect(i18n.hasResourceBundle('el', 'translation')).toBe(true);
    expect(i18n.hasResourceBundle('en', 'translation')).toBe(false);
  });

  it("at start loads only the first screen's part; the rest adds the other pages' texts", async () => {
    const i18n = await startI18n('el');
    expect(i18n.exists('dashboard.package.remaining')).toBe(true);
    expect(i18n.exists('mailboxes.subtitle')).toBe(false);
    i18n.addResourceBundle('el', 'translation', await loadRestOfTexts('el'), true, false);
    expect(i18n.t('mailboxes.subtitle')).toBe(el.mailboxes.subtitle);
    expect(i18n.t('login.submit')).toBe('Σύνδεση');
  });

  it('an English reader gets English and no Greek', async () => {
    const i18n = await startI18n('en');
    expect(i18n.hasResourceBundle('el', 'translation')).toBe(false);
    expect(i18n.t('login.submit')).toBe('Log in');
  });

  it('switching language loads the other one before the switch shows', async () => {
    const i18n = await startI18n('el');
    await i18n.changeLanguage('en');
    expect(i18n.language).toBe('en');
    expect(i18n.hasResourceBundle('en', 'translation')).toBe(true);
    expect(i18n.t('login.submit')).toBe('Log in');
    // Once the rest has been asked for, a switch brings the whole language.
    expect(i18n.t('mailboxes.subtitle')).toBe(en.mailboxes.subtitle);
  });

  it('refuses a language it has no translations for', async () => {
    const result = await new Promise<{ error: unknown; data: unknown }>((resolve) => {
      localeBackend.read('de', 'translation', (error, data) => resolve({ error, data }));
    });
    expect(result.error).toBeInstanceOf(Error);
    expect(result.data).toBe(false);
  });
});
