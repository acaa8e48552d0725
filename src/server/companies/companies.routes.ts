import { companyListSchema, companySchema, idParamsSchema } from '../../shared/api/companies.js';
import type { AppDeps } from '../app-deps.js';
import { requireActor } from '../auth/auth.plugin.js';
import { notFound } from '../http/errors.js';
import type { App } from '../http/types.js';
import { authorize } from '../policies/authorize.js';
import { findCompanyById, listCompanies } from './companies.repository.js';
import { presentCompany } from './company.presenter.js';

export function registerCompanyRoutes(app: App, deps: AppDeps): void {
  app.get(
    '/api/companies',
    {
      schema: {
        tags: ['companies'],
        summary: 'All customer companies (staff)',
        response: { 200: companyListSchema },
      },
    },
    async (request) => {
      authorize(requireActor(request), 'company.list', null);
      return { items: (await listCompanies(deps.db)).map(presentCompany) };
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
      const actor = requireActor(request);
      // Asked before the read, so a customer learns nothing about other companies' ids.
      authorize(actor, 'company.view', { id: request.params.id });
      const company = await findCompanyById(deps.db, request.params.id);
      if (!company) throw notFound();
      return presentCompany(company);
    },
  );
}
