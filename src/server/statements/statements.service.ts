import type { Statement, StatementFigures, StatementList } from '../../shared/api/statements.js';
import { periodAt, periodIndexOn } from '../../shared/hours/index.js';
import { findCompanyById } from '../companies/companies.repository.js';
import type { Database } from '../db/database.js';
import { conflict, invalid, notFound } from '../http/errors.js';
import { findSubscription } from '../packages/packages.repository.js';
import { type Actor, isStaff } from '../policies/actor.js';
import { authorize } from '../policies/authorize.js';
import { hasEnded, termsOf } from '../tasks/task-charge.js';
import { issueStatement } from './statement-issue.js';
import {
  findStatementById,
  findStatementOfPeriod,
  listStatementsOfCompany,
  type StatementRow,
} from './statements.repository.js';

/** Exactly what leaves the server of a statement: its frozen figures. */
export function presentStatement(row: StatementRow): Statement {
  return {
    id: row.id,
    subscriptionId: row.subscriptionId,
    periodIndex: row.periodIndex,
    issuedAt: row.issuedAt.toISOString(),
    figures: row.figures as unknown as StatementFigures,
  };
}

/** A company's statements (a customer: their own company's; staff name one). */
export async function listStatements(
  db: Database,
  actor: Actor,
  requestedCompanyId: string | undefined,
): Promise<StatementList> {
  if (isStaff(actor) && !requestedCompanyId) throw invalid('companyId', 'required');
  const companyId = requestedCompanyId ?? actor.companyId!;
  authorize(actor, 'statement.view', { id: companyId });
  if (!(await findCompanyById(db, companyId))) throw notFound();
  return { items: (await listStatementsOfCompany(db, companyId)).map(presentStatement) };
}

/** One statement for whoever may see its company's statements (404 otherwise). */
export async function findStatement(db: Database, actor: Actor, id: string): Promise<Statement> {
  const row = await findStatementById(db, id);
  if (!row) throw notFound();
  authorize(actor, 'statement.view', { id: row.companyId });
  return presentStatement(row);
}

/**
 * Staff: issues the statement of a subscription's period now rather than at the
 * next hourly run; an existing one is returned as it is (issued once). A period
 * not yet ended on the company's clock → 409 statement_period_open; a date that
 * does not start a period of the package → 400.
 */
export async function issueStatementNow(
  db: Database,
  actor: Actor,
  subscriptionId: string,
  periodStartDate: string,
): Promise<Statement> {
  const found = await findSubscription(db, subscriptionId);
  if (!found) throw notFound();
  authorize(actor, 'ledger.adjust', { id: found.subscription.companyId });
  const company = await findCompanyById(db, found.subscription.companyId);
  if (!company) throw notFound();
  const terms = termsOf(found.subscription, found.package);
  const index = periodIndexOn(terms, periodStartDate);
  const period = index === null ? null : periodAt(terms, index, company.timeZone);
  if (!period || period.startDate !== periodStartDate) {
    throw invalid('periodStartDate', 'invalid_value');
  }
  const now = new Date();
  if (!hasEnded(period, now)) {
    throw conflict('statement_period_open', 'The period has not ended yet');
  }
  const subject = {
    subscriptionId,
    companyId: company.id,
    companyName: company.tradeName ?? company.legalName,
    packageName: found.package.name,
    timeZone: company.timeZone,
    terms,
    overageRatePerHour: found.package.overageRatePerHour,
  };
  const issued =
    (await issueStatement(db, subject, period, now)) ??
    (await findStatementOfPeriod(db, subscriptionId, periodStartDate));
  return presentStatement(issued!);
}
