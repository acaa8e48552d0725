import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient } from '../../../test/support/api-client.js';
import {
  createCustomer,
  createSubscription,
  createUser,
  TEST_PASSWORD,
} from '../../../test/support/factories.js';
import { ATHENS, HOUR, monthlyPeriodsOfAPackage } from '../../../test/support/periods.js';
import { createTestApp, type TestApp } from '../../../test/support/test-app.js';
import { addDays, addMonths, localDateOf } from '../../shared/hours/index.js';
import { auditEntries, hourBlocks, ledgerEntries, outboxEmails } from '../db/schema.js';

let t: TestApp;
let admin: ApiClient;
let agent: ApiClient;
beforeAll(async () => {
  t = await createTestApp();
  admin = new ApiClient(t.app);
  await admin.logIn((await createUser(t.db, 'admin')).email, TEST_PASSWORD);
  agent = new ApiClient(t.app);
  await agent.logIn((await createUser(t.db, 'agent')).email, TEST_PASSWORD);
});
afterAll(() => t.close());

async function customer() {
  const made = await createCustomer(t.db);
  const companyAdmin = new ApiClient(t.app);
  await companyAdmin.logIn(made.admin.email, TEST_PASSWORD);
  const member = new ApiClient(t.app);
  await member.logIn(made.member.email, TEST_PASSWORD);
  return { ...made, companyAdmin, member };
}

async function offer(values: Partial<{ name: string; hours: number; price: number }> = {}) {
  const response = await admin.post('/api/hour-block-offers', {
    name: values.name ?? '10 ώρες',
    hours: values.hours ?? 10,
    price: values.price ?? 450,
    validityMonths: 6,
  });
  expect(response.statusCode).toBe(201);
  return response.json() as { id: string; name: string };
}

const fieldsOf = (response: { json(): { errors?: { field: string; code: string }[] } }) =>
  response.json().errors?.map((e) => `${e.field}:${e.code}`);
const today = () => localDateOf(new Date(), ATHENS);

describe('the catalogue of blocks', () => {
  it('admins add and retire blocks; agents may not; customers see only those offered', async () => {
    const kept = await offer({ name: 'Κρατημένο' });
    const retired = await offer({ name: 'Αποσυρμένο' });
    const patched = await admin.patch(`/api/hour-block-offers/${retired.id}`, { isActive: false });
    expect(patched.json().isActive).toBe(false);
    expect(
      (
        await agent.post('/api/hour-block-offers', {
          name: 'x',
          hours: 1,
          price: 1,
          validityMonths: 1,
        })
      ).statusCode,
    ).toBe(403);
    const { member } = await customer();
    const ids = (await member.get('/api/hour-block-offers'))
      .json()
      .items.map((o: { id: string }) => o.id);
    expect(ids).toContain(kept.id);
    expect(ids).not.toContain(retired.id);
    const audit = await t.db
      .select()
      .from(auditEntries)
      .where(eq(auditEntries.entityId, retired.id));
    expect(audit.map((a) => a.action)).toEqual([
      'hour_block_offer.created',
      'hour_block_offer.updated',
    ]);
  });

  it('refuses negative hours and prices, and a validity of no months, naming each field', async () => {
    const response = await admin.post('/api/hour-block-offers', {
      name: 'Λάθος',
      hours: -5,
      price: -1,
      validityMonths: 0,
    });
    expect(response.statusCode).toBe(400);
    expect(fieldsOf(response)?.sort()).toEqual([
      'hours:too_small',
      'price:too_small',
      'validityMonths:too_small',
    ]);
  });
});

