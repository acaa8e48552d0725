import type { AuditEntry } from '../../shared/api/audit.js';
import {
  auditExportQuerySchema,
  auditListSchema,
  auditQuerySchema,
} from '../../shared/api/audit.js';
import type { AppDeps } from '../app-deps.js';
import { requireActor } from '../auth/auth.plugin.js';
import type { Executor } from '../db/database.js';
import { csvDocument } from '../http/csv.js';
import type { App } from '../http/types.js';
import { authorize } from '../policies/authorize.js';
import {
  type AuditEntityInfo,
  auditEntityKey,
  describeAuditEntities,
} from './audit-entities.repository.js';
import { type AuditEntryRow, listAuditEntries } from './audit-log.repository.js';

// The CSV export stops here: a year of a busy instance, and still one download.
const CSV_MAX_ROWS = 50_000;

function presentAuditEntry(
  { entry, actor, company, apiToken }: AuditEntryRow,
  entities: Map<string, AuditEntityInfo>,
): AuditEntry {
  const entity =
    entry.entityType && entry.entityId
      ? entities.get(auditEntityKey(entry.entityType, entry.entityId))
      : undefined;
  return {
    id: entry.id,
    createdAt: entry.createdAt.toISOString(),
    action: entry.action,
    actor: actor?.id
      ? { id: actor.id, name: `${actor.firstName} ${actor.lastName}`, email: actor.email }
      : null,
    company: company?.id ? { id: company.id, name: company.name } : null,
    apiToken: apiToken?.id ? { id: apiToken.id, name: apiToken.name } : null,
    entityType: entry.entityType,
    entityId: entry.entityId,
    entityName: entity?.name ?? null,
    entityTicketNumber: entity?.ticketNumber ?? null,
    data: entry.data ?? null,
    ip: entry.ip,
  };
}

/** Entries as the API gives them, with what each is about named in one lookup for them all. */
async function presentAuditEntries(db: Executor, items: AuditEntryRow[]): Promise<AuditEntry[]> {
  const entities = await describeAuditEntities(
    db,
    items.map(({ entry }) => entry),
  );
  return items.map((item) => presentAuditEntry(item, entities));
}

export function registerAuditRoutes(app: App, deps: AppDeps): void {
  app.get(
    '/api/audit',
    {
      schema: {
        tags: ['audit'],
        summary: 'The audit log (admin), filterable by company, user, kind and date',
        querystring: auditQuerySchema,
        response: { 200: auditListSchema },
      },
    },
    async (request) => {
      authorize(requireActor(request), 'audit.view', null);
      const { page, pageSize, ...filter } = request.query;
      const { items, total } = await listAuditEntries(deps.db, filter, {
        limit: pageSize,
        offset: (page - 1) * pageSize,
      });
      return { items: await presentAuditEntries(deps.db, items), total, page, pageSize };
    },
  );

  app.get(
    '/api/audit.csv',
    {
      schema: {
        tags: ['audit'],
        summary: 'The audit log as CSV (admin), with the same filters',
        querystring: auditExportQuerySchema,
      },
    },
    async (request, reply) => {
      authorize(requireActor(request), 'audit.view', null);
      const { items } = await listAuditEntries(deps.db, request.query, {
        limit: CSV_MAX_ROWS,
        offset: 0,
      });
      const header = [
        'time',
        'action',
        'user',
        'email',
        'api_token',
        'company',
        'entity',
        'entity_id',
        'entity_name',
        'entity_ticket',
        'ip',
        'details',
      ];
      const rows = (await presentAuditEntries(deps.db, items)).map((entry) => [
        entry.createdAt,
        entry.action,
        entry.actor?.name,
        entry.actor?.email,
        entry.apiToken?.name,
        entry.company?.name,
        entry.entityType,
        entry.entityId,
        entry.entityName,
        entry.entityTicketNumber ? `#${entry.entityTicketNumber}` : null,
        entry.ip,
        entry.data,
      ]);
      return reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', 'attachment; filename="audit-log.csv"')
        .send(csvDocument(header, rows));
    },
  );
}
