import type { z } from 'zod';
import type {
  packageRequestSchema,
  packageUpdateSchema,
  subscriptionRequestSchema,
  subscriptionUpdateSchema,
} from '../../shared/api/packages.js';
import { recordAudit } from '../audit/audit.repository.js';
import { changedFields } from '../audit/changes.js';
import { findCompanyById } from '../companies/companies.repository.js';
import type { Database } from '../db/database.js';
import { invalid, notFound } from '../http/errors.js';
import type { RequestContext } from '../http/request-context.js';
import type { Actor } from '../policies/actor.js';
import { authorize } from '../policies/authorize.js';
import {
  findPackage,
  findSubscription,
  insertPackage,
  insertSubscription,
  type PackageRow,
  updatePackage,
  updateSubscription,
} from './packages.repository.js';

const packageFields = [
  'name',
  'description',
  'hoursPerPeriod',
  'periodKind',
  'billingIncrementMinutes',
  'overageRatePerHour',
  'isActive',
  'firstResponseTargetHours',
  'resolutionTargetHours',
  'businessHoursStart',
  'businessHoursEnd',
  'rolloverPeriods',
  'rolloverCapHours',
] as const;

/** Adds a package to the catalog (admin). */
export async function createPackage(
  db: Database,
  actor: Actor,
  values: z.output<typeof packageRequestSchema>,
  context: RequestContext,
): Promise<PackageRow> {
  authorize(actor, 'package.manage', null);
  return db.transaction(async (tx) => {
    const row = await insertPackage(tx, values);
    await recordAudit(tx, {
      action: 'package.created',
      actorUserId: actor.userId,
      entityType: 'package',
      entityId: row.id,
      data: { ...values },
      ...context,
    });
    return row;
  });
}

/** Edits or retires (isActive: false) a package (admin); subscriptions keep their terms. */
export async function editPackage(
  db: Database,
  actor: Actor,
  id: string,
  values: z.output<typeof packageUpdateSchema>,
  context: RequestContext,
): Promise<PackageRow> {
  authorize(actor, 'package.manage', null);
  return db.transaction(async (tx) => {
    const before = await findPackage(tx, id);
    if (!before) throw notFound();
    // An edit of one end of the working day is checked against the other, as stored.
    const start = values.businessHoursStart ?? before.businessHoursStart;
    const end = values.businessHoursEnd ?? before.businessHoursEnd;
    if (end <= start) throw invalid('businessHoursEnd', 'end_before_start');
    const after = (await updatePackage(tx, id, values))!;
    const changes = changedFields(before, after, packageFields);
    if (Object.keys(changes).length > 0) {
      const action = changes.isActive?.to === false ? 'package.retired' : 'package.updated';
      await recordAudit(tx, {
        action,
        actorUserId: actor.userId,
        entityType: 'package',
        entityId: id,
        data: changes,
        ...context,
      });
    }
    return after;
  });
}

/** Gives a company a package from a date (admin). */
export async function subscribeCompany(
  db: Database,
  actor: Actor,
  companyId: string,
  values: z.output<typeof subscriptionRequestSchema>,
  context: RequestContext,
): Promise<string> {
  authorize(actor, 'subscription.manage', null);
  return db.transaction(async (tx) => {
    if (!(await findCompanyById(tx, companyId))) throw notFound();
    const pkg = await findPackage(tx, values.packageId);
    if (!pkg?.isActive) throw invalid('packageId', 'invalid_value');
    const row = await insertSubscription(tx, { companyId, ...values });
    await recordAudit(tx, {
      action: 'subscription.created',
      actorUserId: actor.userId,
      companyId,
      entityType: 'subscription',
      entityId: row.id,
      data: { package: pkg.name, ...values },
      ...context,
    });
    return row.id;
  });
}

/** Pauses, ends, or changes the end date or hours of a subscription (admin). */
export async function changeSubscription(
  db: Database,
  actor: Actor,
  id: string,
  values: z.output<typeof subscriptionUpdateSchema>,
  context: RequestContext,
): Promise<string> {
  authorize(actor, 'subscription.manage', null);
  return db.transaction(async (tx) => {
    const found = await findSubscription(tx, id);
    if (!found) throw notFound();
    const before = found.subscription;
    const endDate = values.endDate === undefined ? before.endDate : values.endDate;
    if (endDate && endDate < before.startDate) throw invalid('endDate', 'end_before_start');
    const { rolloverOverride, ...rest } = values;
    const columns = {
      ...rest,
      ...(rolloverOverride === undefined
        ? {}
        : {
            rolloverPeriodsOverride: rolloverOverride?.periods ?? null,
            rolloverCapHoursOverride: rolloverOverride?.capHours ?? null,
          }),
    };
    await updateSubscription(tx, id, columns);
    const after = { ...before, ...columns };
    await recordAudit(tx, {
      action: 'subscription.updated',
      actorUserId: actor.userId,
      companyId: before.companyId,
      entityType: 'subscription',
      entityId: id,
      data: changedFields(before, after, [
        'endDate',
        'hoursPerPeriodOverride',
        'status',
        'rolloverPeriodsOverride',
        'rolloverCapHoursOverride',
      ]),
      ...context,
    });
    return before.companyId;
  });
}
