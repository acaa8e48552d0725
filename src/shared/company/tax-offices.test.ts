import { describe, expect, it } from 'vitest';
import { findTaxOffice, TAX_OFFICES } from './tax-offices.js';

describe('tax offices', () => {
  it('are sorted with Greek collation', () => {
    const sorted = [...TAX_OFFICES].sort((a, b) => a.localeCompare(b, 'el'));
    expect([...TAX_OFFICES]).toEqual(sorted);
  });

  it('have no duplicates, even ignoring case and accents', () => {
    const folded = TAX_OFFICES.map((office) =>
      office.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase(),
    );
    expect(new Set(folded).size).toBe(TAX_OFFICES.length);
    expect(TAX_OFFICES).toHaveLength(120);
  });

  it('include the big ones in their usual spelling', () => {
    expect(TAX_OFFICES).toContain('Α΄ Αθηνών');
    expect(TAX_OFFICES).toContain('ΦΑΕ Αθηνών');
    expect(TAX_OFFICES).toContain('ΦΑΕ Πειραιά');
    expect(TAX_OFFICES).toContain('Κηφισιάς');
    expect(TAX_OFFICES).toContain('Α΄ Θεσσαλονίκης');
    expect(TAX_OFFICES).toContain('Ηρακλείου');
  });

  it('are found however the name is typed', () => {
    expect(findTaxOffice('Α΄ Αθηνών')).toBe('Α΄ Αθηνών');
    expect(findTaxOffice('Α ΑΘΗΝΩΝ')).toBe('Α΄ Αθηνών');
    expect(findTaxOffice("α' αθηνων")).toBe('Α΄ Αθηνών');
    expect(findTaxOffice('Φ.Α.Ε. ΑΘΗΝΩΝ')).toBe('ΦΑΕ Αθηνών');
    expect(findTaxOffice('  ΚΗΦΙΣΙΑΣ ')).toBe('Κηφισιάς');
    expect(findTaxOffice('ΣΤ΄ΘΕΣΣΑΛΟΝΙΚΗΣ')).toBe('ΣΤ΄ Θεσσαλονίκης');
  });

  it('are not found when the name is not on the list', () => {
    expect(findTaxOffice('Β΄ Αθηνών')).toBeNull();
    expect(findTaxOffice('Αθηνών')).toBeNull();
    expect(findTaxOffice('')).toBeNull();
  });
});
