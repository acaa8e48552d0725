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

export const companyListSchema = z.object({ items: z.array(companySchema) });

export const idParamsSchema = z.object({ id: z.uuid('invalid_format') });

export { companyDetailsSchema } from '../company/company-details.schema.js';

export const companyListQuerySchema = z.object({
  q: z.string().trim().max(100).optional(),
  archived: z.enum(['active', 'archived', 'all']).default('active'),
});

export const archiveRequestSchema = z.object({ isArchived: z.boolean() });
