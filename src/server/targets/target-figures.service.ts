import type { TargetBreaches, TargetFigures } from '../../shared/api/targets.js';
import { addMonths } from '../../shared/hours/calendar-date.js';
import { localDateOf } from '../../shared/hours/time-zone.js';
import { TARGETS_TIME_ZONE } from '../../shared/targets/working-calendar.js';
import { findCompanyById } from '../companies/companies.repository.js';
import type { Executor } from '../db/database.js';
import { notFound } from '../http/errors.js';
import { findPackage } from '../packages/packages.repository.js';
import type { Actor } from '../policies/actor.js';
import { authorize } from '../policies/authorize.js';
import { breachesOfCompany, targetCountsOfPackage } from './targets.repository.js';

/** The month ('YYYY-MM') an instant falls in, Athens time, moved by whole months. */
const monthOf = (now: Date, monthsBack = 0) =>
  addMonths(localDateOf(now, TARGETS_TIME_ZONE), -monthsBack).slice(0, 7);

/** A package's targets met and breached in each of its last `months` months, the latest first. */
export async function findTargetFigures(
  db: Executor,
  actor: Actor,
  packageId: string,
  months: number,
  now: Date,
): Promise<TargetFigures> {
  authorize(actor, 'targets.view', null);
  if (!(await findPackage(db, packageId))) throw notFound();
  const counts = await targetCountsOfPackage(db, packageId, monthOf(now, months - 1), now);
  const items = Array.from({ length: months }, (_, back) => {
    const month = monthOf(now, back);
    const of = (kind: 'firstResponse' | 'resolution') => {
      const found = counts.find((row) => row.kind === kind && row.month === month);
      return { met: found?.met ?? 0, breached: found?.breached ?? 0 };
    };
    return { month, firstResponse: of('firstResponse'), resolution: of('resolution') };
  });
  return { items };
}

/** A company's targets breached in a month (default: this one), for its page. */
export async function findCompanyBreaches(
  db: Executor,
  actor: Actor,
  companyId: string,
  month: string | undefined,
  now: Date,
): Promise<TargetBreaches> {
  authorize(actor, 'targets.view', null);
  if (!(await findCompanyById(db, companyId))) throw notFound();
  const chosen = month ?? monthOf(now);
  const rows = await breachesOfCompany(db, companyId, chosen, now);
  return {
    month: chosen,
    items: rows.map((row) => ({
      ticketNumber: row.number,
      subject: row.subject,
      kind: row.kind === 'firstResponse' ? 'first_response' : 'resolution',
      dueAt: row.dueAt.toISOString(),
      metAt: row.metAt?.toISOString() ?? null,
    })),
  };
}
