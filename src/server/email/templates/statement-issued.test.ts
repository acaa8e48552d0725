import { describe, expect, it } from 'vitest';
import { renderStatementIssued } from './statement-issued.js';

const site = { companyName: 'Aitima', publicUrl: 'https://portal.example' };
const data = {
  statementId: 's1',
  companyName: 'Ακμή ΑΕ',
  packageName: 'Βασικό',
  periodStartDate: '2026-11-19',
  periodLastDate: '2026-12-18',
  closingBalanceMinutes: -105,
  overageMinutes: 105,
};

describe('statement email', () => {
  it('writes hours in words in the recipient’s language, never as a clock', () => {
    const greek = renderStatementIssued(data, 'el', site);
    expect(greek.text).toContain('Υπόλοιπο κλεισίματος: −1 ώρα 45 λεπτά.');
    expect(greek.text).toContain('Υπέρβαση: 1 ώρα 45 λεπτά.');
    const english = renderStatementIssued(data, 'en', site);
    expect(english.text).toContain('Closing balance: −1 h 45 min.');
    expect(english.text).toContain('Overage: 1 h 45 min.');
    expect(`${greek.text}${english.text}`).not.toMatch(/\d:\d\d/);
  });
});
