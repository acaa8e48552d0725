import { z } from 'zod';

/** «Καλή εξυπηρέτηση» or «Κακή εξυπηρέτηση»: how the requester found a closed ticket's handling. */
export const RATING_VALUES = ['good', 'bad'] as const;
export const ratingValueSchema = z.enum(RATING_VALUES, 'invalid_value');
export type RatingValue = z.infer<typeof ratingValueSchema>;

/** What a rater sends: the choice and an optional comment. */
export const ratingInputSchema = z.object({
  rating: ratingValueSchema,
  comment: z.string().trim().max(2000, 'too_long').optional(),
});
export type RatingInput = z.infer<typeof ratingInputSchema>;

/** A closing's rating as it is shown (on the ticket, on the link's page). */
export const givenRatingSchema = z.object({
  rating: ratingValueSchema,
  comment: z.string().nullable(),
  ratedAt: z.iso.datetime(),
});
export type GivenRating = z.infer<typeof givenRatingSchema>;

/** The rating of a ticket's latest closing, and whether the reader may give it now. */
export const ticketRatingSchema = z.object({
  /** When the ticket was last closed; null while it was never closed. */
  closedAt: z.iso.datetime().nullable(),
  rating: givenRatingSchema.nullable(),
  /** The agent the ticket was assigned to at that closing (staff only; null for customers). */
  agentName: z.string().nullable(),
  canRate: z.boolean(),
});
export type TicketRating = z.infer<typeof ticketRatingSchema>;

export const ratingLinkParamsSchema = z.object({ token: z.string().min(10).max(200) });

/**
 * What a rating link shows (a GET that changes nothing: mail scanners open links):
 * `open` may be rated; `rated` was already (its rating shown); `expired` after 30 days;
 * `reopened` the ticket was opened again since that closing; `not_found` an unknown link.
 */
export const ratingLinkInfoSchema = z.object({
  state: z.enum(['open', 'rated', 'expired', 'reopened', 'not_found']),
  ticketNumber: z.number().int().nullable(),
  subject: z.string().nullable(),
  rating: givenRatingSchema.nullable(),
});
export type RatingLinkInfo = z.infer<typeof ratingLinkInfoSchema>;

/** The monthly report: grouped by company or by agent (the assignee at closing). */
export const ratingReportQuerySchema = z.object({
  by: z.enum(['company', 'agent'], 'invalid_value').default('company'),
  companyId: z.uuid('invalid_value').optional(),
  months: z.coerce.number<number>().int().min(1).max(36).default(12),
});
export type RatingReportQuery = z.infer<typeof ratingReportQuerySchema>;

export const ratingReportRowSchema = z.object({
  /** The month of the closing, `YYYY-MM` in the service's time zone. */
  month: z.string(),
  /** The company's or agent's id; null: closings with no agent assigned. */
  id: z.uuid().nullable(),
  name: z.string().nullable(),
  good: z.number().int(),
  bad: z.number().int(),
  /** Whole percent of good ratings among those given. */
  goodPercent: z.number().int(),
});
export type RatingReportRow = z.infer<typeof ratingReportRowSchema>;

export const ratingReportSchema = z.object({ items: z.array(ratingReportRowSchema) });
export type RatingReport = z.infer<typeof ratingReportSchema>;
