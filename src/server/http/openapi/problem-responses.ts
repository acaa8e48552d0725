/**
 * Which problem+json answers each operation can really give, added to the document
 * in one place instead of by hand in every route. Most follow from what the
 * server does to every request; the rest are listed by operationId.
 */

/** Operations anyone may call: no session or token. Keyed by `METHOD /path`. */
export const PUBLIC_OPERATIONS = new Set([
  'GET /api/health',
  'GET /api/session',
  'GET /api/health/live',
  'GET /api/health/ready',
  'GET /api/setup',
  'POST /api/setup',
  'POST /api/auth/login',
  'POST /api/auth/password-reset',
  'POST /api/auth/password-reset/check',
  'POST /api/auth/password-reset/confirm',
  'POST /api/auth/email-change/confirm',
  'GET /api/invitations/{token}',
  'GET /api/rating-links/{token}',
  'POST /api/rating-links/{token}',
  'GET /api/estimate-links/{token}',
  'POST /api/estimate-links/{token}',
  'POST /api/invitations/{token}/accept',
  'GET /api/auth/sso',
  'GET /api/auth/sso/start',
  'GET /api/auth/sso/callback',
]);

/** Statuses a service answers for its own rules (409 conflicts, 410, 422 …), by operationId. */
const RULE_STATUSES: Record<string, number[]> = {
  getHealth: [],
  completeSetup: [409],
  logIn: [401],
  checkPasswordReset: [410],
  confirmPasswordReset: [410],
  updateMe: [409],
  createCompanyContact: [409],
  updateCompanyContact: [409],
  createCompanyContactInvitation: [409],
  createStaffUser: [409],
  updateStaffUser: [409],
  createStaffUserInvitation: [409],
  getInvitation: [410],
  acceptInvitation: [409, 410],
  createTicket: [409, 422],
  createTicketMessage: [409, 422],
  createTicketParticipant: [422],
  updateTicket: [409],
  startTicketTask: [409],
  createTicketTask: [409],
  stopTask: [409],
  updateTask: [409],
  retryAdminEmail: [409],
  updateMailbox: [409],
  deleteMailbox: [409],
  pollMailbox: [409],
  attachInboundEmail: [409],
  rejectInboundEmail: [409],
  retryInboundEmail: [409],
  createLedgerDispute: [409],
  createDisputeMessage: [409],
  resolveDispute: [409],
  createSubscriptionStatement: [409],
  // Two-step verification: an app already set up, or none to remove or renew codes for.
  createMyTwoFactorTotp: [409],
  confirmMyTwoFactorTotp: [409],
  deleteMyTwoFactorTotp: [409],
  createMyTwoFactorRecoveryCode: [409],
  // Email change: the address is another user's; the link was used, replaced or expired.
  requestEmailChange: [409],
  confirmEmailChange: [409, 410],
  // Rating: the ticket is not closed (or was reopened), the closing was rated; a dead link.
  rateTicket: [409],
  rateByLink: [409, 410],
  // «Αγορά επιπλέον ωρών»: a retired block of the catalogue; a request already decided.
  requestHourBlock: [409],
  confirmHourBlock: [409],
  declineHourBlock: [409],
  // Estimates: below the work done, already decided or withdrawn, a cap below an open ticket's work.
  createTicketEstimate: [409],
  decideEstimate: [409],
  decideEstimateByLink: [409, 410],
  withdrawEstimate: [409],
  setCompanyTicketCap: [409],
};

export interface OperationFacts {
  method: string;
  path: string;
  operationId: string;
  hasInput: boolean;
  hasBody: boolean;
  /** It names another thing by id (a `companyId` in the query, a `packageId` in the body …). */
  refersById: boolean;
}

/** The error statuses an operation documents, in order. */
export function problemStatusesOf(operation: OperationFacts): number[] {
  const statuses = new Set<number>(RULE_STATUSES[operation.operationId] ?? []);
  const isPublic = PUBLIC_OPERATIONS.has(`${operation.method.toUpperCase()} ${operation.path}`);
  if (operation.hasInput) statuses.add(400);
  if (!isPublic) statuses.add(401).add(403);
  // The same-origin check refuses any state-changing request from another site.
  if (operation.method.toUpperCase() !== 'GET') statuses.add(403);
  if (operation.path.includes('{') || operation.refersById) statuses.add(404);
  if (operation.hasBody) statuses.add(413).add(415);
  // Every API request counts against the rate limit, and the embedded database
  // turns work away with 503 when its queue is full.
  statuses.add(429).add(503);
  return [...statuses].sort((a, b) => a - b);
}

/** Shared response objects (components.responses), one per status. */
export const PROBLEM_RESPONSES: Record<number, { name: string; description: string }> = {
  400: { name: 'BadRequest', description: 'The input is not valid; `errors` names each field.' },
  401: {
    name: 'Unauthenticated',
    description: 'No valid session or token (or wrong credentials).',
  },
  403: {
    name: 'Forbidden',
    description: 'Not allowed for this user, or a state-changing request from another origin.',
  },
  404: { name: 'NotFound', description: 'No such thing, or one this user may not know of.' },
  409: { name: 'Conflict', description: 'The current state does not allow this; see `code`.' },
  410: { name: 'Gone', description: 'The link has expired.' },
  413: { name: 'ContentTooLarge', description: 'The body or file is too large.' },
  415: { name: 'UnsupportedMediaType', description: 'The body is not of a type this accepts.' },
  422: { name: 'Unprocessable', description: 'Understood but cannot be done as asked.' },
  429: {
    name: 'TooManyRequests',
    description: 'Too many requests; `retryAfterSeconds` and Retry-After say when to try again.',
  },
  503: { name: 'ServiceUnavailable', description: 'The server is busy or its database is down.' },
};
