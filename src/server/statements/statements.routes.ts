import { z } from 'zod';
import {
  issueStatementRequestSchema,
  statementListQuerySchema,
  statementListSchema,
  statementParamsSchema,
  statementSchema,
} from '../../shared/api/statements.js';
import type { AppDeps } from '../app-deps.js';
import { requireActor, requireSignedIn } from '../auth/auth.plugin.js';
import type { App } from '../http/types.js';
import { statementCsv } from './statement-csv.js';
import { statementPdf } from './statement-pdf.js';
import { findStatement, issueStatementNow, listStatements } from './statements.service.js';

const fileName = (statement: { figures: { periodStartDate: string } }, ext: string) =>
  `statement-${statement.figures.periodStartDate}.${ext}`;

export function registerStatementRoutes(app: App, deps: AppDeps): void {
  app.get(
    '/api/statements',
    {
      schema: {
        tags: ['statements'],
        summary: "A company's statements, newest first (company_admin and staff)",
        querystring: statementListQuerySchema,
        response: { 200: statementListSchema },
      },
    },
    async (request) => listStatements(deps.db, requireActor(request), request.query.companyId),
  );

  app.get(
    '/api/statements/:id',
    {
      schema: {
        tags: ['statements'],
        summary: 'One statement, its figures as issued',
        params: statementParamsSchema,
        response: { 200: statementSchema },
      },
    },
    async (request) => findStatement(deps.db, requireActor(request), request.params.id),
  );

  app.get(
    '/api/statements/:id/pdf',
    {
      schema: {
        tags: ['statements'],
        summary: "A statement as PDF, in the reader's language",
        params: statementParamsSchema,
      },
    },
    async (request, reply) => {
      const statement = await findStatement(deps.db, requireActor(request), request.params.id);
      const locale = requireSignedIn(request).user.locale;
      const pdf = await statementPdf(statement.figures, new Date(statement.issuedAt), locale);
      return reply
        .header('content-type', 'application/pdf')
        .header('content-disposition', `attachment; filename="${fileName(statement, 'pdf')}"`)
        .send(pdf);
    },
  );

  app.get(
    '/api/statements/:id/csv',
    {
      schema: {
        tags: ['statements'],
        summary: "A statement as CSV, in the reader's language",
        params: statementParamsSchema,
      },
    },
    async (request, reply) => {
      const statement = await findStatement(deps.db, requireActor(request), request.params.id);
      return reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="${fileName(statement, 'csv')}"`)
        .send(statementCsv(statement.figures, requireSignedIn(request).user.locale));
    },
  );

  app.post(
    '/api/subscriptions/:id/statements',
    {
      schema: {
        tags: ['statements'],
        summary:
          'Staff: issue the statement of an ended period now (once); 409 statement_period_open',
        params: z.object({ id: z.uuid('invalid_format') }),
        body: issueStatementRequestSchema,
        response: { 201: statementSchema },
      },
    },
    async (request, reply) => {
      const statement = await issueStatementNow(
        deps.db,
        requireActor(request),
        request.params.id,
        request.body.periodStartDate,
      );
      return reply.status(201).send(statement);
    },
  );
}
