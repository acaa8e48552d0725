import { z } from 'zod';
import { emailSchema } from '../validation.js';

/** «Αλλαγή email» on the profile: the new address, which gets a confirmation link. */
export const emailChangeRequestSchema = z.object({ newEmail: emailSchema });
export type EmailChangeRequest = z.infer<typeof emailChangeRequestSchema>;

/** The answer: where the link went and until when it works. */
export const emailChangePendingSchema = z.object({
  newEmail: z.string(),
  expiresAt: z.iso.datetime(),
});
export type EmailChangePending = z.infer<typeof emailChangePendingSchema>;

/** Following the link (a page with a button: mail scanners that open links change nothing). */
export const emailChangeConfirmSchema = z.object({
  token: z.string('required').min(1, 'required').max(200, 'too_long'),
});

export const emailChangeConfirmedSchema = z.object({ email: z.string() });
export type EmailChangeConfirmed = z.infer<typeof emailChangeConfirmedSchema>;
