import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

const VERSION = 'v1';

/**
 * Encrypts a mailbox password with AES-256-GCM under the server's key (kept
 * outside the database): `v1:<iv>:<tag>:<ciphertext>`, base64 parts. A copy of
 * the database alone does not give the passwords away.
 */
export function encryptSecret(key: Buffer, plain: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  const ciphertext = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  return [VERSION, iv, cipher.getAuthTag(), ciphertext]
    .map((part) => (typeof part === 'string' ? part : part.toString('base64')))
    .join(':');
}

/** Thrown when a stored secret cannot be read with this key (another key, or altered data). */
export class SecretKeyMismatchError extends Error {
  constructor() {
    super('The mailbox password cannot be decrypted with this server key (MAILBOX_SECRET_KEY)');
    this.name = 'SecretKeyMismatchError';
  }
}

/** Decrypts what `encryptSecret` made; throws SecretKeyMismatchError for another key or altered data. */
export function decryptSecret(key: Buffer, stored: string): string {
  const [version, iv, tag, ciphertext] = stored.split(':');
  if (version !== VERSION || !iv || !tag || ciphertext === undefined) {
    throw new SecretKeyMismatchError();
  }
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64'));
    decipher.setAuthTag(Buffer.from(tag, 'base64'));
    return Buffer.concat([
      decipher.update(Buffer.from(ciphertext, 'base64')),
      decipher.final(),
    ]).toString('utf8');
  } catch {
    throw new SecretKeyMismatchError();
  }
}
