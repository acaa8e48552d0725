import type { CompanyDetails } from '../../shared/company/company-details.schema.js';
import { recordAudit } from '../audit/audit.repository.js';
import { changedFields } from '../audit/changes.js';
import { deleteSessionsOfCompany } from '../auth/sessions.repository.js';
import type { Database } from '../db/database.js';
import { notFound } from '../http/errors.js';
import type { RequestContext } from '../http/request-context.js';
import type { Actor } from '../policies/actor.js';
import { authorize } from '../policies/authorize.js';
import {
  type CompanyRow,
  findCompanyById,
  insertCompany,
  updateCompany,
} from './companies.repository.js';

const detailFields = [
  'legalName',
  'tradeName',
  'vatNumber',
  'taxOffice',
  'activity',
  'address',
  'city',
  'postalCode',
  'phone',
  'email',
  'website',
] as const;

/** A new customer company (staff). */
export async function createCompany(
  db: Database,
  actor: Actor,
  details: CompanyDetails,
  context: RequestContext,
): Promise<CompanyRow> {
  authorize(actor, 'company.create', null);
  return db.transaction(async (tx) => {
    const company = await insertCompany(tx, details);
    await recordAudit(tx, {
      action: 'company.created',
      actorUserId: actor.userId,
      companyId: company.id,
      entityType: 'company',
      entityId: company.id,
      data: { ...details },
      ...context,
    });
    return company;
  });
}

/** Edits a company's details, keeping every old and new value in the audit log. */
export async function updateCompanyDetails(
  db: Database,
  actor: Actor,
  companyId: string,
  details: CompanyDetails,
  context: RequestContext,
): Promise<CompanyRow> {
  authorize(actor, 'company.update', { id: companyId });
  return db.transaction(async (tx) => {
    const before = await findCompanyById(tx, companyId);
    if (!before) throw notFound();
    const after = (await updateCompany(tx, companyId, details))!;
    const changes = changedFields(before, after, detailFields);
    if (Object.keys(changes).length > 0) {
      await recordAudit(tx, {
        action: 'company.updated',
        actorUserId: actor.userId,
        companyId,
        entityType: 'company',
        entityId: companyId,
        data: changes,
        ...context,
      });
    }
    return after;
  });
}

/**
 * Archives a company (its people can no longer log in, nor open tickets; its
 * history stays) or brings it back (staff).
 */
export async function setCompanyArchived(
  db: Database,
  actor: Actor,
  companyId: string,
  isArchived: boolean,
  context: RequestContext,
): Promise<CompanyRow> {
  authorize(actor, 'company.archive', null);
  return db.transaction(async (tx) => {
    const before = await findCompanyById(tx, companyId);
    if (!before) throw notFound();
    const after = (await updateCompany(tx, companyId, {
      archivedAt: isArchived ? (before.archivedAt ?? new Date()) : null,
    }))!;
    if (isArchived) await deleteSessionsOfCompany(tx, companyId);
    if (Boolean(before.archivedAt) !== isArchived) {
      await recordAudit(tx, {
        action: isArchived ? 'company.archived' : 'company.restored',
        actorUserId: actor.userId,
        companyId,
        entityType: 'company',
        entityId: companyId,
        ...context,
      });
    }
    return after;
  });
}
