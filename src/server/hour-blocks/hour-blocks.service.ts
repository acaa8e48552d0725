import type { z } from 'zod';
import type {
  hourBlockConfirmSchema,
  hourBlockDeclineSchema,
  hourBlockGrantSchema,
  hourBlockOfferRequestSchema,
  hourBlockOfferUpdateSchema,
} from '../../shared/api/hour-blocks.js';
import { addDays, addMonths, localDateOf } from '../../shared/hours/index.js';
import { recordAudit } from '../audit/audit.repository.js';
import { changedFields } from '../audit/changes.js';
import { findCompanyById } from '../companies/companies.repository.js';
import type { Database, Executor } from '../db/database.js';
import { conflict, notFound } from '../http/errors.js';
import type { RequestContext } from '../http/request-context.js';
import type { Actor } from '../policies/actor.js';
import { authorize } from '../policies/authorize.js';
import { queueHourBlockEmails } from './hour-block-emails.js';
import {
  decideHourBlockRequest,
  findHourBlockOffer,
  findHourBlockView,
  type HourBlockOfferRow,
  insertHourBlock,
  insertHourBlockOffer,
  updateHourBlockOffer,
} from './hour-blocks.repository.js';

const offerFields = ['name', 'hours', 'price', 'validityMonths', 'isActive'] as const;

/** Adds a block to the catalogue (admin). */
export async function createHourBlockOffer(
  db: Database,
  actor: Actor,
  values: z.output<typeof hourBlockOfferRequestSchema>,
  context: RequestContext,
): Promise<HourBlockOfferRow> {
  authorize(actor, 'hour-block-offer.manage', null);
  return db.transaction(async (tx) => {
    const row = await insertHourBlockOffer(tx, values);
    await recordAudit(tx, {
      action: 'hour_block_offer.created',
      actorUserId: actor.userId,
      entityType: 'hour_block_offer',
      entityId: row.id,
      data: { ...values },
      ...context,
    });
    return row;
  });
}

/** Edits or retires (isActive: false) a block of the catalogue; blocks already asked for keep their terms. */
export async function editHourBlockOffer(
  db: Database,
  actor: Actor,
  id: string,
  values: z.output<typeof hourBlockOfferUpdateSchema>,
  context: RequestContext,
): Promise<HourBlockOfferRow> {
  authorize(actor, 'hour-block-offer.manage', null);
  return db.transaction(async (tx) => {
    const before = await findHourBlockOffer(tx, id);
    if (!before) throw notFound();
    const after = (await updateHourBlockOffer(tx, id, values))!;
    const changes = changedFields(before, after, offerFields);
    if (Object.keys(changes).length > 0) {
      await recordAudit(tx, {
        action: 'hour_block_offer.updated',
        actorUserId: actor.userId,
        entityType: 'hour_block_offer',
        entityId: id,
        data: changes,
        ...context,
      });
    }
    return after;
  });
}

async function companyOf(tx: Executor, companyId: string) {
  const company = await findCompanyById(tx, companyId);
  if (!company) throw notFound();
  return company;
}
const nameOf = (company: { tradeName: string | null; legalName: string }) =>
  company.tradeName ?? company.legalName;

/** «Αγορά επιπλέον ωρών»: a company_admin asks for a block of the catalogue; staff are emailed. */
export async function requestHourBlock(
  db: Database,
  actor: Actor,
  companyId: string,
  offerId: string,
  context: RequestContext,
): Promise<string> {
  authorize(actor, 'hour-block.buy', { id: companyId });
  return db.transaction(async (tx) => {
    const company = await companyOf(tx, companyId);
    const offer = await findHourBlockOffer(tx, offerId);
    if (!offer) throw notFound();
    if (!offer.isActive)
      throw conflict('hour_block_offer_retired', 'This block is no longer offered');
    const block = await insertHourBlock(tx, {
      companyId,
      offerId,
      name: offer.name,
      hours: offer.hours,
      price: offer.price,
      validityMonths: offer.validityMonths,
      status: 'requested',
      requestedByUserId: actor.userId,
    });
    await recordAudit(tx, {
      action: 'hour_block.requested',
      actorUserId: actor.userId,
      companyId,
      entityType: 'hour_block',
      entityId: block.id,
      data: { name: offer.name, hours: offer.hours, price: offer.price },
      ...context,
    });
    await queueHourBlockEmails(tx, 'requested', block, nameOf(company), actor.userId);
    return block.id;
  });
}

