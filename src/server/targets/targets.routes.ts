import { idParamsSchema } from '../../shared/api/companies.js';
import {
  targetBreachesQuerySchema,
  targetBreachesSchema,
  targetFiguresQuerySchema,
  targetFiguresSchema,
} from '../../shared/api/targets.js';
import type { AppDeps } from '../app-deps.js';
import { requireActor } from '../auth/auth.plugin.js';
import type { App } from '../http/types.js';
import { findCompanyBreaches, findTargetFigures } from './target-figures.service.js';

/** The packages' targets met and breached: staff read them per package and per company. */
export function registerTargetRoutes(app: App, deps: AppDeps): void {
  app.get(
    '/api/packages/:id/target-figures',
    {
      schema: {
        tags: ['packages'],
        summary: "A package's targets met and breached per month (staff)",
        params: idParamsSchema,
        querystring: targetFiguresQuerySchema,
        response: { 200: targetFiguresSchema },
      },
    },
    async (request) =>
      findTargetFigures(
        deps.db,
        requireActor(request),
        request.params.id,
        request.query.months,
        new Date(),
      ),
  );

  app.get(
    '/api/companies/:id/target-breaches',
    {
      schema: {
        tags: ['companies'],
        summary: "A company's missed targets in a month (staff)",
        params: idParamsSchema,
        querystring: targetBreachesQuerySchema,
        response: { 200: targetBreachesSchema },
      },
    },
    async (request) =>
      findCompanyBreaches(
        deps.db,
        requireActor(request),
        request.params.id,
        request.query.month,
        new Date(),
      ),
  );
}
