import { describe, expect, it } from 'vitest';
import { renderHourBlock } from './hour-block.js';

const site = { companyName: 'Aitima', publicUrl: 'https://portal.example' };
const data = {
  event: 'declined' as const,
  companyId: 'c1',
  companyName: 'Ακμή ΑΕ',
  blockName: 'Δέκα ώρες',
  minutes: 630,
  price: 1234.5,
  startsOn: null,
  validUntil: null,
  reason: 'Εκκρεμεί πληρωμή',
  audience: 'customer' as const,
};

describe('hour block emails', () => {
  it('tell the company why a request was declined, with hours in words and the price in euros', () => {
    const greek = renderHourBlock(data, 'el', site);
    expect(greek.subject).toContain('απορρίφθηκε');
    expect(greek.text).toContain('10 ώρες 30 λεπτά');
    expect(greek.text).toMatch(/1\.234,50\s€/);
    expect(greek.text).toContain('Αιτιολογία: Εκκρεμεί πληρωμή');
    expect(greek.text).not.toMatch(/\d:\d\d/);
    const english = renderHourBlock(data, 'en', site);
    expect(english.text).toContain('Reason: Εκκρεμεί πληρωμή');
  });

  it('send staff to the company page and the company to its central screen, with the validity once active', () => {
    const staff = renderHourBlock({ ...data, event: 'requested', audience: 'staff' }, 'el', site);
    expect(staff.text).toContain('https://portal.example/staff/companies/c1');
    const confirmed = renderHourBlock(
      {
        ...data,
        event: 'confirmed',
        startsOn: '2026-12-05',
        validUntil: '2027-06-04',
        reason: null,
      },
      'el',
      site,
    );
    expect(confirmed.text).toContain('Ισχύει από 05/12/2026 έως 04/06/2027.');
    expect(confirmed.text).toContain('https://portal.example/');
  });
});
