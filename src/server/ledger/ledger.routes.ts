import { z } from 'zod';
import {
  adjustmentRequestSchema,
  disputeMessageRequestSchema,
  disputeParamsSchema,
  disputeQueueSchema,
  ledgerEntryParamsSchema,
  ledgerEntrySchema,
  ledgerListSchema,
  ledgerQuerySchema,
  openDisputeRequestSchema,
  resolveDisputeRequestSchema,
} from '../../shared/api/ledger.js';
import { DISPUTE_STATUSES } from '../../shared/ledger/ledger-kinds.js';
import type { AppDeps } from '../app-deps.js';
import { requireActor, requireSignedIn } from '../auth/auth.plugin.js';
import { requestContext } from '../http/request-context.js';
import type { App } from '../http/types.js';
import {
  listDisputeQueue,
  openDispute,
  replyToDispute,
  resolveDispute,
} from './disputes.service.js';
import { adjustHours, findLedgerEntry, listLedger, listLedgerForExport } from './ledger.service.js';
import { ledgerCsv } from './ledger-csv.js';

const LEDGER_CSV_MAX_ROWS = 50_000;

export function registerLedgerRoutes(app: App, deps: AppDeps): void {
  app.get(
    '/api/ledger',
    {
      schema: {
        tags: ['ledger'],
        summary:
          '«Κίνηση ωρών»: every movement of hours, newest first (company_admin and staff: all; member: own tickets)',
        querystring: ledgerQuerySchema,
        response: { 200: ledgerListSchema },
      },
    },
    async (request) => listLedger(deps.db, requireActor(request), request.query),
  );

  app.get(
    '/api/ledger.csv',
    {
      schema: {
        tags: ['ledger'],
        summary: `«Κίνηση ωρών» as CSV (the same filters; up to ${LEDGER_CSV_MAX_ROWS} rows)`,
        querystring: ledgerQuerySchema.omit({ page: true, pageSize: true }),
      },
    },
    async (request, reply) => {
      const signedIn = requireSignedIn(request);
      const { items, timeZone } = await listLedgerForExport(
        deps.db,
        requireActor(request),
        request.query,
        LEDGER_CSV_MAX_ROWS,
      );
      return reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', 'attachment; filename="hours-ledger.csv"')
        .send(ledgerCsv(items, signedIn.user.locale, timeZone));
    },
  );

  app.get(
    '/api/ledger/:id',
    {
      schema: {
        tags: ['ledger'],
        summary: 'One ledger line with its dispute',
        params: ledgerEntryParamsSchema,
        response: { 200: ledgerEntrySchema },
      },
    },
    async (request) => findLedgerEntry(deps.db, requireActor(request), request.params.id),
  );

  app.post(
    '/api/companies/:id/ledger/adjustments',
    {
      schema: {
        tags: ['ledger'],
        summary: 'Staff: add or remove minutes by hand in a period, with a reason',
        params: z.object({ id: z.uuid('invalid_format') }),
        body: adjustmentRequestSchema,
        response: { 201: ledgerEntrySchema },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const line = await adjustHours(
        deps.db,
        actor,
        request.params.id,
        request.body,
        requestContext(request),
      );
      return reply.status(201).send(await findLedgerEntry(deps.db, actor, line.id));
    },
  );

  app.post(
    '/api/ledger/:id/dispute',
    {
      schema: {
        tags: ['ledger'],
        summary: '«Αμφισβήτηση» (company_admin): question a line; 409 dispute_exists',
        params: ledgerEntryParamsSchema,
        body: openDisputeRequestSchema,
        response: { 201: ledgerEntrySchema },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      await openDispute(
        deps.db,
        actor,
        request.params.id,
        request.body.comment,
        requestContext(request),
      );
      return reply.status(201).send(await findLedgerEntry(deps.db, actor, request.params.id));
    },
  );

  app.get(
    '/api/disputes',
    {
      schema: {
        tags: ['ledger'],
        summary: 'Staff: disputes of every company by status, open ones oldest first',
        querystring: z.object({ status: z.enum(DISPUTE_STATUSES).default('open') }),
        response: { 200: disputeQueueSchema },
      },
    },
    async (request) => listDisputeQueue(deps.db, requireActor(request), request.query.status),
  );

  app.post(
    '/api/disputes/:id/messages',
    {
      schema: {
        tags: ['ledger'],
        summary: "A message in an open dispute's thread; 409 dispute_closed",
        params: disputeParamsSchema,
        body: disputeMessageRequestSchema,
      },
    },
    async (request, reply) => {
      await replyToDispute(deps.db, requireActor(request), request.params.id, request.body.body);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/disputes/:id/resolve',
    {
      schema: {
        tags: ['ledger'],
        summary: 'Staff: correct the disputed line (a new adjustment line) or explain it',
        params: disputeParamsSchema,
        body: resolveDisputeRequestSchema,
      },
    },
    async (request, reply) => {
      await resolveDispute(
        deps.db,
        requireActor(request),
        request.params.id,
        request.body,
        requestContext(request),
      );
      return reply.status(204).send(null);
    },
  );
}
