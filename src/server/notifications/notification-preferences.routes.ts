import {
  notificationPreferencesSchema,
  updateNotificationPreferencesSchema,
} from '../../shared/api/notifications.js';
import type { AppDeps } from '../app-deps.js';
import { requireSignedIn } from '../auth/auth.plugin.js';
import type { App } from '../http/types.js';
import {
  getNotificationPreferences,
  updateNotificationPreferences,
} from './notification-preferences.service.js';

export function registerNotificationPreferenceRoutes(app: App, deps: AppDeps): void {
  app.get(
    '/api/me/notifications',
    {
      schema: {
        tags: ['me'],
        summary: 'Which notification emails one gets',
        response: { 200: notificationPreferencesSchema },
      },
    },
    async (request) => getNotificationPreferences(deps.db, requireSignedIn(request).user.id),
  );

  app.patch(
    '/api/me/notifications',
    {
      schema: {
        tags: ['me'],
        summary: 'Switch notification emails on or off (security emails always go)',
        body: updateNotificationPreferencesSchema,
        response: { 200: notificationPreferencesSchema },
      },
    },
    async (request) =>
      updateNotificationPreferences(deps.db, requireSignedIn(request).user.id, request.body),
  );
}
