import { randomUUID } from 'node:crypto';
import { PgTransaction } from 'drizzle-orm/pg-core';
import type { WebhookEventType } from '../../shared/api/webhooks.js';
import type { Executor } from '../db/database.js';
import { findActiveEndpointsFor, insertWebhookDeliveries } from './webhooks.repository.js';

/**
 * One event to announce, with the data each scope may see: `staff` goes to the
 * all-companies endpoints, `company` to the company's own (null: not for them at
 * all, e.g. an internal note).
 */
export interface WebhookEvent {
  type: WebhookEventType;
  companyId: string;
  at: Date;
  staff: Record<string, unknown>;
  company: Record<string, unknown> | null;
}

/** A Standard Webhooks message id: unique per event and endpoint, kept by redeliveries. */
export const newMessageId = (): string => `msg_${randomUUID().replaceAll('-', '')}`;

/** The JSON body a receiver gets: the Standard Webhooks shape (type, timestamp, data). */
export function webhookPayload(type: string, at: Date, data: Record<string, unknown>) {
  return { type, timestamp: at.toISOString(), data };
}

/**
 * Queues the event for every active endpoint that subscribed to it and may hear
 * of its company, in the caller's transaction: it leaves only if the change
 * commits, and it cannot be lost once it has.
 */
export async function recordWebhookEvent(tx: Executor, event: WebhookEvent): Promise<void> {
  const endpoints = await endpointsFor(tx, event.companyId);
  const deliveries = endpoints.flatMap((endpoint) => {
    if (!endpoint.events.includes(event.type)) return [];
    const data = endpoint.companyId === null ? event.staff : event.company;
    if (!data) return [];
    return [
      {
        endpointId: endpoint.id,
        messageId: newMessageId(),
        eventType: event.type,
        payload: webhookPayload(event.type, event.at, data),
      },
    ];
  });
  await insertWebhookDeliveries(tx, deliveries);
}

type Endpoints = ReturnType<typeof findActiveEndpointsFor>;
const endpointsByTransaction = new WeakMap<object, Map<string, Endpoints>>();

/**
 * A company's endpoints, read once per transaction: a reply that moves the status
 * announces two events, and one read serves both. Kept only for a transaction (it
 * ends soon, and nothing in it changes endpoints), never for a database handle.
 */
function endpointsFor(tx: Executor, companyId: string): Endpoints {
  if (!(tx instanceof PgTransaction)) return findActiveEndpointsFor(tx, companyId);
  let byCompany = endpointsByTransaction.get(tx);
  if (!byCompany) {
    byCompany = new Map();
    endpointsByTransaction.set(tx, byCompany);
  }
  let endpoints = byCompany.get(companyId);
  if (!endpoints) {
    endpoints = findActiveEndpointsFor(tx, companyId);
    byCompany.set(companyId, endpoints);
  }
  return endpoints;
}
