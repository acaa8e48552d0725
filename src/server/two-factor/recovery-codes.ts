import { createHash, randomInt } from 'node:crypto';

export const RECOVERY_CODE_COUNT = 10;
// No 0/o, 1/l/i: a code written on paper is read back without doubt.
const ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

/** One code of ten random characters (~49 bits), shown as "abcde-fghij". */
function newRecoveryCode(): string {
  let code = '';
  for (let i = 0; i < 10; i += 1) code += ALPHABET[randomInt(ALPHABET.length)];
  return `${code.slice(0, 5)}-${code.slice(5)}`;
}

/** Ten new codes, to show once. */
export const newRecoveryCodes = (): string[] =>
  Array.from({ length: RECOVERY_CODE_COUNT }, newRecoveryCode);

/**
 * What a code is stored as. SHA-256 suffices (not argon2): the codes are random
 * and long enough that guessing from the hash is no easier than guessing at login.
 */
export const hashRecoveryCode = (code: string): string =>
  createHash('sha256')
    .update(code.replace(/[\s-]+/g, '').toLowerCase())
    .digest('hex');
