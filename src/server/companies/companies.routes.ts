import {
  archiveRequestSchema,
  companyDetailsSchema,
  companyListQuerySchema,
  companyListSchema,
  companySchema,
  idParamsSchema,
} from '../../shared/api/companies.js';
import type { AppDeps } from '../app-deps.js';
import { requireActor } from '../auth/auth.plugin.js';
import { notFound } from '../http/errors.js';
import { requestContext } from '../http/request-context.js';
import type { App } from '../http/types.js';
import { authorize } from '../policies/authorize.js';
import { findCompanyById, listCompanies } from './companies.repository.js';
import { createCompany, setCompanyArchived, updateCompanyDetails } from './companies.service.js';
import { presentCompany } from './company.presenter.js';
import { usageOfCompanies } from './company-usage.service.js';

export function registerCompanyRoutes(app: App, deps: AppDeps): void {
  app.get(
    '/api/companies',
    {
      schema: {
        tags: ['companies'],
        summary: 'Customer companies, searched by name or ΑΦΜ (staff)',
        querystring: companyListQuerySchema,
        response: { 200: companyListSchema },
      },
    },
    async (request) => {
      authorize(requireActor(request), 'company.list', null);
      const { q, archived } = request.query;
      const rows = await listCompanies(deps.db, { archived, ...(q ? { search: q } : {}) });
      const usage = await usageOfCompanies(
        deps.db,
        rows.map((row) => row.id),
        new Date(),
      );
      return {
        items: rows.map((row) => ({ ...presentCompany(row), usage: usage.get(row.id) ?? null })),
      };
    },
  );

  app.post(
    '/api/companies',
    {
      schema: {
        tags: ['companies'],
        summary: 'Add a customer company (staff)',
        body: companyDetailsSchema,
        response: { 201: companySchema },
      },
    },
    async (request, reply) => {
      const company = await createCompany(
        deps.db,
        requireActor(request),
        request.body,
        requestContext(request),
      );
      return reply.status(201).send(presentCompany(company));
    },
  );

  app.get(
    '/api/companies/:id',
    {
      schema: {
        tags: ['companies'],
        summary: 'One company: staff see any, customers only their own',
        params: idParamsSchema,
        response: { 200: companySchema },
      },
    },
    async (request) => {
      // Asked before the read, so a customer learns nothing about other companies' ids.
      authorize(requireActor(request), 'company.view', { id: request.params.id });
      const company = await findCompanyById(deps.db, request.params.id);
      if (!company) throw notFound();
      return presentCompany(company);
    },
  );

  app.put(
    '/api/companies/:id',
    {
      schema: {
        tags: ['companies'],
        summary:
          "Edit a company's details (its company_admins, staff); old and new values go to the audit log",
        params: idParamsSchema,
        body: companyDetailsSchema,
        response: { 200: companySchema },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const company = await updateCompanyDetails(
        deps.db,
        actor,
        request.params.id,
        request.body,
        requestContext(request),
      );
      return presentCompany(company);
    },
  );

  app.post(
    '/api/companies/:id/archive',
    {
      schema: {
        tags: ['companies'],
        summary: 'Archive a company (its people can no longer log in) or restore it (staff)',
        params: idParamsSchema,
        body: archiveRequestSchema,
        response: { 200: companySchema },
      },
    },
    async (request) => {
      const { id } = request.params;
      const actor = requireActor(request);
      const company = await setCompanyArchived(
        deps.db,
        actor,
        id,
        request.body.isArchived,
        requestContext(request),
      );
      return presentCompany(company);
    },
  );
}
