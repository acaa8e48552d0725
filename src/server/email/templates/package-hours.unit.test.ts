import { describe, expect, it } from 'vitest';
import { renderPackageHours } from './package-hours.js';

const site = { companyName: 'Aitima', publicUrl: 'https://portal.example' };
const data = {
  companyId: 'c1',
  companyName: 'Ακμή ΑΕ',
  packageName: 'Βασικό',
  thresholdPercent: 100 as const,
  usedMinutes: 600,
  allowanceMinutes: 600,
  periodStartDate: '2026-11-19',
  periodLastDate: '2026-12-18',
  audience: 'customer' as const,
};

describe('package hours email', () => {
  it('says what comes next: the overage rate, when the package has one', () => {
    const greek = renderPackageHours({ ...data, overageRatePerHour: 45.5 }, 'el', site);
    expect(greek.text).toMatch(/Κάθε ώρα πέρα από το πακέτο χρεώνεται 45,50\s€\./);
    const english = renderPackageHours({ ...data, overageRatePerHour: 45.5 }, 'en', site);
    expect(english.text).toContain('Each hour past the package is charged at €45.50.');
  });

  it('says nothing of a price when the package has none (or the email was queued before rates)', () => {
    for (const unpriced of [{ ...data, overageRatePerHour: null }, data]) {
      expect(renderPackageHours(unpriced, 'el', site).text).not.toContain('χρεώνεται');
    }
  });

  it('says the extra hours left come before overage, and lists the blocks on sale to the customer', () => {
    const next = {
      ...data,
      overageRatePerHour: 60,
      extraMinutes: 90,
      blockOffers: [
        { name: 'Δέκα ώρες', minutes: 600, price: 450 },
        { name: 'Μισή ώρα', minutes: 30, price: 25.5 },
      ],
    };
    const greek = renderPackageHours(next, 'el', site).text;
    expect(greek).toContain(
      '(απομένουν 1 ώρα 30 λεπτά) χρησιμοποιούνται πριν από οποιαδήποτε υπέρβαση',
    );
    expect(greek).toContain('«Αγορά επιπλέον ωρών»');
    expect(greek).toMatch(/• Δέκα ώρες: 10 ώρες, 450,00\s€/);
    expect(greek).toMatch(/• Μισή ώρα: 30 λεπτά, 25,50\s€/);
    // The order: extra hours, then the overage price, then what can be bought.
    expect(greek.indexOf('απομένουν')).toBeLessThan(greek.indexOf('χρεώνεται'));
    expect(greek.indexOf('χρεώνεται')).toBeLessThan(greek.indexOf('• Δέκα ώρες'));
    const english = renderPackageHours(next, 'en', site).text;
    expect(english).toContain('(1 h 30 min left) are used before any overage');
    expect(english).toContain('«Buy more hours»');

    // Staff do not buy hours: their copy lists no offers. No extra hours left: nothing said of them.
    const staff = renderPackageHours({ ...next, audience: 'staff', extraMinutes: 0 }, 'el', site);
    expect(staff.text).not.toContain('Αγορά επιπλέον ωρών');
    expect(staff.text).not.toContain('απομένουν');
  });
});
