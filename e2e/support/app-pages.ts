/**
 * Every page of the app, by who sees it: the journeys that walk them all (fits the
 * screen, tap targets) read these lists, so a new page is added once and checked by all.
 */

/** A visitor's pages; the token pages show their "link not valid" state. */
export const VISITOR_PAGES = [
  '/',
  '/login',
  '/forgot-password',
  '/invitation/not-a-real-token-000',
  '/rate/not-a-real-token-000',
];

/** A company_admin's pages, with one of the company's tickets. */
export function customerPages(ticketNumber: number): string[] {
  return [
    '/',
    '/tickets',
    '/tickets/new',
    `/tickets/${ticketNumber}`,
    '/tasks',
    '/hours',
    '/hours/statements',
    '/company/contacts',
    '/company/contacts/new',
    '/company/edit',
    '/profile',
  ];
}

/** An admin's pages, with a ticket and a company to open. */
export function staffPages(ticketNumber: number, companyId: string): string[] {
  return [
    '/staff',
    '/staff/tickets',
    '/staff/canned-replies',
    '/staff/tickets/new',
    `/tickets/${ticketNumber}`,
    '/staff/companies',
    '/staff/companies/new',
    `/staff/companies/${companyId}`,
    `/staff/companies/${companyId}/dashboard`,
    '/staff/packages',
    '/staff/inbound',
    '/staff/disputes',
    '/staff/ratings',
    '/staff/users',
    '/staff/audit',
    '/staff/emails',
    '/staff/mailboxes',
    '/staff/api-tokens',
    '/staff/sso',
    '/staff/webhooks',
    '/tasks',
    '/profile',
  ];
}
