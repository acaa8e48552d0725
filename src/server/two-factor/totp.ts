import { generateSecret, generateURI, verify } from 'otplib';
import QRCode from 'qrcode';

const PERIOD_SECONDS = 30;

/** A new random TOTP secret (160 bits, Base32, as authenticator apps expect). */
export const newTotpSecret = (): string => generateSecret();

/** The otpauth:// link an authenticator app reads from the QR code. */
export const totpUri = (secret: string, issuer: string, accountEmail: string): string =>
  generateURI({ issuer, label: accountEmail, secret, period: PERIOD_SECONDS });

/** The otpauth link drawn as a QR code, an SVG data URL the page shows as an image. */
export async function totpQrCode(uri: string): Promise<string> {
  const svg = await QRCode.toString(uri, { type: 'svg', errorCorrectionLevel: 'M', margin: 1 });
  return `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
}

/**
 * Checks a code against the secret, one step either side of now (clocks drift).
 * Returns the code's time step, or null when it is wrong or its step is not
 * after `lastTimeStep` (a code already used, or an older one: no replay).
 */
export async function verifyTotpCode(
  secret: string,
  code: string,
  lastTimeStep: number | null,
): Promise<number | null> {
  const result = await verify({
    secret,
    token: code,
    period: PERIOD_SECONDS,
    epochTolerance: PERIOD_SECONDS,
    ...(lastTimeStep === null ? {} : { afterTimeStep: lastTimeStep }),
  });
  // The TOTP strategy's result carries the code's time step (the HOTP one does not).
  return result.valid && 'timeStep' in result ? result.timeStep : null;
}
