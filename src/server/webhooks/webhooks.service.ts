import type { z } from 'zod';
import {
  WEBHOOK_TEST_EVENT,
  type WebhookDelivery,
  type WebhookEndpoint,
  type webhookEndpointInputSchema,
} from '../../shared/api/webhooks.js';
import { recordAudit } from '../audit/audit.repository.js';
import { findCompanyById } from '../companies/companies.repository.js';
import type { Database, Executor } from '../db/database.js';
import { conflict, invalid, notFound } from '../http/errors.js';
import type { RequestContext } from '../http/request-context.js';
import { decryptSecret, encryptSecret } from '../inbound/mailbox-secret.js';
import type { Actor } from '../policies/actor.js';
import { authorize } from '../policies/authorize.js';
import { presentWebhookDelivery, presentWebhookEndpoint } from './webhook.presenter.js';
import { newMessageId, webhookPayload } from './webhook-events.js';
import { generateSigningSecret } from './webhook-signing.js';
import {
  deleteWebhookEndpoint,
  findDeliveryOf,
  findWebhookEndpoint,
  insertWebhookDeliveries,
  insertWebhookEndpoint,
  listDeliveriesOf,
  listWebhookEndpoints,
  updateWebhookEndpoint,
  type WebhookEndpointRow,
} from './webhooks.repository.js';

type EndpointInput = z.output<typeof webhookEndpointInputSchema>;

const DELIVERY_LOG_SIZE = 100;

/** The company's name, after checking that the company exists (400 when it does not). */
async function companyNameOf(db: Executor, companyId: string | null): Promise<string | null> {
  if (companyId === null) return null;
  const company = await findCompanyById(db, companyId);
  if (!company) throw invalid('companyId', 'invalid_value');
  return company.tradeName ?? company.legalName;
}

async function endpointToManage(db: Executor, actor: Actor, id: string) {
  authorize(actor, 'webhook.manage', null);
  const row = await findWebhookEndpoint(db, id);
  if (!row) throw notFound();
  return row;
}

/** What the audit log keeps of an endpoint: never its secret. */
const auditData = (row: WebhookEndpointRow) => ({
  url: row.url,
  events: row.events,
  companyId: row.companyId,
  allowPrivateNetwork: row.allowPrivateNetwork,
  isActive: row.isActive,
});

/** Every endpoint (admin). */
export async function listEndpointsFor(db: Database, actor: Actor): Promise<WebhookEndpoint[]> {
  authorize(actor, 'webhook.manage', null);
  const rows = await listWebhookEndpoints(db);
  return rows.map(({ endpoint, companyName }) => presentWebhookEndpoint(endpoint, companyName));
}

/** Registers an endpoint with a new signing secret (stored encrypted); answers with the secret once more. */
export async function createEndpoint(
  db: Database,
  actor: Actor,
  input: EndpointInput,
  key: Buffer,
  context: RequestContext,
): Promise<WebhookEndpoint & { secret: string }> {
  authorize(actor, 'webhook.manage', null);
  const secret = generateSigningSecret();
  return db.transaction(async (tx) => {
    const companyName = await companyNameOf(tx, input.companyId);
    const row = await insertWebhookEndpoint(tx, {
      ...input,
      secretEncrypted: encryptSecret(key, secret),
    });
    await recordAudit(tx, {
      action: 'webhook.created',
      actorUserId: actor.userId,
      companyId: row.companyId,
      entityType: 'webhook',
      entityId: row.id,
      data: auditData(row),
      ...context,
    });
    return { ...presentWebhookEndpoint(row, companyName), secret };
  });
}

/** Changes an endpoint; turning it back on clears the count of failures that turned it off. */
export async function changeEndpoint(
  db: Database,
  actor: Actor,
  id: string,
  input: EndpointInput,
  context: RequestContext,
): Promise<WebhookEndpoint> {
  return db.transaction(async (tx) => {
    const before = await endpointToManage(tx, actor, id);
    const companyName = await companyNameOf(tx, input.companyId);
    const isReenabled = input.isActive && !before.isActive;
    const row = await updateWebhookEndpoint(tx, id, {
      ...input,
      ...(isReenabled || !input.isActive ? { disabledReason: null } : {}),
      ...(isReenabled ? { consecutiveFailures: 0 } : {}),
    });
    await recordAudit(tx, {
      action: 'webhook.updated',
      actorUserId: actor.userId,
      companyId: row!.companyId,
      entityType: 'webhook',
      entityId: id,
      data: { before: auditData(before), after: auditData(row!) },
      ...context,
    });
    return presentWebhookEndpoint(row!, companyName);
  });
}

