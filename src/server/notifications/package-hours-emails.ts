import { findCompanyById } from '../companies/companies.repository.js';
import type { Executor } from '../db/database.js';
import { insertOutboxEmails } from '../email/outbox.repository.js';
import { listHourBlockOffers } from '../hour-blocks/hour-blocks.repository.js';
import {
  allocateCompanyHours,
  presentHoursAllocation,
} from '../hour-blocks/hours-allocation.service.js';
import { figuresOf, loadHoursSources } from '../ledger/period-hours.js';
import { findSubscription } from '../packages/packages.repository.js';
import { loadChargeTarget, periodFor } from '../tasks/task-charge.js';
import { recordWebhookEvent } from '../webhooks/webhook-events.js';
import { packageHoursEvent } from '../webhooks/webhook-payloads.js';
import {
  findActiveCompanyAdmins,
  findActiveStaffRecipients,
  recordPackageHourAlert,
} from './notifications.repository.js';
import { chooseRecipients } from './recipients.js';

const THRESHOLDS = [100, 80] as const;

/**
 * After a task is finished, added or edited (in that transaction): when the
 * billing period it is charged to has reached 80 % or 100 % of its hours for the
 * first time, emails the company's company_admins and the staff. Each threshold
 * of each period goes out once; reaching 100 % at once sends only that one.
 */
export async function queuePackageHoursEmails(
  tx: Executor,
  task: { subscriptionId: string | null; companyId: string; startedAt: Date },
  now: Date,
): Promise<void> {
  const target = await loadChargeTarget(tx, task);
  if (!target) return;
  const period = periodFor(target, task.startedAt);
  if (!period) return;
  const sources = await loadHoursSources(tx, [target.subscriptionId], period.start);
  const figures = figuresOf(target.terms.hoursPerPeriod, period, sources, now);
  if (figures.allowanceMinutes === 0) return;
  const reached = THRESHOLDS.filter(
    (percent) => figures.usedMinutes * 100 >= figures.allowanceMinutes * percent,
  );
  let newest: (typeof THRESHOLDS)[number] | undefined;
  for (const percent of reached) {
    const isNew = await recordPackageHourAlert(tx, {
      subscriptionId: target.subscriptionId,
      periodStartDate: period.startDate,
      thresholdPercent: percent,
    });
    newest ??= isNew ? percent : undefined;
    // 100 % already announced: 80 % is old news whether or not it was sent.
    if (percent === 100 && !isNew) return;
  }
  if (!newest) return;

  const [company, subscription] = await Promise.all([
    findCompanyById(tx, task.companyId),
    findSubscription(tx, target.subscriptionId),
  ]);
  const whatComesNext = company
    ? await whatComesNextOf(tx, company, target.subscriptionId, period.startDate, now)
    : {};
  const base = {
    companyId: task.companyId,
    companyName: company ? (company.tradeName ?? company.legalName) : '',
    packageName: subscription?.package.name ?? '',
    thresholdPercent: newest,
    usedMinutes: figures.usedMinutes,
    allowanceMinutes: figures.allowanceMinutes,
    periodStartDate: period.startDate,
    periodLastDate: period.lastDate,
  };
  await recordWebhookEvent(
    tx,
    packageHoursEvent({ ...base, subscriptionId: target.subscriptionId }, now),
  );
  const audiences = [
    {
      audience: 'customer' as const,
      rows: await findActiveCompanyAdmins(tx, task.companyId, 'packageHours'),
    },
    { audience: 'staff' as const, rows: await findActiveStaffRecipients(tx, 'packageHours') },
  ];
  await insertOutboxEmails(
    tx,
    audiences.flatMap(({ audience, rows }) =>
      chooseRecipients(rows, '').map((recipient) => ({
        kind: 'package_hours' as const,
        recipientUserId: recipient.id,
        toAddress: recipient.email,
        locale: recipient.locale,
        data: {
          ...base,
          audience,
          overageRatePerHour: subscription?.package.overageRatePerHour ?? null,
          ...whatComesNext,
        },
      })),
    ),
  );
}

/**
 * What the warning says comes next, past the period's own hours: the company's
 * rolled-over hours and blocks (the allocation's, used before overage; only for the
 * period running now, the one they apply to), and the blocks on sale.
 */
async function whatComesNextOf(
  tx: Executor,
  company: { id: string; timeZone: string },
  subscriptionId: string,
  periodStartDate: string,
  now: Date,
): Promise<{
  extraMinutes: number;
  blockOffers: { name: string; minutes: number; price: number }[];
}> {
  const allocated = await allocateCompanyHours(tx, company.id, company.timeZone, now);
  const figures = presentHoursAllocation(allocated, company.timeZone, now).subscriptions.find(
    (s) => s.subscriptionId === subscriptionId && s.periodStartDate === periodStartDate,
  );
  const offers = await listHourBlockOffers(tx, true);
  return {
    extraMinutes: figures ? figures.rolledRemainingMinutes + allocated.usableBlockMinutes : 0,
    blockOffers: offers.map((offer) => ({
      name: offer.name,
      minutes: Math.round(offer.hours * 60),
      price: offer.price,
    })),
  };
}
