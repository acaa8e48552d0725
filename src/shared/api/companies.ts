import { z } from 'zod';

/** A company as any signed-in user allowed to see it receives it. */
export const companySchema = z.object({
  id: z.uuid(),
  legalName: z.string(),
  tradeName: z.string().nullable(),
  vatNumber: z.string().nullable(),
  taxOffice: z.string().nullable(),
  activity: z.string().nullable(),
  address: z.string().nullable(),
  city: z.string().nullable(),
  postalCode: z.string().nullable(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  website: z.string().nullable(),
  isArchived: z.boolean(),
});
export type Company = z.infer<typeof companySchema>;

/**
 * A company's active packages in their current periods, added up (staff list): the
 * minutes allowed and used (running timers included). Remaining, overage and the
 * percentage follow from these two.
 */
export const companyUsageSchema = z.object({
  allowanceMinutes: z.number(),
  usedMinutes: z.number(),
  packageCount: z.number(),
});
export type CompanyUsage = z.infer<typeof companyUsageSchema>;

/** A row of the staff list: the company, and its package usage (null: no active package). */
export const companyListItemSchema = companySchema.extend({
  usage: companyUsageSchema.nullable(),
});
export type CompanyListItem = z.infer<typeof companyListItemSchema>;

export const companyListSchema = z.object({ items: z.array(companyListItemSchema) });

export const idParamsSchema = z.object({ id: z.uuid('invalid_format') });

export { companyDetailsSchema } from '../company/company-details.schema.js';

export const companyListQuerySchema = z.object({
  q: z.string().trim().max(100).optional(),
  archived: z.enum(['active', 'archived', 'all']).default('active'),
});

export const archiveRequestSchema = z.object({ isArchived: z.boolean() });