describe('«Αγορά επιπλέον ωρών»', () => {
  it('a company_admin asks, staff are emailed, staff confirm: the block starts today and both sides hear', async () => {
    const { company, companyAdmin, member } = await customer();
    const chosen = await offer({ hours: 5, price: 225 });
    const asked = await companyAdmin.post(`/api/companies/${company.id}/hour-block-requests`, {
      offerId: chosen.id,
    });
    expect(asked.statusCode).toBe(201);
    expect(asked.json()).toMatchObject({
      status: 'requested',
      hours: 5,
      price: 225,
      startsOn: null,
    });
    const id = asked.json().id as string;
    const toStaff = await t.db
      .select()
      .from(outboxEmails)
      .where(and(eq(outboxEmails.kind, 'hour_block')));
    expect(
      toStaff.some(
        (e) =>
          (e.data as { event: string; companyId: string }).event === 'requested' &&
          (e.data as { companyId: string }).companyId === company.id,
      ),
    ).toBe(true);

    // A member may see the request but not ask, nor decide.
    expect(
      (await member.get(`/api/companies/${company.id}/hour-blocks`)).json().items,
    ).toHaveLength(1);
    expect(
      (
        await member.post(`/api/companies/${company.id}/hour-block-requests`, {
          offerId: chosen.id,
        })
      ).statusCode,
    ).toBe(403);
    expect((await companyAdmin.post(`/api/hour-blocks/${id}/confirm`, {})).statusCode).toBe(403);

    const confirmed = await agent.post(`/api/hour-blocks/${id}/confirm`, {});
    expect(confirmed.statusCode).toBe(200);
    expect(confirmed.json()).toMatchObject({
      status: 'active',
      startsOn: today(),
      validUntil: addDays(addMonths(today(), 6), -1),
    });
    expect(confirmed.json().decidedBy?.id).toBeTruthy();
    const toCompany = await t.db
      .select()
      .from(outboxEmails)
      .where(eq(outboxEmails.kind, 'hour_block'));
    expect(
      toCompany.some(
        (e) =>
          (e.data as { event: string }).event === 'confirmed' &&
          (e.data as { companyId: string }).companyId === company.id &&
          e.recipientUserId !== null,
      ),
    ).toBe(true);
    const audit = await t.db.select().from(auditEntries).where(eq(auditEntries.entityId, id));
    expect(audit.map((a) => a.action)).toEqual(['hour_block.requested', 'hour_block.confirmed']);

    // Deciding twice is refused, and nothing changes.
    const again = await agent.post(`/api/hour-blocks/${id}/decline`, { reason: 'Λάθος' });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('hour_block_not_requested');
    const [row] = await t.db.select().from(hourBlocks).where(eq(hourBlocks.id, id));
    expect(row!.status).toBe('active');
  });

  it('staff decline with a reason; a declined request cannot be confirmed', async () => {
    const { company, companyAdmin } = await customer();
    const chosen = await offer();
    const id = (
      await companyAdmin.post(`/api/companies/${company.id}/hour-block-requests`, {
        offerId: chosen.id,
      })
    ).json().id;
    const noReason = await agent.post(`/api/hour-blocks/${id}/decline`, { reason: '  ' });
    expect(fieldsOf(noReason)).toEqual(['reason:required']);
    const declined = await agent.post(`/api/hour-blocks/${id}/decline`, {
      reason: 'Δεν έχει εξοφληθεί το προηγούμενο',
    });
    expect(declined.json()).toMatchObject({
      status: 'declined',
      declineReason: 'Δεν έχει εξοφληθεί το προηγούμενο',
    });
    const confirm = await agent.post(`/api/hour-blocks/${id}/confirm`, {});
    expect(confirm.statusCode).toBe(409);
    expect(confirm.json().code).toBe('hour_block_not_requested');
    const [row] = await t.db.select().from(hourBlocks).where(eq(hourBlocks.id, id));
    expect(row).toMatchObject({ status: 'declined', startsOn: null, activatedAt: null });
  });

  it('refuses a retired block, and another company is out of reach', async () => {
    const { company, companyAdmin } = await customer();
    const other = await customer();
    const retired = await offer();
    await admin.patch(`/api/hour-block-offers/${retired.id}`, { isActive: false });
    const refused = await companyAdmin.post(`/api/companies/${company.id}/hour-block-requests`, {
      offerId: retired.id,
    });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().code).toBe('hour_block_offer_retired');

    const current = await offer();
    const theirs = (
      await other.companyAdmin.post(`/api/companies/${other.company.id}/hour-block-requests`, {
        offerId: current.id,
      })
    ).json().id;
    // Asking on another company's behalf, reading its blocks or deciding its request: not found.
    expect(
      (
        await companyAdmin.post(`/api/companies/${other.company.id}/hour-block-requests`, {
          offerId: current.id,
        })
      ).statusCode,
    ).toBe(404);
    expect(
      (await companyAdmin.get(`/api/companies/${other.company.id}/hour-blocks`)).statusCode,
    ).toBe(404);
    expect((await companyAdmin.post(`/api/hour-blocks/${theirs}/confirm`, {})).statusCode).toBe(
      404,
    );
    expect(
      (await companyAdmin.get(`/api/companies/${other.company.id}/hours-allocation`)).statusCode,
    ).toBe(404);
    const [row] = await t.db.select().from(hourBlocks).where(eq(hourBlocks.id, theirs));
    expect(row!.status).toBe('requested');
  });

  it('staff add a block directly; one that ends before it starts, or has negative hours, is refused', async () => {
    const { company, companyAdmin } = await customer();
    const backwards = await agent.post(`/api/companies/${company.id}/hour-blocks`, {
      name: 'Δώρο',
      hours: 2,
      price: 0,
      startsOn: '2026-12-10',
      validUntil: '2026-12-01',
    });
    expect(backwards.statusCode).toBe(400);
    expect(fieldsOf(backwards)).toEqual(['validUntil:end_before_start']);
    const negative = await agent.post(`/api/companies/${company.id}/hour-blocks`, {
      name: 'Δώρο',
      hours: -2,
      price: 0,
      startsOn: '2026-12-01',
      validUntil: '2026-12-31',
    });
    expect(fieldsOf(negative)).toEqual(['hours:too_small']);
    expect(
      (
        await companyAdmin.post(`/api/companies/${company.id}/hour-blocks`, {
          name: 'Δώρο',
          hours: 2,
          price: 0,
          startsOn: '2026-12-01',
          validUntil: '2026-12-31',
        })
      ).statusCode,
    ).toBe(403);
    expect(
      (await companyAdmin.get(`/api/companies/${company.id}/hour-blocks`)).json().items,
    ).toEqual([]);
    const granted = await agent.post(`/api/companies/${company.id}/hour-blocks`, {
      name: 'Δώρο',
      hours: 2,
      price: 0,
      startsOn: '2026-12-01',
      validUntil: '2026-12-31',
    });
    expect(granted.statusCode).toBe(201);
    expect(granted.json()).toMatchObject({ status: 'active', requestedBy: null });
  });
});

