import { generate } from 'otplib';
import type { ApiClient } from './api-client.js';

/**
 * The code an authenticator app shows `steps` periods from now. Tests use 0 and
 * then +1 only: both stay inside the ±1 window even if a period boundary passes
 * between computing and checking.
 */
export const totpCode = (secret: string, steps = 0): Promise<string> =>
  generate({ secret, epoch: Math.floor(Date.now() / 1000) + steps * 30 });

/** Sets up an authenticator app for the client's user; returns its secret and recovery codes. */
export async function enrolTotp(client: ApiClient): Promise<{ secret: string; codes: string[] }> {
  const begun = await client.post('/api/me/two-factor/totp');
  if (begun.statusCode !== 200) throw new Error(`enrolment failed: ${begun.body}`);
  const { secret } = begun.json() as { secret: string };
  const confirmed = await client.post('/api/me/two-factor/totp/confirm', {
    code: await totpCode(secret),
  });
  if (confirmed.statusCode !== 200) throw new Error(`confirmation failed: ${confirmed.body}`);
  return { secret, codes: (confirmed.json() as { codes: string[] }).codes };
}
