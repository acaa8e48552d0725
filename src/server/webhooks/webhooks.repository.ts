import { and, desc, eq, gt, inArray, isNull, lt, ne, or, sql } from 'drizzle-orm';
import type { Executor } from '../db/database.js';
import { preparedStatement } from '../db/prepared-statements.js';
import { companies, webhookDeliveries, webhookEndpoints } from '../db/schema.js';
import { type ClaimRequest, dueNow, leasedQueries } from '../outbox/leased-queries.js';

export type WebhookEndpointRow = typeof webhookEndpoints.$inferSelect;
export type WebhookDeliveryRow = typeof webhookDeliveries.$inferSelect;
type NewEndpoint = Omit<typeof webhookEndpoints.$inferInsert, 'id' | 'createdAt' | 'updatedAt'>;

export async function insertWebhookEndpoint(
  db: Executor,
  endpoint: NewEndpoint,
): Promise<WebhookEndpointRow> {
  const [row] = await db.insert(webhookEndpoints).values(endpoint).returning();
  return row!;
}

export async function updateWebhookEndpoint(
  db: Executor,
  id: string,
  patch: Partial<NewEndpoint>,
): Promise<WebhookEndpointRow | undefined> {
  const [row] = await db
    .update(webhookEndpoints)
    .set({ ...patch, updatedAt: new Date() })
    .where(eq(webhookEndpoints.id, id))
    .returning();
  return row;
}

export async function deleteWebhookEndpoint(db: Executor, id: string): Promise<boolean> {
  const rows = await db
    .delete(webhookEndpoints)
    .where(eq(webhookEndpoints.id, id))
    .returning({ id: webhookEndpoints.id });
  return rows.length > 0;
}

export async function findWebhookEndpoint(
  db: Executor,
  id: string,
): Promise<WebhookEndpointRow | undefined> {
  const [row] = await db.select().from(webhookEndpoints).where(eq(webhookEndpoints.id, id));
  return row;
}

/** Every endpoint with its company's name, newest first, for the console. */
export async function listWebhookEndpoints(db: Executor) {
  return db
    .select({
      endpoint: webhookEndpoints,
      companyName: sql<string | null>`coalesce(${companies.tradeName}, ${companies.legalName})`,
    })
    .from(webhookEndpoints)
    .leftJoin(companies, eq(companies.id, webhookEndpoints.companyId))
    .orderBy(desc(webhookEndpoints.createdAt), desc(webhookEndpoints.id));
}

/**
 * The active endpoints that may hear of `companyId`, with the events each subscribed
 * to: the staff ones (no company) and that company's own. Scoped in the query.
 */
export async function findActiveEndpointsFor(
  db: Executor,
  companyId: string,
): Promise<Pick<WebhookEndpointRow, 'id' | 'companyId' | 'events'>[]> {
  // Prepared: every change to a ticket asks, with or without endpoints.
  const statement = preparedStatement(db, 'webhook-endpoints-for', (name) =>
    db
      .select({
        id: webhookEndpoints.id,
        companyId: webhookEndpoints.companyId,
        events: webhookEndpoints.events,
      })
      .from(webhookEndpoints)
      .where(
        and(
          eq(webhookEndpoints.isActive, true),
          or(
            isNull(webhookEndpoints.companyId),
            eq(webhookEndpoints.companyId, sql.placeholder('companyId')),
          ),
        ),
      )
      .prepare(name),
  );
  return statement.execute({ companyId });
}

/** Writes deliveries to the outbox, in the caller's transaction. */
export async function insertWebhookDeliveries(
  db: Executor,
  deliveries: {
    endpointId: string;
    messageId: string;
    eventType: string;
    payload: Record<string, unknown>;
  }[],
): Promise<WebhookDeliveryRow[]> {
  if (deliveries.length === 0) return [];
  const nextAttemptAt = dueNow();
  return db
    .insert(webhookDeliveries)
    .values(deliveries.map((delivery) => ({ ...delivery, nextAttemptAt })))
    .returning();
}

const queries = leasedQueries(webhookDeliveries);

/** Claims up to `limit` due deliveries for one worker until `leaseUntil` (see leasedQueries). */
export async function claimDueDeliveries(
  db: Executor,
  claim: ClaimRequest,
): Promise<WebhookDeliveryRow[]> {
  const rows = await queries.claimDue(db, claim);
  // Within a round, events leave in the order they happened.
  return rows.sort((x, y) => x.createdAt.getTime() - y.createdAt.getTime());
}

/** Extends the worker's lease on those of `ids` it still holds, and returns them. */
export const renewDeliveryClaims = queries.renew;

/** At start on the embedded database (one process only): every claim is a dead process's. */
export const releaseAllDeliveryClaims = queries.releaseAll;

