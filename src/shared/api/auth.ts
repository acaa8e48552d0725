import { z } from 'zod';
import { emailSchema } from '../validation.js';
import { passwordSchema, personNameSchema } from './users.js';

export const loginRequestSchema = z.object({
  email: emailSchema,
  // Any non-empty text: the rules for new passwords are not revealed at login.
  password: z.string('required').min(1, 'required').max(1000, 'too_long'),
});
export type LoginRequest = z.infer<typeof loginRequestSchema>;

export const setupStatusSchema = z.object({ needsSetup: z.boolean() });

export const setupRequestSchema = z.object({
  setupCode: z.string('required').trim().min(1, 'required').max(100, 'too_long'),
  firstName: personNameSchema,
  lastName: personNameSchema,
  email: emailSchema,
  password: passwordSchema,
});
export type SetupRequest = z.infer<typeof setupRequestSchema>;
