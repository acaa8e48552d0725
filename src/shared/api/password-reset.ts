import { z } from 'zod';
import { emailSchema } from '../validation.js';
import { passwordSchema } from './users.js';

/** «Ξέχασα τον κωδικό μου»: the address to send a reset link to. */
export const passwordResetRequestSchema = z.object({ email: emailSchema });

const tokenSchema = z.string('required').min(1, 'required').max(200, 'too_long');

export const passwordResetCheckSchema = z.object({ token: tokenSchema });

/** What a reset link is: usable, expired, or no good (unknown, used, or replaced by a newer one). */
export const passwordResetInfoSchema = z.object({
  state: z.enum(['valid', 'expired', 'invalid']),
  /** The account's address, only while the link is valid. */
  email: z.string().nullable(),
});
export type PasswordResetInfo = z.infer<typeof passwordResetInfoSchema>;

export const passwordResetConfirmSchema = z.object({
  token: tokenSchema,
  password: passwordSchema,
});
export type PasswordResetConfirm = z.infer<typeof passwordResetConfirmSchema>;
