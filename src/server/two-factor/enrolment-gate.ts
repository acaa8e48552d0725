import { AppError } from '../http/errors.js';
import type { App } from '../http/types.js';

// What a staff member who must set up a second factor may still do.
const OPEN_WHILE_ENROLLING = new Set([
  'GET /api/me',
  'POST /api/auth/logout',
  'POST /api/auth/reauthenticate',
]);

/**
 * While the admin requires a second factor of staff, a staff member without one
 * gets nothing from the API but enrolment, logout and /me: a 403 with
 * `two_factor_enrolment_required`, which the web app answers by opening enrolment.
 */
export function registerEnrolmentGate(app: App): void {
  app.addHook('onRequest', async (request) => {
    if (!request.signedIn?.mustEnrolSecondFactor) return;
    const route = request.routeOptions.url ?? '';
    if (route.startsWith('/api/me/two-factor')) return;
    if (OPEN_WHILE_ENROLLING.has(`${request.method} ${route}`)) return;
    if (!route.startsWith('/api/')) return;
    throw new AppError(
      403,
      'two_factor_enrolment_required',
      'Set up a second factor first (an authenticator app or a passkey)',
    );
  });
}