/** What one attempt gave: kept on the delivery for its log line. */
export interface AttemptRecord {
  statusCode: number | null;
  responseMs: number | null;
  responseExcerpt: string | null;
  error: string | null;
}

/**
 * Records an attempt: delivered, retried at `retryAt`, or given up on. Only while
 * the worker still holds the row (another may have taken it after a stall).
 */
export async function recordDeliveryAttempt(
  db: Executor,
  id: string,
  workerId: string,
  attempt: AttemptRecord,
  outcome:
    | { status: 'delivered'; at: Date }
    | { status: 'pending'; retryAt: Date }
    | { status: 'failed' },
): Promise<boolean> {
  const rows = await db
    .update(webhookDeliveries)
    .set({
      lastStatusCode: attempt.statusCode,
      lastResponseMs: attempt.responseMs,
      lastResponseExcerpt: attempt.responseExcerpt,
      lastError: attempt.error,
      claimedBy: null,
      status: outcome.status,
      ...(outcome.status === 'delivered' ? { deliveredAt: outcome.at } : {}),
      ...(outcome.status === 'pending' ? { nextAttemptAt: outcome.retryAt } : {}),
    })
    .where(
      and(
        eq(webhookDeliveries.id, id),
        eq(webhookDeliveries.claimedBy, workerId),
        eq(webhookDeliveries.status, 'pending'),
      ),
    )
    .returning({ id: webhookDeliveries.id });
  return rows.length > 0;
}

/**
 * Counts a delivery given up on against its endpoint, turning the endpoint off
 * with `reason` when that makes `disableAfter` in a row; a delivered one resets it.
 */
export async function recordEndpointOutcome(
  db: Executor,
  endpointId: string,
  isDelivered: boolean,
  disableAfter: number,
  reason: string,
): Promise<void> {
  if (isDelivered) {
    await db
      .update(webhookEndpoints)
      .set({ consecutiveFailures: 0 })
      .where(eq(webhookEndpoints.id, endpointId));
    return;
  }
  const failures = sql`${webhookEndpoints.consecutiveFailures} + 1`;
  await db
    .update(webhookEndpoints)
    .set({
      consecutiveFailures: failures,
      isActive: sql`${webhookEndpoints.isActive} and ${failures} < ${disableAfter}`,
      disabledReason: sql`case when ${failures} >= ${disableAfter} then ${reason} else ${webhookEndpoints.disabledReason} end`,
    })
    .where(eq(webhookEndpoints.id, endpointId));
}

/** An endpoint's delivery log, newest first. */
export async function listDeliveriesOf(
  db: Executor,
  endpointId: string,
  limit: number,
): Promise<WebhookDeliveryRow[]> {
  return db
    .select()
    .from(webhookDeliveries)
    .where(eq(webhookDeliveries.endpointId, endpointId))
    .orderBy(desc(webhookDeliveries.createdAt), desc(webhookDeliveries.id))
    .limit(limit);
}

export async function findDeliveryOf(
  db: Executor,
  endpointId: string,
  deliveryId: string,
): Promise<WebhookDeliveryRow | undefined> {
  const [row] = await db
    .select()
    .from(webhookDeliveries)
    .where(and(eq(webhookDeliveries.id, deliveryId), eq(webhookDeliveries.endpointId, endpointId)));
  return row;
}

/**
 * Deletes up to `limit` finished deliveries created before `before`, never one of
 * an endpoint's newest `keepPerEndpoint` (so no log is ever emptied by age alone) and
 * never one still pending. Returns how many went; the caller repeats while full.
 */
export async function pruneOldDeliveries(
  db: Executor,
  prune: { before: Date; keepPerEndpoint: number; limit: number },
): Promise<number> {
  const ranked = db
    .select({
      id: webhookDeliveries.id,
      status: webhookDeliveries.status,
      createdAt: webhookDeliveries.createdAt,
      newestFirst:
        sql<number>`row_number() over (partition by ${webhookDeliveries.endpointId} order by ${webhookDeliveries.createdAt} desc, ${webhookDeliveries.id} desc)`.as(
          'newest_first',
        ),
    })
    .from(webhookDeliveries)
    .as('ranked');
  const doomed = db
    .select({ id: ranked.id })
    .from(ranked)
    .where(
      and(
        gt(ranked.newestFirst, prune.keepPerEndpoint),
        lt(ranked.createdAt, prune.before),
        ne(ranked.status, 'pending'),
      ),
    )
    .limit(prune.limit);
  const deleted = await db
    .delete(webhookDeliveries)
    .where(inArray(webhookDeliveries.id, doomed))
    .returning({ id: webhookDeliveries.id });
  return deleted.length;
}
