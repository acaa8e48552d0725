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
/** A target in business hours: a quarter of an hour at least, a year's working hours at most. */
const targetHoursSchema = z
  .number('required')
  .positive('too_small')
  .max(2000, 'too_big')
  .multipleOf(0.25, 'invalid_value');
/** A wall-clock time of the working day, 'HH:MM' (Athens time). */
const clockTimeSchema = z.string('required').regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'invalid_value');

/** The working day must end after it starts. */
function dayEndsAfterStart(
  value: { businessHoursStart?: string; businessHoursEnd?: string },
  context: z.RefinementCtx,
) {
  const { businessHoursStart: start, businessHoursEnd: end } = value;
  if (start && end && end <= start) {
    context.addIssue({ code: 'custom', path: ['businessHoursEnd'], message: 'end_before_start' });
  }
}
const rolloverPeriodsSchema = z
  .number('required')
  .int('invalid_value')
  .min(0, 'too_small')
  .max(24, 'too_big');
const rolloverCapSchema = z
  .number('required')
  .min(0, 'too_small')
  .max(100_000, 'too_big')
  .multipleOf(0.25, 'invalid_value');
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
  /** Business hours to the first staff answer (null: no target). */
  firstResponseTargetHours: z.number().nullable(),
  /** Business hours to closing, not counting time waiting for the customer (null: no target). */
  resolutionTargetHours: z.number().nullable(),
  /** The working day the targets count, Athens time 'HH:MM', Monday to Friday except holidays. */
  businessHoursStart: z.string(),
  businessHoursEnd: z.string(),
  /** Following periods unused hours stay usable for (0 = no rollover). */
  rolloverPeriods: z.number(),
  /** The most rolled-over hours held at once; null = no cap. */
  rolloverCapHours: z.number().nullable(),
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
  firstResponseTargetHours: targetHoursSchema.nullable(),
  resolutionTargetHours: targetHoursSchema.nullable(),
  businessHoursStart: clockTimeSchema,
  businessHoursEnd: clockTimeSchema,
  overageRatePerHour: overageRateSchema,
});
export const packageRequestSchema = packageFields
  .extend({
    description: packageFields.shape.description.default(null),
    firstResponseTargetHours: packageFields.shape.firstResponseTargetHours.default(null),
    resolutionTargetHours: packageFields.shape.resolutionTargetHours.default(null),
    businessHoursStart: clockTimeSchema.default('09:00'),
    businessHoursEnd: clockTimeSchema.default('17:00'),
    rolloverPeriods: rolloverPeriodsSchema.default(0),
    rolloverCapHours: rolloverCapSchema.nullable().default(null),
    overageRatePerHour: overageRateSchema.default(null),
  })
  .superRefine(dayEndsAfterStart);
// No defaults here: a field left out of an edit stays as it is.
export const packageUpdateSchema = packageFields
  .extend({
    rolloverPeriods: rolloverPeriodsSchema,
    rolloverCapHours: rolloverCapSchema.nullable(),
  })
  .partial()
  .extend({ isActive: z.boolean().optional() })
  .superRefine(dayEndsAfterStart);

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
  /** The subscription's own rollover rule, or null to follow its package's. */
  rolloverOverride: z.object({ periods: z.number(), capHours: z.number().nullable() }).nullable(),
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

/** A subscription's own rollover rule (null: its package's). */
export const rolloverOverrideSchema = z.object({
  periods: rolloverPeriodsSchema,
  capHours: rolloverCapSchema.nullable(),
});

export const subscriptionUpdateSchema = z.object({
  endDate: dateSchema.nullable().optional(),
  hoursPerPeriodOverride: hoursSchema.nullable().optional(),
  rolloverOverride: rolloverOverrideSchema.nullable().optional(),
  status: z.enum(SUBSCRIPTION_STATUSES).optional(),
});
