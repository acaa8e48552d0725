import { z } from 'zod';

/**
 * The events an endpoint may subscribe to. `message.added` carries internal notes
 * only to staff endpoints (scope: all companies); a company's endpoint never sees them.
 */
export const WEBHOOK_EVENT_TYPES = [
  'ticket.created',
  'message.added',
  'ticket.status_changed',
  'task.started',
  'task.stopped',
  'package.hours_80',
  'package.hours_100',
  'statement.issued',
] as const;
export type WebhookEventType = (typeof WEBHOOK_EVENT_TYPES)[number];

/** What «Δοκιμή» sends: not an event one subscribes to, it goes to the endpoint asked. */
export const WEBHOOK_TEST_EVENT = 'webhook.test' as const;

/** A delivery waits (or is retried), has arrived (2xx), or was given up on. */
export const WEBHOOK_DELIVERY_STATUSES = ['pending', 'delivered', 'failed'] as const;
export type WebhookDeliveryStatus = (typeof WEBHOOK_DELIVERY_STATUSES)[number];

// NUL is refused for every route before its schema (src/server/http/refuse-nul.ts).
const text = (max: number) => z.string().trim().max(max, 'too_long');

/** Only https:// URLs: a webhook carries customers' data and is signed, never sent in clear. */
const endpointUrlSchema = z
  .string()
  .trim()
  .max(2000, 'too_long')
  .refine((value) => {
    try {
      const url = new URL(value);
      return url.protocol === 'https:' && url.hostname !== '' && !url.username && !url.password;
    } catch {
      return false;
    }
  }, 'invalid_url');

/** An endpoint as an admin fills it in. */
export const webhookEndpointInputSchema = z.object({
  url: endpointUrlSchema,
  description: text(200).default(''),
  events: z
    .array(z.enum(WEBHOOK_EVENT_TYPES, 'invalid_value'))
    .min(1, 'required')
    .max(WEBHOOK_EVENT_TYPES.length, 'too_big')
    .transform((events) => [...new Set(events)]),
  /** null: every company (a staff integration); else only this company's events, as its people see them. */
  companyId: z.uuid('invalid_value').nullable(),
  /**
   * The admin allows this endpoint's host to be a loopback or private address
   * (an integration inside the company's network). Off: such addresses are refused.
   */
  allowPrivateNetwork: z.boolean().default(false),
  isActive: z.boolean().default(true),
});
export type WebhookEndpointInput = z.input<typeof webhookEndpointInputSchema>;

export const webhookEndpointIdParamsSchema = z.object({ id: z.uuid('invalid_value') });
export const webhookDeliveryParamsSchema = z.object({
  id: z.uuid('invalid_value'),
  deliveryId: z.uuid('invalid_value'),
});

export const webhookEndpointSchema = z.object({
  id: z.uuid(),
  url: z.string(),
  description: z.string(),
  events: z.array(z.enum(WEBHOOK_EVENT_TYPES)),
  companyId: z.uuid().nullable(),
  companyName: z.string().nullable(),
  allowPrivateNetwork: z.boolean(),
  isActive: z.boolean(),
  /** Why it is off when the server turned it off (consecutive failures), else null. */
  disabledReason: z.string().nullable(),
  consecutiveFailures: z.number(),
  createdAt: z.string(),
});
export type WebhookEndpoint = z.infer<typeof webhookEndpointSchema>;

export const webhookEndpointListSchema = z.object({ items: z.array(webhookEndpointSchema) });

/** The signing secret (Standard Webhooks `whsec_…`), shown to admins on request. */
export const webhookSecretSchema = z.object({ secret: z.string() });

/** One line of an endpoint's delivery log. */
export const webhookDeliverySchema = z.object({
  id: z.uuid(),
  /** The `webhook-id` header: the same for a redelivery, so receivers can skip duplicates. */
  messageId: z.string(),
  eventType: z.string(),
  status: z.enum(WEBHOOK_DELIVERY_STATUSES),
  attempts: z.number(),
  lastStatusCode: z.number().nullable(),
  lastResponseMs: z.number().nullable(),
  lastResponseExcerpt: z.string().nullable(),
  lastError: z.string().nullable(),
  nextAttemptAt: z.string().nullable(),
  deliveredAt: z.string().nullable(),
  createdAt: z.string(),
});
export type WebhookDelivery = z.infer<typeof webhookDeliverySchema>;

export const webhookDeliveryListSchema = z.object({ items: z.array(webhookDeliverySchema) });
