import { z } from 'zod';
import { LOCALES } from '../roles.js';

// NUL is refused for every route before its schema (src/server/http/refuse-nul.ts).
const text = (max: number) => z.string().trim().min(1, 'required').max(max, 'too_long');

/** A canned reply as staff write it; `isShared` (for every agent) is an admin's choice. */
export const cannedReplyInputSchema = z.object({
  title: text(120),
  body: text(10_000),
  language: z.enum(LOCALES, 'invalid_value'),
  isShared: z.boolean().default(false),
});
export type CannedReplyInput = z.input<typeof cannedReplyInputSchema>;

export const cannedReplyIdParamsSchema = z.object({ id: z.uuid('invalid_value') });

export const cannedReplyListQuerySchema = z.object({
  /** Words of the title or body (either language), case- and accent-insensitive. */
  q: z.string().trim().max(200, 'too_long').optional(),
});

export const cannedReplySchema = z.object({
  id: z.uuid(),
  title: z.string(),
  /** With its {{variables}} as written; a ticket's fill answers them. */
  body: z.string(),
  language: z.enum(LOCALES),
  isShared: z.boolean(),
  /** The reader may change or delete it (their own; shared ones: admins). */
  canEdit: z.boolean(),
  updatedAt: z.iso.datetime(),
});
export type CannedReply = z.infer<typeof cannedReplySchema>;

export const cannedReplyListSchema = z.object({ items: z.array(cannedReplySchema) });

export const cannedReplyFillParamsSchema = z.object({
  number: z.coerce.number().int().min(1).max(2_147_483_647),
  id: z.uuid('invalid_value'),
});

/** A canned reply's body with the ticket's and the agent's values in place of its variables. */
export const filledCannedReplySchema = z.object({ body: z.string() });
