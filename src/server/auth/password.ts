import { hash, verify } from '@node-rs/argon2';

// OWASP's argon2id baseline: 19 MiB of memory, 2 passes, 1 lane.
const options = {
  // 2 = Algorithm.Argon2id (a const enum, which isolated modules cannot import).
  algorithm: 2 as const,
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
};

/** Hashes a password with argon2id; the result carries its own salt and parameters. */
export function hashPassword(password: string): Promise<string> {
  return hash(password, options);
}

// Verified against when the account does not exist, so that a wrong address
// takes as long as a wrong password and reveals nothing.
const decoyHash = hash('decoy password that matches nothing', options);

/** True when the password matches; a missing hash is checked against a decoy, in the same time. */
export async function verifyPassword(
  storedHash: string | null,
  password: string,
): Promise<boolean> {
  const target = storedHash ?? (await decoyHash);
  const matches = await verify(target, password).catch(() => false);
  return storedHash !== null && matches;
}
