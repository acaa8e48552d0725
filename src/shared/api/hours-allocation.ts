import { z } from 'zod';
import { HOUR_BLOCK_STATUSES } from './hour-blocks.js';

/** The fixed order hours are used in, shown to the customer as it is applied. */
export const ORDER_OF_USE = ['rollover', 'period', 'block', 'overage'] as const;

const forecastSchema = z.object({
  kind: z.enum(['lasts', 'runs_out', 'used_up']),
  /** The local day the hours run out on at this pace (kind runs_out). */
  runsOutOn: z.string().nullable(),
});

/** One subscription's current period, split by where its minutes came from. */
export const allocatedSubscriptionSchema = z.object({
  subscriptionId: z.uuid(),
  packageName: z.string(),
  periodStartDate: z.string(),
  periodLastDate: z.string().nullable(),
  rollover: z.object({ periods: z.number(), capHours: z.number().nullable() }),
  /** «Μεταφορά από προηγούμενο μήνα»: minutes rolled in that this period may use. */
  rolledInMinutes: z.number(),
  rolledRemainingMinutes: z.number(),
  /** The last local day the rolled-in hours may be used; null when none are held. */
  rolledExpiresOn: z.string().nullable(),
  /** Minutes of the previous period that expired unused (past the cap or the rule). */
  expiredLastPeriodMinutes: z.number(),
  allowanceMinutes: z.number(),
  /** The ledger's sum for the period plus running work: the four parts add up to it. */
  chargedMinutes: z.number(),
  fromRolloverMinutes: z.number(),
  fromPeriodMinutes: z.number(),
  fromBlockMinutes: z.number(),
  /** Past every bucket: what an overage price multiplies. */
  overageMinutes: z.number(),
  /** What the period can still use: rolled-over, its own, and valid blocks. */
  availableMinutes: z.number(),
  forecast: forecastSchema,
});

/** A company's block with its use (active ones) and its validity. */
export const allocatedBlockSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  status: z.enum(HOUR_BLOCK_STATUSES),
  startsOn: z.string().nullable(),
  validUntil: z.string().nullable(),
  minutes: z.number(),
  usedMinutes: z.number(),
  remainingMinutes: z.number(),
  expiredMinutes: z.number(),
});

export const hoursAllocationSchema = z.object({
  orderOfUse: z.array(z.enum(ORDER_OF_USE)),
  subscriptions: z.array(allocatedSubscriptionSchema),
  blocks: z.array(allocatedBlockSchema),
});
export type HoursAllocation = z.infer<typeof hoursAllocationSchema>;
export type AllocatedSubscription = z.infer<typeof allocatedSubscriptionSchema>;
