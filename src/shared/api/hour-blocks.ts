import { z } from 'zod';
import { endNotBeforeStart, localDateInputSchema } from '../input-dates.js';

/** Where a prepaid block stands: asked for by a company_admin, active, or declined by staff. */
export const HOUR_BLOCK_STATUSES = ['requested', 'active', 'declined'] as const;
export type HourBlockStatus = (typeof HOUR_BLOCK_STATUSES)[number];

const hoursSchema = z
  .number('required')
  .positive('too_small')
  .max(100_000, 'too_big')
  .multipleOf(0.25, 'invalid_value');
const priceSchema = z
  .number('required')
  .min(0, 'too_small')
  .max(10_000_000, 'too_big')
  .multipleOf(0.01, 'invalid_value');
const validityMonthsSchema = z
  .number('required')
  .int('invalid_value')
  .min(1, 'too_small')
  .max(120, 'too_big');
const nameSchema = z.string('required').trim().min(1, 'required').max(100, 'too_long');

/** A block of the catalogue («Αγορά επιπλέον ωρών»). */
export const hourBlockOfferSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  hours: z.number(),
  price: z.number(),
  validityMonths: z.number(),
  isActive: z.boolean(),
});
export type HourBlockOffer = z.infer<typeof hourBlockOfferSchema>;
export const hourBlockOfferListSchema = z.object({ items: z.array(hourBlockOfferSchema) });

export const hourBlockOfferRequestSchema = z.object({
  name: nameSchema,
  hours: hoursSchema,
  price: priceSchema,
  validityMonths: validityMonthsSchema,
});
export const hourBlockOfferUpdateSchema = hourBlockOfferRequestSchema
  .partial()
  .extend({ isActive: z.boolean().optional() });

const personSchema = z.object({ id: z.uuid(), name: z.string() });

/** A company's prepaid block, with what is used of it (when active). */
export const hourBlockSchema = z.object({
  id: z.uuid(),
  companyId: z.uuid(),
  name: z.string(),
  hours: z.number(),
  price: z.number(),
  validityMonths: z.number().nullable(),
  startsOn: z.string().nullable(),
  validUntil: z.string().nullable(),
  status: z.enum(HOUR_BLOCK_STATUSES),
  requestedAt: z.string(),
  requestedBy: personSchema.nullable(),
  decidedAt: z.string().nullable(),
  decidedBy: personSchema.nullable(),
  declineReason: z.string().nullable(),
});
export type HourBlock = z.infer<typeof hourBlockSchema>;
export const hourBlockListSchema = z.object({ items: z.array(hourBlockSchema) });

/** A company_admin asks for a block of the catalogue. */
export const hourBlockPurchaseSchema = z.object({ offerId: z.uuid('required') });

/** Staff add a block to a company directly: it is active at once. */
export const hourBlockGrantSchema = z
  .object({
    name: nameSchema,
    hours: hoursSchema,
    price: priceSchema,
    startsOn: localDateInputSchema,
    validUntil: localDateInputSchema,
  })
  .superRefine(endNotBeforeStart('startsOn', 'validUntil'));

/** Staff confirm a request: it starts on `startsOn` (default: today, on the company's clock). */
export const hourBlockConfirmSchema = z.object({
  startsOn: localDateInputSchema.optional(),
});

export const hourBlockDeclineSchema = z.object({
  reason: z.string('required').trim().min(1, 'required').max(2000, 'too_long'),
});
