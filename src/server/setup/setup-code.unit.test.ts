import { describe, expect, it } from 'vitest';
import { codesMatch, generateSetupCode } from './setup-code.js';

describe('setup code', () => {
  it('is three groups of four unambiguous characters, different each time', () => {
    const code = generateSetupCode();
    expect(code).toMatch(/^[A-HJKMNP-Z2-9]{4}-[A-HJKMNP-Z2-9]{4}-[A-HJKMNP-Z2-9]{4}$/);
    expect(generateSetupCode()).not.toBe(code);
  });

  it('matches whatever the case, spaces and dashes', () => {
    expect(codesMatch('ABCD-EFGH-JKMN', ' abcd efgh jkmn ')).toBe(true);
    expect(codesMatch('ABCD-EFGH-JKMN', 'ABCD-EFGH-JKMP')).toBe(false);
    expect(codesMatch('ABCD-EFGH-JKMN', '')).toBe(false);
  });
});
