import { z } from 'zod';

/** An estimate's life: staff propose; the customer approves or declines; staff may withdraw a pending one. */
export const ESTIMATE_STATUSES = ['pending', 'approved', 'declined', 'withdrawn'] as const;
export type EstimateStatus = (typeof ESTIMATE_STATUSES)[number];

/** What an estimate may say it includes. */
export const ESTIMATE_INCLUDED_MAX = 2000;
/** No single estimate is bigger than this (1 000 hours): more is a typing mistake. */
export const MAX_ESTIMATE_MINUTES = 1000 * 60;

const minutesSchema = z
  .number('required')
  .int('invalid_value')
  .min(1, 'too_small')
  .max(MAX_ESTIMATE_MINUTES, 'too_big');

/** «Εκτίμηση» (staff): hours as minutes, and what is included. */
export const estimateRequestSchema = z.object({
  minutes: minutesSchema,
  included: z.string('required').trim().min(1, 'required').max(ESTIMATE_INCLUDED_MAX, 'too_long'),
});
export type EstimateRequest = z.infer<typeof estimateRequestSchema>;

/** The customer's one click. */
export const estimateDecisionSchema = z.object({
  decision: z.enum(['approve', 'decline'], 'invalid_value'),
});

/** The estimate email's link: the token in the path, as the rating links carry theirs. */
export const estimateLinkParamsSchema = z.object({
  token: z.string('required').min(10, 'too_short').max(200, 'too_long'),
});

/**
 * What the email link's page shows: the estimate and its ticket, and whether it still
 * waits for an answer (`open`), was answered or withdrawn, or the link is unknown.
 */
export const ESTIMATE_LINK_STATES = [
  'open',
  'approved',
  'declined',
  'withdrawn',
  'not_found',
] as const;
export const estimateLinkInfoSchema = z.object({
  state: z.enum(ESTIMATE_LINK_STATES),
  ticketNumber: z.number().nullable(),
  subject: z.string().nullable(),
  minutes: z.number().nullable(),
  included: z.string().nullable(),
});
export type EstimateLinkInfo = z.infer<typeof estimateLinkInfoSchema>;

export const estimateSchema = z.object({
  id: z.uuid(),
  minutes: z.number(),
  included: z.string(),
  status: z.enum(ESTIMATE_STATUSES),
  createdAt: z.iso.datetime(),
  decidedAt: z.iso.datetime().nullable(),
});
export type Estimate = z.infer<typeof estimateSchema>;

/**
 * A ticket's estimates and where its billable work stands: `limitMinutes` is
 * null when nothing limits it, `usedMinutes` counts finished and running billable work.
 */
export const ticketEstimatesSchema = z.object({
  items: z.array(estimateSchema),
  limitMinutes: z.number().nullable(),
  usedMinutes: z.number(),
  limitSource: z.enum(['estimates', 'company_cap']).nullable(),
});
export type TicketEstimates = z.infer<typeof ticketEstimatesSchema>;

export const estimateIdParamsSchema = z.object({ id: z.uuid('invalid_format') });

/** «Όριο ωρών ανά αίτημα χωρίς έγκριση» (company_admin); null = no cap. */
export const ticketCapRequestSchema = z.object({
  ticketCapMinutes: z
    .number('required')
    .int('invalid_value')
    .min(1, 'too_small')
    .max(MAX_ESTIMATE_MINUTES, 'too_big')
    .nullable(),
});
export const ticketCapSchema = z.object({ ticketCapMinutes: z.number().nullable() });
