import { existsSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { codesMatch, fileSetupCode, generateSetupCode } from './setup-code.js';

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

  it('survives a restart through DATA_DIR/setup-code and is deleted once used', () => {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'aitima-setup-'));
    const first = fileSetupCode(dataDir);
    expect(fileSetupCode(dataDir).code).toBe(first.code);
    expect(first.store.matches(first.code)).toBe(true);
    first.store.consume();
    expect(first.store.matches(first.code)).toBe(false);
    expect(existsSync(first.file)).toBe(false);
  });
});
