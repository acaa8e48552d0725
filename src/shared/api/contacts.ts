import { z } from 'zod';
import { CUSTOMER_ROLES, STAFF_ROLES } from '../roles.js';
import { emailSchema } from '../validation.js';
import { personNameSchema } from './users.js';

const phoneSchema = z
  .string()
  .trim()
  .max(30, 'too_long')
  .refine((value) => value === '' || /^[\d +\-()]{6,30}$/.test(value), 'invalid_format')
  .nullish()
  .transform((value) => value || null);

export const INVITATION_STATES = ['none', 'pending', 'expired', 'accepted'] as const;

/** A person with access: a company's contact, or a staff member. */
export const personSchema = z.object({
  id: z.uuid(),
  firstName: z.string(),
  lastName: z.string(),
  email: z.string(),
  phone: z.string().nullable(),
  role: z.enum([...CUSTOMER_ROLES, ...STAFF_ROLES]),
  isActive: z.boolean(),
  /** False until they accept an invitation (and so cannot log in yet). */
  hasPassword: z.boolean(),
  lastLoginAt: z.iso.datetime().nullable(),
  invitation: z.object({
    state: z.enum(INVITATION_STATES),
    expiresAt: z.iso.datetime().nullable(),
  }),
});
export type Person = z.infer<typeof personSchema>;
export const personListSchema = z.object({ items: z.array(personSchema) });

/** «Προσθήκη επαφής». */
export const createContactRequestSchema = z.object({
  firstName: personNameSchema,
  lastName: personNameSchema,
  email: emailSchema,
  phone: phoneSchema,
  role: z.enum(CUSTOMER_ROLES, 'invalid_value'),
});
export type CreateContactRequest = z.input<typeof createContactRequestSchema>;

export const updateContactRequestSchema = z.object({
  firstName: personNameSchema.optional(),
  lastName: personNameSchema.optional(),
  phone: phoneSchema.optional(),
  role: z.enum(CUSTOMER_ROLES, 'invalid_value').optional(),
  isActive: z.boolean().optional(),
});

/** A new or re-sent invitation; the link is shown to the inviter, who can send it themselves. */
export const invitationSentSchema = z.object({
  person: personSchema,
  inviteUrl: z.string(),
  expiresAt: z.iso.datetime(),
  /** The invitation email goes to the person's address (SMTP is set up); false: only the link above reaches them. */
  emailSent: z.boolean(),
});
export type InvitationSent = z.infer<typeof invitationSentSchema>;

export const inviteStaffRequestSchema = z.object({
  firstName: personNameSchema,
  lastName: personNameSchema,
  email: emailSchema,
  role: z.enum(STAFF_ROLES, 'invalid_value'),
});

export const updateStaffRequestSchema = z.object({
  role: z.enum(STAFF_ROLES, 'invalid_value').optional(),
  isActive: z.boolean().optional(),
});

export { phoneSchema };
