import { z } from 'zod';
import { LOCALES, ROLES } from '../roles.js';
import { emailSchema } from '../validation.js';

export const passwordSchema = z.string('required').min(10, 'too_short').max(200, 'too_long');

export const personNameSchema = z.string('required').trim().min(1, 'required').max(100, 'too_long');

/** The signed-in user as the web app sees them, with what they may do. */
export const meSchema = z.object({
  id: z.uuid(),
  email: z.string(),
  firstName: z.string(),
  lastName: z.string(),
  phone: z.string().nullable(),
  role: z.enum(ROLES),
  locale: z.enum(LOCALES),
  company: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  abilities: z.object({
    useStaffConsole: z.boolean(),
    editCompany: z.boolean(),
    manageContacts: z.boolean(),
    manageStaff: z.boolean(),
    /** The package catalog and companies' subscriptions. */
    managePackages: z.boolean(),
    submitRequest: z.boolean(),
  }),
  /** Staff who must set up a second factor before anything else (the web app sends them there). */
  mustEnrolSecondFactor: z.boolean(),
});
export type Me = z.infer<typeof meSchema>;

/**
 * Who is signed in, asked by the web app on every start: always a 200, `me` null
 * for a visitor, so that a visitor's pages show no failed request in the console.
 */
export const sessionStateSchema = z.object({ me: meSchema.nullable() });
export type SessionState = z.infer<typeof sessionStateSchema>;

export const updateMeRequestSchema = z.object({
  locale: z.enum(LOCALES).optional(),
  firstName: personNameSchema.optional(),
  lastName: personNameSchema.optional(),
  phone: z
    .string()
    .trim()
    .max(30, 'too_long')
    .refine((value) => value === '' || /^[\d +\-()]{6,30}$/.test(value), 'invalid_format')
    .nullish()
    .transform((value) => (value === undefined ? undefined : value || null)),
});

export const changePasswordRequestSchema = z.object({
  currentPassword: z.string('required').min(1, 'required').max(1000, 'too_long'),
  newPassword: passwordSchema,
});
export type UpdateMeRequest = z.input<typeof updateMeRequestSchema>;

export { emailSchema };
