import { z } from 'zod';
import { endNotBeforeStart, localDateInputSchema } from '../input-dates.js';

/** Every action the server records in the audit log, `<kind>.<what>`; the web app words each one. */
export const AUDIT_ACTIONS = [
  'auth.login',
  'auth.login_failed',
  'auth.logout',
  'auth.session_ended',
  'auth.other_sessions_ended',
  'auth.password_reset_requested',
  'auth.password_reset',
  'auth.sso_login',
  'auth.sso_login_refused',
  'auth.sso_settings_updated',
  'setup.completed',
  'company.created',
  'company.updated',
  'company.archived',
  'company.restored',
  'contact.created',
  'contact.updated',
  'contact.deactivated',
  'contact.invitation_resent',
  'contact.invitation_revoked',
  'staff.invited',
  'staff.updated',
  'staff.deactivated',
  'staff.invitation_resent',
  'staff.invitation_revoked',
  'user.invitation_accepted',
  'user.password_changed',
  'user.email_change_requested',
  'user.email_changed',
  'user.profile_updated',
  'package.created',
  'package.updated',
  'package.retired',
  'subscription.created',
  'subscription.updated',
  'task.created',
  'task.started',
  'task.stopped',
  'task.updated',
  'task.deleted',
  'ticket.created',
  'ticket.status_changed',
  'ticket.reopened',
  'ticket.closed',
  'ticket.package_chosen',
  'mailbox.created',
  'mailbox.updated',
  'mailbox.deleted',
  'webhook.created',
  'webhook.updated',
  'webhook.deleted',
  'webhook.secret_viewed',
  'webhook.secret_rotated',
  'canned_reply.created',
  'canned_reply.updated',
  'canned_reply.deleted',
  'inbound_email.attached',
  'inbound_email.rejected',
  'inbound_email.retried',
  'ledger.adjusted',
  'ledger.disputed',
  'ledger.dispute_resolved',
  'api_token.created',
  'api_token.revoked',
  'api_token.write',
  'auth.second_factor_failed',
  'auth.reauthenticated',
  'auth.reauthentication_failed',
  'two_factor.totp_enabled',
  'two_factor.totp_removed',
  'two_factor.recovery_codes_regenerated',
  'two_factor.recovery_code_used',
  'two_factor.passkey_added',
  'two_factor.passkey_removed',
  'two_factor.reset',
  'settings.security_updated',
  'estimate.created',
  'estimate.approved',
  'estimate.declined',
  'estimate.withdrawn',
  'company.ticket_cap_updated',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** What an entry is about (`entityType`). */
export const AUDIT_ENTITY_TYPES = [
  'company',
  'package',
  'subscription',
  'task',
  'ticket',
  'user',
  'mailbox',
  'webhook',
  'inbound_email',
  'ledger_entry',
  'api_token',
  'canned_reply',
  'estimate',
] as const;

const auditFilters = z.object({
  companyId: z.uuid().optional(),
  userId: z.uuid().optional(),
  /** An action or its kind: 'auth' matches auth.login, auth.logout … */
  action: z.string().trim().max(60).optional(),
  from: localDateInputSchema.optional(),
  to: localDateInputSchema.optional(),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
export const auditQuerySchema = auditFilters.superRefine(endNotBeforeStart('from', 'to'));
/** The CSV export takes the same filters, without pages. */
export const auditExportQuerySchema = auditFilters
  .omit({ page: true, pageSize: true })
  .superRefine(endNotBeforeStart('from', 'to'));

export const auditEntrySchema = z.object({
  id: z.number(),
  createdAt: z.iso.datetime(),
  action: z.string(),
  actor: z.object({ id: z.uuid(), name: z.string(), email: z.string() }).nullable(),
  company: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  /** The API token the actor acted through («μέσω κλειδιού “Τιμολόγηση”»), if any. */
  apiToken: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  entityType: z.string().nullable(),
  entityId: z.string().nullable(),
  /** The entity in words as it is now: a person's or company's name, a package, a task's description; null when it no longer exists. */
  entityName: z.string().nullable(),
  /** For a task: its ticket's number. */
  entityTicketNumber: z.number().int().nullable(),
  data: z.record(z.string(), z.unknown()).nullable(),
  ip: z.string().nullable(),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;

export const auditListSchema = z.object({
  items: z.array(auditEntrySchema),
  total: z.number(),
  page: z.number(),
  pageSize: z.number(),
});
