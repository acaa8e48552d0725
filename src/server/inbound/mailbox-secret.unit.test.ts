import { describe, expect, it } from 'vitest';
import { decryptSecret, encryptSecret, SecretKeyMismatchError } from './mailbox-secret.js';

const key = Buffer.alloc(32, 1);

describe('mailbox secrets', () => {
  it('round-trips a password, Greek included, without keeping it in clear', () => {
    const stored = encryptSecret(key, 'κωδικός-123');
    expect(stored).not.toContain('κωδικός');
    expect(stored.startsWith('v1:')).toBe(true);
    expect(decryptSecret(key, stored)).toBe('κωδικός-123');
  });

  it('encrypts the same password differently each time (a fresh IV)', () => {
    expect(encryptSecret(key, 'same')).not.toBe(encryptSecret(key, 'same'));
  });

  it('refuses another key and altered data', () => {
    const stored = encryptSecret(key, 'secret');
    expect(() => decryptSecret(Buffer.alloc(32, 2), stored)).toThrow(SecretKeyMismatchError);
    const parts = stored.split(':');
    parts[3] = Buffer.from('tampered').toString('base64');
    expect(() => decryptSecret(key, parts.join(':'))).toThrow(SecretKeyMismatchError);
    expect(() => decryptSecret(key, 'plain text')).toThrow(SecretKeyMismatchError);
  });
});
