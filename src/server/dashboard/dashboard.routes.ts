import { dashboardQuerySchema, dashboardSchema } from '../../shared/api/dashboard.js';
import type { AppDeps } from '../app-deps.js';
import { requireActor } from '../auth/auth.plugin.js';
import type { App } from '../http/types.js';
import { getDashboard } from './dashboard.service.js';

export function registerDashboardRoutes(app: App, deps: AppDeps): void {
  app.get(
    '/api/dashboard',
    {
      schema: {
        tags: ['dashboard'],
        summary:
          "A company's central screen: packages and hours, running and past tasks, usage per month, late corrections",
        querystring: dashboardQuerySchema,
        response: { 200: dashboardSchema },
      },
    },
    async (request) => getDashboard(deps.db, requireActor(request), request.query.companyId),
  );
}