describe('the allocation: rollover, blocks, overage and the forecast', () => {
  it('uses rolled-over hours, then the period, then the block; work before the block stays where it went', async () => {
    const { company, member } = await customer();
    const { current, previous, startDate } = monthlyPeriodsOfAPackage();
    const { package: pkg, subscription } = await createSubscription(t.db, company.id, {
      hoursPerPeriod: 1,
      startDate,
    });
    const rule = await admin.patch(`/api/packages/${pkg.id}`, {
      rolloverPeriods: 1,
      rolloverCapHours: 0.5,
    });
    expect(rule.json()).toMatchObject({ rolloverPeriods: 1, rolloverCapHours: 0.5 });
    // Each period rolls at most 30 minutes into the next. The previous period's 30 minutes of
    // work, written while it ran, took the 30 rolled into it; of its own 60, the cap lets 30 roll.
    const inPrevious = new Date(previous.start.getTime() + 24 * HOUR);
    await t.db.insert(ledgerEntries).values({
      companyId: company.id,
      subscriptionId: subscription.id,
      kind: 'adjustment',
      minutes: 30,
      chargedAt: inPrevious,
      periodStartDate: previous.startDate,
      periodLastDate: previous.lastDate,
      reason: 'Εργασία του προηγούμενου μήνα',
      createdAt: inPrevious,
    });
    const adjust = (minutes: number) =>
      agent.post(`/api/companies/${company.id}/ledger/adjustments`, {
        subscriptionId: subscription.id,
        date: current.startDate,
        minutes,
        reason: 'Εργασία',
      });
    expect((await adjust(100)).statusCode).toBe(201);
    const block = await agent.post(`/api/companies/${company.id}/hour-blocks`, {
      name: '2 ώρες',
      hours: 2,
      price: 90,
      startsOn: current.startDate,
      validUntil: addDays(current.startDate, 60),
    });
    expect(block.statusCode).toBe(201);
    expect((await adjust(45)).statusCode).toBe(201);

    const allocation = await member.get(`/api/companies/${company.id}/hours-allocation`);
    expect(allocation.statusCode).toBe(200);
    const body = allocation.json();
    expect(body.orderOfUse).toEqual(['rollover', 'period', 'block', 'overage']);
    expect(body.subscriptions).toHaveLength(1);
    expect(body.subscriptions[0]).toMatchObject({
      periodStartDate: current.startDate,
      rolledInMinutes: 30,
      rolledRemainingMinutes: 0,
      allowanceMinutes: 60,
      chargedMinutes: 145,
      fromRolloverMinutes: 30,
      fromPeriodMinutes: 60,
      // The 100 minutes written before the block: 10 of them stay overage.
      overageMinutes: 10,
      fromBlockMinutes: 45,
      availableMinutes: 75,
    });
    expect(['lasts', 'runs_out', 'used_up']).toContain(body.subscriptions[0].forecast.kind);
    expect(body.blocks[0]).toMatchObject({ minutes: 120, usedMinutes: 45, remainingMinutes: 75 });

    // Every figure is still the ledger's: the period's lines sum to what was charged.
    const lines = await t.db
      .select()
      .from(ledgerEntries)
      .where(
        and(
          eq(ledgerEntries.subscriptionId, subscription.id),
          eq(ledgerEntries.periodStartDate, current.startDate),
        ),
      );
    expect(lines.reduce((sum, line) => sum + line.minutes, 0)).toBe(145);

    // The subscription's own rule, no rollover: the 30 minutes expired instead.
    const override = await admin.patch(`/api/subscriptions/${subscription.id}`, {
      rolloverOverride: { periods: 0, capHours: null },
    });
    expect(override.json().rolloverOverride).toEqual({ periods: 0, capHours: null });
    const without = (await member.get(`/api/companies/${company.id}/hours-allocation`)).json();
    expect(without.subscriptions[0]).toMatchObject({
      rolledInMinutes: 0,
      expiredLastPeriodMinutes: 30,
      fromPeriodMinutes: 60,
      overageMinutes: 40,
      fromBlockMinutes: 45,
    });
  });

  it('refuses a negative rollover rule', async () => {
    const response = await admin.post('/api/packages', {
      name: 'Λάθος',
      hoursPerPeriod: 10,
      periodKind: 'monthly',
      billingIncrementMinutes: 15,
      rolloverPeriods: -1,
      rolloverCapHours: -2,
    });
    expect(response.statusCode).toBe(400);
    expect(fieldsOf(response)?.sort()).toEqual([
      'rolloverCapHours:too_small',
      'rolloverPeriods:too_small',
    ]);
  });
});