/** Staff add a block to a company directly: it is active at once; the company is emailed. */
export async function grantHourBlock(
  db: Database,
  actor: Actor,
  companyId: string,
  values: z.output<typeof hourBlockGrantSchema>,
  context: RequestContext,
  now: Date,
): Promise<string> {
  authorize(actor, 'hour-block.manage', { id: companyId });
  return db.transaction(async (tx) => {
    const company = await companyOf(tx, companyId);
    const block = await insertHourBlock(tx, {
      companyId,
      ...values,
      status: 'active',
      decidedByUserId: actor.userId,
      decidedAt: now,
      activatedAt: now,
    });
    await recordAudit(tx, {
      action: 'hour_block.granted',
      actorUserId: actor.userId,
      companyId,
      entityType: 'hour_block',
      entityId: block.id,
      data: { ...values },
      ...context,
    });
    await queueHourBlockEmails(tx, 'granted', block, nameOf(company), actor.userId);
    return block.id;
  });
}

/** Loads a block for a decision: staff only; a customer of another company learns nothing. */
async function blockToDecide(tx: Executor, actor: Actor, id: string) {
  const view = await findHourBlockView(tx, id);
  if (!view) throw notFound();
  authorize(actor, 'hour-block.manage', { id: view.block.companyId });
  return view.block;
}

const notRequested = () =>
  conflict('hour_block_not_requested', 'The block is not waiting for a decision');

/**
 * Confirms a request: the block starts on `startsOn` (default today on the company's
 * clock) and is valid for the months it was asked with. Work written from now on may
 * use it; work already charged is never re-assigned to it.
 */
export async function confirmHourBlock(
  db: Database,
  actor: Actor,
  id: string,
  values: z.output<typeof hourBlockConfirmSchema>,
  context: RequestContext,
  now: Date,
): Promise<string> {
  return db.transaction(async (tx) => {
    const block = await blockToDecide(tx, actor, id);
    if (block.status !== 'requested') throw notRequested();
    const company = await companyOf(tx, block.companyId);
    const startsOn = values.startsOn ?? localDateOf(now, company.timeZone);
    const validUntil = addDays(addMonths(startsOn, block.validityMonths ?? 1), -1);
    const decided = await decideHourBlockRequest(tx, id, {
      status: 'active',
      startsOn,
      validUntil,
      decidedByUserId: actor.userId,
      decidedAt: now,
      activatedAt: now,
    });
    if (!decided) throw notRequested();
    await recordAudit(tx, {
      action: 'hour_block.confirmed',
      actorUserId: actor.userId,
      companyId: block.companyId,
      entityType: 'hour_block',
      entityId: id,
      data: { name: block.name, hours: block.hours, startsOn, validUntil },
      ...context,
    });
    await queueHourBlockEmails(tx, 'confirmed', decided, nameOf(company), actor.userId);
    return block.companyId;
  });
}

/** Declines a request with a reason; the company_admins are emailed it. */
export async function declineHourBlock(
  db: Database,
  actor: Actor,
  id: string,
  values: z.output<typeof hourBlockDeclineSchema>,
  context: RequestContext,
  now: Date,
): Promise<string> {
  return db.transaction(async (tx) => {
    const block = await blockToDecide(tx, actor, id);
    if (block.status !== 'requested') throw notRequested();
    const company = await companyOf(tx, block.companyId);
    const decided = await decideHourBlockRequest(tx, id, {
      status: 'declined',
      declineReason: values.reason,
      decidedByUserId: actor.userId,
      decidedAt: now,
    });
    if (!decided) throw notRequested();
    await recordAudit(tx, {
      action: 'hour_block.declined',
      actorUserId: actor.userId,
      companyId: block.companyId,
      entityType: 'hour_block',
      entityId: id,
      data: { name: block.name, reason: values.reason },
      ...context,
    });
    await queueHourBlockEmails(tx, 'declined', decided, nameOf(company), actor.userId);
    return block.companyId;
  });
}
