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
});
