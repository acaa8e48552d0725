import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Subscription } from '../../../shared/api/packages';
import el from '../../locales/el.json';
import en from '../../locales/en.json';
import { rolloverRuleText, subscriptionRolloverText } from './rollover-text';

const i18n = i18next.createInstance();

beforeAll(async () => {
  await i18n.init({
    lng: 'el',
    resources: { el: { translation: el }, en: { translation: en } },
    interpolation: { escapeValue: false },
  });
});

describe('a rollover rule in words', () => {
  it('says when unused hours do not roll over at all', () => {
    expect(rolloverRuleText(i18n.getFixedT('el'), { periods: 0, capHours: 5 }, 'monthly')).toBe(
      'Χωρίς μεταφορά',
    );
    expect(rolloverRuleText(i18n.getFixedT('en'), { periods: 0, capHours: null }, 'yearly')).toBe(
      'No rollover',
    );
  });

  it('names the periods in the package’s own unit, singular and plural', () => {
    const el = i18n.getFixedT('el');
    expect(rolloverRuleText(el, { periods: 1, capHours: null }, 'monthly')).toBe(
      'Μεταφορά για 1 μήνα',
    );
    expect(rolloverRuleText(el, { periods: 3, capHours: null }, 'monthly')).toBe(
      'Μεταφορά για 3 μήνες',
    );
    expect(rolloverRuleText(el, { periods: 2, capHours: null }, 'yearly')).toBe(
      'Μεταφορά για 2 χρόνια',
    );
    expect(rolloverRuleText(i18n.getFixedT('en'), { periods: 1, capHours: null }, 'yearly')).toBe(
      'Rollover for 1 year',
    );
  });

  it('adds the cap in hours, with the language’s decimal separator', () => {
    expect(rolloverRuleText(i18n.getFixedT('el'), { periods: 1, capHours: 5 }, 'monthly')).toBe(
      'Μεταφορά για 1 μήνα, έως 5 ώρες',
    );
    expect(rolloverRuleText(i18n.getFixedT('el'), { periods: 2, capHours: 1 }, 'monthly')).toBe(
      'Μεταφορά για 2 μήνες, έως 1 ώρα',
    );
    expect(rolloverRuleText(i18n.getFixedT('en'), { periods: 2, capHours: 7.5 }, 'monthly')).toBe(
      'Rollover for 2 months, up to 7.5 hours',
    );
    expect(rolloverRuleText(i18n.getFixedT('el'), { periods: 2, capHours: 7.5 }, 'monthly')).toBe(
      'Μεταφορά για 2 μήνες, έως 7,5 ώρες',
    );
  });
});

describe('the rollover rule a subscription follows', () => {
  const subscriptionWith = (rolloverOverride: Subscription['rolloverOverride']) =>
    ({
      package: { periodKind: 'monthly', rolloverPeriods: 1, rolloverCapHours: 5 },
      rolloverOverride,
    }) as Subscription;

  it('is the package’s rule, unmarked, when the subscription has none of its own', () => {
    expect(subscriptionRolloverText(i18n.getFixedT('el'), subscriptionWith(null))).toBe(
      'Μεταφορά για 1 μήνα, έως 5 ώρες',
    );
  });

  it('is its own rule, marked as such, when it has one', () => {
    const own = subscriptionWith({ periods: 0, capHours: null });
    expect(subscriptionRolloverText(i18n.getFixedT('el'), own)).toBe(
      'Χωρίς μεταφορά (δικός του κανόνας)',
    );
    const capped = subscriptionWith({ periods: 2, capHours: 3 });
    expect(subscriptionRolloverText(i18n.getFixedT('en'), capped)).toBe(
      'Rollover for 2 months, up to 3 hours (its own rule)',
    );
  });
});
