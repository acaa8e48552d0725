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

/** The second step of a login: a TOTP code or a recovery code. */
export const secondFactorRequestSchema = z.union([
  z.object({ code: totpCodeSchema }).strict(),
  z.object({ recoveryCode: recoveryCodeSchema }).strict(),
]);
export type SecondFactorRequest = z.input<typeof secondFactorRequestSchema>;

/** Proving again who one is before a sensitive change: the password or a TOTP code. */
export const reauthenticateRequestSchema = z.union([
  z.object({ password: z.string('required').min(1, 'required').max(1000, 'too_long') }).strict(),
  z.object({ code: totpCodeSchema }).strict(),
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
