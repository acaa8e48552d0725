import { idParamsSchema } from '../../shared/api/companies.js';
import {
  packageListSchema,
  packageRequestSchema,
  packageSchema,
  packageUpdateSchema,
  subscriptionListSchema,
  subscriptionRequestSchema,
  subscriptionSchema,
  subscriptionUpdateSchema,
} from '../../shared/api/packages.js';
import type { AppDeps } from '../app-deps.js';
import { requireActor } from '../auth/auth.plugin.js';
import { requestContext } from '../http/request-context.js';
import type { App } from '../http/types.js';
import { authorize } from '../policies/authorize.js';
import { presentPackage, presentSubscription } from './package.presenter.js';
import {
  findSubscription,
  listPackages,
  listSubscriptionsOfCompany,
} from './packages.repository.js';
import {
  changeSubscription,
  createPackage,
  editPackage,
  subscribeCompany,
} from './packages.service.js';

export function registerPackageRoutes(app: App, deps: AppDeps): void {
  app.get(
    '/api/packages',
    {
      schema: {
        tags: ['packages'],
        summary: 'The package catalog (staff)',
        response: { 200: packageListSchema },
      },
    },
    async (request) => {
      authorize(requireActor(request), 'package.list', null);
      return { items: (await listPackages(deps.db)).map(presentPackage) };
    },
  );

  app.post(
    '/api/packages',
    {
      schema: {
        tags: ['packages'],
        summary: 'Add a package (admin)',
        body: packageRequestSchema,
        response: { 201: packageSchema },
      },
    },
    async (request, reply) => {
      const row = await createPackage(
        deps.db,
        requireActor(request),
        request.body,
        requestContext(request),
      );
      return reply.status(201).send(presentPackage(row));
    },
  );

  app.patch(
    '/api/packages/:id',
    {
      schema: {
        tags: ['packages'],
        summary: 'Edit or retire (isActive: false) a package (admin)',
        params: idParamsSchema,
        body: packageUpdateSchema,
        response: { 200: packageSchema },
      },
    },
    async (request) =>
      presentPackage(
        await editPackage(
          deps.db,
          requireActor(request),
          request.params.id,
          request.body,
          requestContext(request),
        ),
      ),
  );

  app.get(
    '/api/companies/:id/subscriptions',
    {
      schema: {
        tags: ['packages'],
        summary: "A company's packages (staff; customers their own company's)",
        params: idParamsSchema,
        response: { 200: subscriptionListSchema },
      },
    },
    async (request) => {
      authorize(requireActor(request), 'company.view', { id: request.params.id });
      return {
        items: (await listSubscriptionsOfCompany(deps.db, request.params.id)).map(
          presentSubscription,
        ),
      };
    },
  );

  app.post(
    '/api/companies/:id/subscriptions',
    {
      schema: {
        tags: ['packages'],
        summary: 'Give a company a package (admin)',
        params: idParamsSchema,
        body: subscriptionRequestSchema,
        response: { 201: subscriptionSchema },
      },
    },
    async (request, reply) => {
      const id = await subscribeCompany(
        deps.db,
        requireActor(request),
        request.params.id,
        request.body,
        requestContext(request),
      );
      return reply.status(201).send(presentSubscription((await findSubscription(deps.db, id))!));
    },
  );

  app.patch(
    '/api/subscriptions/:id',
    {
      schema: {
        tags: ['packages'],
        summary: 'Pause, end, or change a subscription (admin)',
        params: idParamsSchema,
        body: subscriptionUpdateSchema,
        response: { 200: subscriptionSchema },
      },
    },
    async (request) => {
      await changeSubscription(
        deps.db,
        requireActor(request),
        request.params.id,
        request.body,
        requestContext(request),
      );
      return presentSubscription((await findSubscription(deps.db, request.params.id))!);
    },
  );
}
