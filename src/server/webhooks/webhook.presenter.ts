import type {
  WebhookDelivery,
  WebhookEndpoint,
  WebhookEventType,
} from '../../shared/api/webhooks.js';
import type { WebhookDeliveryRow, WebhookEndpointRow } from './webhooks.repository.js';

/** An endpoint for the console: never its secret, which has its own route. */
export function presentWebhookEndpoint(
  row: WebhookEndpointRow,
  companyName: string | null,
): WebhookEndpoint {
  return {
    id: row.id,
    url: row.url,
    description: row.description,
    events: row.events as WebhookEventType[],
    companyId: row.companyId,
    companyName,
    allowPrivateNetwork: row.allowPrivateNetwork,
    isActive: row.isActive,
    disabledReason: row.disabledReason,
    consecutiveFailures: row.consecutiveFailures,
    createdAt: row.createdAt.toISOString(),
  };
}

/** One line of the delivery log (the payload stays in the database). */
export function presentWebhookDelivery(row: WebhookDeliveryRow): WebhookDelivery {
  return {
    id: row.id,
    messageId: row.messageId,
    eventType: row.eventType,
    status: row.status,
    attempts: row.attempts,
    lastStatusCode: row.lastStatusCode,
    lastResponseMs: row.lastResponseMs,
    lastResponseExcerpt: row.lastResponseExcerpt,
    lastError: row.lastError,
    nextAttemptAt: row.status === 'pending' ? row.nextAttemptAt.toISOString() : null,
    deliveredAt: row.deliveredAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
  };
}
