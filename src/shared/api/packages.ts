import { z } from 'zod';
import { endNotBeforeStart, localDateInputSchema } from '../input-dates.js';

export const PERIOD_KINDS = ['monthly', 'yearly', 'one_off'] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];
export const BILLING_INCREMENTS = [1, 5, 15, 30, 60] as const;
export const SUBSCRIPTION_STATUSES = ['active', 'paused', 'ended'] as const;

const hoursSchema = z
  .number('required')
  .positive('too_small')
  .max(100_000, 'too_big')
  .multipleOf(0.25, 'invalid_value');
const dateSchema = localDateInputSchema;
/** Euros per overage hour, to the cent; null = overage is not priced. */
const overageRateSchema = z
  .number('invalid_value')
  .min(0, 'too_small')
  .max(100_000, 'too_big')
  .multipleOf(0.01, 'invalid_value')
  .nullable();

/** A package of the catalog (Πακέτο support). */
export const packageSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  description: z.string().nullable(),
  hoursPerPeriod: z.number(),
  periodKind: z.enum(PERIOD_KINDS),
  billingIncrementMinutes: z.number(),
  /** Euros per overage hour; null when overage is not priced. */
  overageRatePerHour: z.number().nullable(),
  isActive: z.boolean(),
});
export type Package = z.infer<typeof packageSchema>;
export const packageListSchema = z.object({ items: z.array(packageSchema) });

const packageFields = z.object({
  name: z.string('required').trim().min(1, 'required').max(100, 'too_long'),
  description: z.string().trim().max(2000, 'too_long').nullable(),
  hoursPerPeriod: hoursSchema,
  periodKind: z.enum(PERIOD_KINDS, 'invalid_value'),
  billingIncrementMinutes: z.union(
    BILLING_INCREMENTS.map((value) => z.literal(value)),
    'invalid_value',
  ),
  overageRatePerHour: overageRateSchema,
});
export const packageRequestSchema = packageFields.extend({
  description: packageFields.shape.description.default(null),
  overageRatePerHour: overageRateSchema.default(null),
});
// No defaults here: a field left out of an edit stays as it is.
export const packageUpdateSchema = packageFields
  .partial()
  .extend({ isActive: z.boolean().optional() });

/** A package given to a company (Ενεργό πακέτο). */
export const subscriptionSchema = z.object({
  id: z.uuid(),
  companyId: z.uuid(),
  package: packageSchema,
  startDate: z.string(),
  endDate: z.string().nullable(),
  hoursPerPeriod: z.number(),
  hoursPerPeriodOverride: z.number().nullable(),
  status: z.enum(SUBSCRIPTION_STATUSES),
});
export type Subscription = z.infer<typeof subscriptionSchema>;
export const subscriptionListSchema = z.object({ items: z.array(subscriptionSchema) });

export const subscriptionRequestSchema = z
  .object({
    packageId: z.uuid('required'),
    startDate: dateSchema,
    endDate: dateSchema.nullable().default(null),
    hoursPerPeriodOverride: hoursSchema.nullable().default(null),
  })
  .superRefine(endNotBeforeStart('startDate', 'endDate'));

export const subscriptionUpdateSchema = z.object({
  endDate: dateSchema.nullable().optional(),
  hoursPerPeriodOverride: hoursSchema.nullable().optional(),
  status: z.enum(SUBSCRIPTION_STATUSES).optional(),
});
