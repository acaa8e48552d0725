import { z } from 'zod';

/** A six-digit code from an authenticator app (spaces allowed, as apps show "123 456"). */
export const totpCodeSchema = z
  .string('required')
  .transform((value) => value.replace(/\s+/g, ''))
  .pipe(z.string().regex(/^\d{6}$/, 'invalid_format'));

/** A recovery code as shown at enrolment ("abcde-fghij"); case and dashes do not matter. */
export const recoveryCodeSchema = z
  .string('required')
  .transform((value) => value.replace(/[\s-]+/g, '').toLowerCase())
  .pipe(z.string().regex(/^[a-z0-9]{10}$/, 'invalid_format'));

/**
 * A browser's WebAuthn answer (navigator.credentials JSON), checked in depth by
 * @simplewebauthn/server; here only its outline, so junk is a 400 early.
 */
export const webAuthnResponseSchema = z
  .object({ id: z.string().min(1).max(1000), rawId: z.string().max(1000), type: z.string() })
  .catchall(z.unknown());

/** The methods a user may finish a login with. */
export const secondFactorMethodsSchema = z.object({
  totp: z.boolean(),
  passkey: z.boolean(),
});
export type SecondFactorMethods = z.infer<typeof secondFactorMethodsSchema>;

/** The login answer when the password was right and a second factor is still needed (202). */
export const secondFactorRequiredSchema = z.object({
  secondFactorRequired: z.literal(true),
  methods: secondFactorMethodsSchema,
});
export type SecondFactorRequired = z.infer<typeof secondFactorRequiredSchema>;

/** The second step of a login: a TOTP code, a recovery code or a passkey assertion. */
export const secondFactorRequestSchema = z.union([
  z.object({ code: totpCodeSchema }).strict(),
  z.object({ recoveryCode: recoveryCodeSchema }).strict(),
  z.object({ passkey: webAuthnResponseSchema }).strict(),
]);
export type SecondFactorRequest = z.input<typeof secondFactorRequestSchema>;

/** Proving again who one is before a sensitive change: the password, a TOTP code or a passkey. */
export const reauthenticateRequestSchema = z.union([
  z.object({ password: z.string('required').min(1, 'required').max(1000, 'too_long') }).strict(),
  z.object({ code: totpCodeSchema }).strict(),
  z.object({ passkey: webAuthnResponseSchema }).strict(),
]);
export type ReauthenticateRequest = z.input<typeof reauthenticateRequestSchema>;

/** What one's own second factors look like, with no secret in it. */
export const twoFactorStatusSchema = z.object({
  totpEnabled: z.boolean(),
  recoveryCodesLeft: z.number().int(),
  passkeys: z.array(
    z.object({
      id: z.uuid(),
      name: z.string(),
      createdAt: z.iso.datetime(),
      lastUsedAt: z.iso.datetime().nullable(),
    }),
  ),
  /** Staff must set a second factor up before anything else. */
  enrolmentRequired: z.boolean(),
});
export type TwoFactorStatus = z.infer<typeof twoFactorStatusSchema>;

/** The start of TOTP enrolment: the secret as a QR image and as text for manual entry. */
export const totpEnrolmentSchema = z.object({
  secret: z.string(),
  otpauthUri: z.string(),
  qrCodeDataUrl: z.string(),
});
export type TotpEnrolment = z.infer<typeof totpEnrolmentSchema>;

export const confirmTotpRequestSchema = z.object({ code: totpCodeSchema });
export type ConfirmTotpRequest = z.input<typeof confirmTotpRequestSchema>;

/** Ten fresh recovery codes, shown once. */
export const recoveryCodesSchema = z.object({ codes: z.array(z.string()) });
export type RecoveryCodes = z.infer<typeof recoveryCodesSchema>;

export const securitySettingsSchema = z.object({ requireStaffTwoFactor: z.boolean() });
export type SecuritySettings = z.infer<typeof securitySettingsSchema>;

export const userIdParamsSchema = z.object({ id: z.uuid('invalid_value') });

/** A new passkey: its name and the browser's answer to the registration challenge. */
export const addPasskeyRequestSchema = z.object({
  name: z.string('required').trim().min(1, 'required').max(100, 'too_long'),
  response: webAuthnResponseSchema,
});
export type AddPasskeyRequest = z.input<typeof addPasskeyRequestSchema>;

export const passkeySchema = twoFactorStatusSchema.shape.passkeys.element;

/** A passkey just added, and recovery codes if it is the first second factor (else empty). */
export const passkeyAddedSchema = z.object({ passkey: passkeySchema, codes: z.array(z.string()) });
export type PasskeyAdded = z.infer<typeof passkeyAddedSchema>;

/** Options for navigator.credentials (create or get), as JSON for @simplewebauthn/browser. */
export const webAuthnOptionsSchema = z.object({ challenge: z.string() }).catchall(z.unknown());
export type WebAuthnOptions = z.infer<typeof webAuthnOptionsSchema>;

export const passkeyIdParamsSchema = z.object({ id: z.uuid('invalid_value') });
