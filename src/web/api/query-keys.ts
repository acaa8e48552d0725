import type { TicketListQuery } from '../../shared/api/tickets';

/** Every TanStack Query key of the app, in one place so invalidation stays consistent. */
export const queryKeys = {
  setupStatus: ['setup-status'] as const,
  me: ['me'] as const,
  notificationPreferences: ['me', 'notifications'] as const,
  mySessions: ['me', 'sessions'] as const,
  myApiTokens: ['me', 'api-tokens'] as const,
  serviceTokens: ['service-tokens'] as const,
  company: (id: string) => ['companies', id] as const,
  /** Every query about companies: their lists, each one, its contacts and subscriptions. */
  companiesAll: ['companies'] as const,
  companies: ['companies', 'list'] as const,
  companySubscriptions: (id: string) => ['companies', id, 'subscriptions'] as const,
  /** The staff list with its filters (under `companies`, so invalidating that refreshes it). */
  companyList: (filter: { q?: string; archived: string }) => ['companies', 'list', filter] as const,
  contacts: (companyId: string) => ['companies', companyId, 'contacts'] as const,
  staffMembers: ['staff-members'] as const,
  staffUsers: ['staff-users'] as const,
  audit: (query: Record<string, string | number | undefined>) => ['audit', query] as const,
  invitation: (token: string) => ['invitation', token] as const,
  tickets: {
    all: ['tickets'] as const,
    lists: ['tickets', 'list'] as const,
    list: (query: TicketListQuery) => ['tickets', 'list', query] as const,
    detail: (number: number) => ['tickets', 'detail', number] as const,
    formOptions: ['tickets', 'form-options'] as const,
    /** Staff opening a ticket for a contact of this company. */
    formOptionsFor: (companyId: string) => ['tickets', 'form-options', companyId] as const,
  },
  tasks: {
    all: ['tasks'] as const,
    ofTicket: (number: number) => ['tasks', 'ticket', number] as const,
    running: ['tasks', 'running'] as const,
    list: (query: Record<string, string | number | undefined>) => ['tasks', 'list', query] as const,
  },
  /** A company's central screen; a customer's own is under 'own'. */
  dashboard: {
    all: ['dashboard'] as const,
    of: (companyId: string | undefined) => ['dashboard', companyId ?? 'own'] as const,
  },
  packages: ['packages'] as const,
  /** «Γραμματοκιβώτια» (admin): the mailboxes read over IMAP. */
  mailboxes: ['mailboxes'] as const,
  /** Single sign-on: whether the login page shows its button, and the admin's settings. */
  ssoOption: ['sso', 'option'] as const,
  ssoSettings: ['sso', 'settings'] as const,
  /** «Εισερχόμενα προς έλεγχο»: held and failed mails, and the console's count of them. */
  inbound: {
    all: ['inbound-emails'] as const,
    summary: ['inbound-emails', 'summary'] as const,
    list: (status: 'held' | 'failed') => ['inbound-emails', 'list', status] as const,
  },
  /** «Κίνηση ωρών», disputes and statements. */
  ledger: {
    all: ['ledger'] as const,
    list: (query: Record<string, string | number | undefined>) =>
      ['ledger', 'list', query] as const,
    disputes: (status: string) => ['ledger', 'disputes', status] as const,
    statements: (companyId: string | undefined) =>
      ['ledger', 'statements', companyId ?? 'own'] as const,
  },
  uploadLimits: ['uploads', 'limits'] as const,
};
