import { meSchema, updateMeRequestSchema } from '../../shared/api/users.js';
import type { AppDeps } from '../app-deps.js';
import { requireSignedIn } from '../auth/auth.plugin.js';
import type { App } from '../http/types.js';
import { presentMe } from './me.presenter.js';
import { updateUser } from './users.repository.js';

export function registerMeRoutes(app: App, deps: AppDeps): void {
  app.get(
    '/api/me',
    { schema: { tags: ['me'], summary: 'The signed-in user', response: { 200: meSchema } } },
    async (request) => presentMe(requireSignedIn(request)),
  );

  app.patch(
    '/api/me',
    {
      schema: {
        tags: ['me'],
        summary: "Change the signed-in user's own settings",
        body: updateMeRequestSchema,
        response: { 200: meSchema },
      },
    },
    async (request) => {
      const signedIn = requireSignedIn(request);
      const user = await updateUser(deps.db, signedIn.user.id, request.body);
      return presentMe({ ...signedIn, user: user! });
    },
  );
}
