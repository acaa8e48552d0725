import { count, inArray } from 'drizzle-orm';
import type { Executor } from '../db/database.js';
import { outboxEmails, webhookDeliveries } from '../db/schema.js';

/** Rows of an outbox still to send and given up on. */
export interface OutboxBacklog {
  pending: number;
  failed: number;
}

/** The email outbox's backlog: one grouped count (status is indexed). */
export async function countEmailBacklog(db: Executor): Promise<OutboxBacklog> {
  const rows = await db
    .select({ status: outboxEmails.status, rows: count() })
    .from(outboxEmails)
    .where(inArray(outboxEmails.status, ['pending', 'failed']))
    .groupBy(outboxEmails.status);
  return backlogOf(rows);
}

/** The webhook outbox's backlog, counted the same way. */
export async function countWebhookBacklog(db: Executor): Promise<OutboxBacklog> {
  const rows = await db
    .select({ status: webhookDeliveries.status, rows: count() })
    .from(webhookDeliveries)
    .where(inArray(webhookDeliveries.status, ['pending', 'failed']))
    .groupBy(webhookDeliveries.status);
  return backlogOf(rows);
}

function backlogOf(rows: { status: string; rows: number }[]): OutboxBacklog {
  const of = (status: string) => Number(rows.find((row) => row.status === status)?.rows ?? 0);
  return { pending: of('pending'), failed: of('failed') };
}
