import { z } from 'zod';
import { passwordSchema } from './users.js';

/** What an invitation link shows before the person sets a password. */
export const invitationInfoSchema = z.object({
  state: z.enum(['valid', 'expired', 'used', 'revoked', 'not_found']),
  email: z.string().nullable(),
  firstName: z.string().nullable(),
  companyName: z.string().nullable(),
});
export type InvitationInfo = z.infer<typeof invitationInfoSchema>;

export const acceptInvitationRequestSchema = z.object({ password: passwordSchema });
export const invitationTokenParamsSchema = z.object({ token: z.string().min(10).max(200) });
