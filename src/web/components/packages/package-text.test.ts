import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import el from '../../locales/el.json';
import en from '../../locales/en.json';
import { hoursPerPeriodText } from './package-text';

const i18n = i18next.createInstance();

beforeAll(async () => {
  await i18n.init({
    lng: 'el',
    resources: { el: { translation: el }, en: { translation: en } },
    interpolation: { escapeValue: false },
  });
});

describe('a package’s hours per period', () => {
  it('reads whole hours as a number of hours, not as a clock time', async () => {
    const t = i18n.getFixedT('el');
    expect(hoursPerPeriodText(t, 10, 'monthly')).toBe('10 ώρες τον μήνα');
    expect(hoursPerPeriodText(t, 40, 'one_off')).toBe('40 ώρες εφάπαξ');
    expect(hoursPerPeriodText(t, 1, 'yearly')).toBe('1 ώρα τον χρόνο');
  });

  it('writes fractional hours with the language’s decimal separator', () => {
    expect(hoursPerPeriodText(i18n.getFixedT('el'), 7.5, 'monthly')).toBe('7,5 ώρες τον μήνα');
    expect(hoursPerPeriodText(i18n.getFixedT('el'), 1.25, 'one_off')).toBe('1,25 ώρες εφάπαξ');
    expect(hoursPerPeriodText(i18n.getFixedT('en'), 7.5, 'monthly')).toBe('7.5 hours a month');
    expect(hoursPerPeriodText(i18n.getFixedT('en'), 1, 'one_off')).toBe('1 hour, one-off');
  });
});