/** Removes an endpoint and its delivery log. */
export async function removeEndpoint(
  db: Database,
  actor: Actor,
  id: string,
  context: RequestContext,
): Promise<void> {
  await db.transaction(async (tx) => {
    const row = await endpointToManage(tx, actor, id);
    await deleteWebhookEndpoint(tx, id);
    await recordAudit(tx, {
      action: 'webhook.deleted',
      actorUserId: actor.userId,
      companyId: row.companyId,
      entityType: 'webhook',
      entityId: id,
      data: auditData(row),
      ...context,
    });
  });
}

/** The signing secret, for an admin setting up the receiver; who looked is in the audit log. */
export async function revealSecret(
  db: Database,
  actor: Actor,
  id: string,
  key: Buffer,
  context: RequestContext,
): Promise<string> {
  return db.transaction(async (tx) => {
    const row = await endpointToManage(tx, actor, id);
    await recordAudit(tx, {
      action: 'webhook.secret_viewed',
      actorUserId: actor.userId,
      companyId: row.companyId,
      entityType: 'webhook',
      entityId: id,
      data: {},
      ...context,
    });
    return decryptSecret(key, row.secretEncrypted);
  });
}

/** A new signing secret (the old one leaked, or is due to change); deliveries sign with it from now on. */
export async function rotateSecret(
  db: Database,
  actor: Actor,
  id: string,
  key: Buffer,
  context: RequestContext,
): Promise<string> {
  const secret = generateSigningSecret();
  await db.transaction(async (tx) => {
    const row = await endpointToManage(tx, actor, id);
    await updateWebhookEndpoint(tx, id, { secretEncrypted: encryptSecret(key, secret) });
    await recordAudit(tx, {
      action: 'webhook.secret_rotated',
      actorUserId: actor.userId,
      companyId: row.companyId,
      entityType: 'webhook',
      entityId: id,
      data: {},
      ...context,
    });
  });
  return secret;
}

/** The endpoint's delivery log, newest first. */
export async function listDeliveriesFor(
  db: Database,
  actor: Actor,
  id: string,
): Promise<WebhookDelivery[]> {
  await endpointToManage(db, actor, id);
  const rows = await listDeliveriesOf(db, id, DELIVERY_LOG_SIZE);
  return rows.map(presentWebhookDelivery);
}

function checkActive(row: WebhookEndpointRow): void {
  if (!row.isActive) {
    throw conflict('webhook_endpoint_inactive', 'The endpoint is turned off; turn it on first');
  }
}

/**
 * «Επανάληψη αποστολής»: the same message again (same webhook-id, so a receiver
 * that got it already can tell), as a new line of the log.
 */
export async function redeliver(
  db: Database,
  actor: Actor,
  id: string,
  deliveryId: string,
): Promise<WebhookDelivery> {
  const endpoint = await endpointToManage(db, actor, id);
  const delivery = await findDeliveryOf(db, id, deliveryId);
  if (!delivery) throw notFound();
  checkActive(endpoint);
  const [row] = await insertWebhookDeliveries(db, [
    {
      endpointId: id,
      messageId: delivery.messageId,
      eventType: delivery.eventType,
      payload: delivery.payload,
    },
  ]);
  return presentWebhookDelivery(row!);
}

/** «Δοκιμή»: a `webhook.test` event to this endpoint only. */
export async function sendTestEvent(
  db: Database,
  actor: Actor,
  id: string,
): Promise<WebhookDelivery> {
  const endpoint = await endpointToManage(db, actor, id);
  checkActive(endpoint);
  const [row] = await insertWebhookDeliveries(db, [
    {
      endpointId: id,
      messageId: newMessageId(),
      eventType: WEBHOOK_TEST_EVENT,
      payload: webhookPayload(WEBHOOK_TEST_EVENT, new Date(), { endpointId: id }),
    },
  ]);
  return presentWebhookDelivery(row!);
}
