import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  bigint,
  bigserial,
  boolean,
  date,
  index,
  inet,
  integer,
  jsonb,
  numeric,
  pgEnum,
  pgSequence,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { MAIL_TRANSPORTS, OUTBOX_EMAIL_STATUSES } from '../../shared/api/emails.js';
import { ESTIMATE_STATUSES } from '../../shared/api/estimates.js';
import { HOUR_BLOCK_STATUSES } from '../../shared/api/hour-blocks.js';
import {
  INBOUND_EMAIL_OUTCOMES,
  INBOUND_EMAIL_STATUSES,
  MAILBOX_SECURITIES,
  MAILBOX_SOURCES,
} from '../../shared/api/mailboxes.js';
import { RATING_VALUES } from '../../shared/api/ticket-ratings.js';
import { WEBHOOK_DELIVERY_STATUSES } from '../../shared/api/webhooks.js';
import { DEFAULT_TIME_ZONE } from '../../shared/hours/hours.types.js';
import { WORK_MULTIPLIERS } from '../../shared/hours/work-multipliers.js';
import { DISPUTE_STATUSES, LEDGER_KINDS } from '../../shared/ledger/ledger-kinds.js';
import { LOCALES, ROLES } from '../../shared/roles.js';
import {
  TICKET_EVENT_KINDS,
  TICKET_PRIORITIES,
  TICKET_STATUSES,
} from '../../shared/tickets/ticket-status.js';
import { instant } from './instant-column.js';

const timestamps = {
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
};

export const roleEnum = pgEnum('user_role', ROLES);
export const localeEnum = pgEnum('locale', LOCALES);

/** A customer business (Επιχείρηση). Every customer-owned row carries its id. */
export const companies = pgTable(
  'companies',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    legalName: text('legal_name').notNull(),
    tradeName: text('trade_name'),
    vatNumber: text('vat_number'),
    taxOffice: text('tax_office'),
    activity: text('activity'),
    address: text('address'),
    city: text('city'),
    postalCode: text('postal_code'),
    phone: text('phone'),
    email: text('email'),
    website: text('website'),
    timeZone: text('time_zone').notNull().default(DEFAULT_TIME_ZONE),
    /** «Όριο ωρών ανά αίτημα χωρίς έγκριση»: above it, billable work on a ticket needs an approved estimate. */
    ticketCapMinutes: integer('ticket_cap_minutes'),
    archivedAt: timestamp('archived_at', { withTimezone: true }),
    ...timestamps,
  },
  (table) => [index('companies_legal_name_idx').on(table.legalName)],
);

/** Staff and customer contacts alike; customers belong to exactly one company. */
export const users = pgTable(
  'users',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    email: text('email').notNull(),
    passwordHash: text('password_hash'),
    firstName: text('first_name').notNull(),
    lastName: text('last_name').notNull(),
    phone: text('phone'),
    role: roleEnum('role').notNull(),
    companyId: uuid('company_id').references(() => companies.id, { onDelete: 'restrict' }),
    locale: localeEnum('locale').notNull().default('el'),
    isActive: boolean('is_active').notNull().default(true),
    lastLoginAt: timestamp('last_login_at', { withTimezone: true }),
    /**
     * Tickets whose last activity is older than this read as seen (with no ticket_reads
     * row): a new user, or everyone when unread marks arrived, starts with nothing new.
     */
    newsSince: timestamp('news_since', { withTimezone: true }).notNull().defaultNow(),
    ...timestamps,
  },
  (table) => [
    // Emails are unique whatever their case.
    uniqueIndex('users_email_lower_idx').on(sql`lower(${table.email})`),
    index('users_company_idx').on(table.companyId),
  ],
);

/** Server-side sessions; only the SHA-256 of the cookie's token is stored. */
export const sessions = pgTable(
  'sessions',
  {
    id: text('id').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
    ip: inet('ip'),
    userAgent: text('user_agent'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    /**
     * The password was right but the second factor is still to come: such a session
     * opens nothing but the second step, lives minutes, and allows a few tries.
     */
    awaitingSecondFactor: boolean('awaiting_second_factor').notNull().default(false),
    secondFactorAttempts: integer('second_factor_attempts').notNull().default(0),
    /** When the user last proved who they are in this session (login or re-authentication). */
    authenticatedAt: timestamp('authenticated_at', { withTimezone: true }).notNull().defaultNow(),
    /** The WebAuthn challenge this session was last given (a passkey ceremony in progress). */
    webauthnChallenge: text('webauthn_challenge'),
  },
  (table) => [index('sessions_user_idx').on(table.userId)],
);

/** Ιστορικό ενεργειών: who did what, when and from where. Append-only. */
export const auditEntries = pgTable(
  'audit_entries',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    actorUserId: uuid('actor_user_id').references(() => users.id, { onDelete: 'set null' }),
    companyId: uuid('company_id').references(() => companies.id, { onDelete: 'set null' }),
    action: text('action').notNull(),
    entityType: text('entity_type'),
    entityId: text('entity_id'),
    /** For failed logins, the address that was tried (lower-cased), to rate-limit per account. */
    subjectEmail: text('subject_email'),
    /** The API token the change was made with, if any («μέσω κλειδιού»). */
    apiTokenId: uuid('api_token_id').references((): AnyPgColumn => apiTokens.id, {
      onDelete: 'set null',
    }),
    data: jsonb('data').$type<Record<string, unknown>>(),
    ip: inet('ip'),
    userAgent: text('user_agent'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index('audit_entries_created_idx').on(table.createdAt),
    index('audit_entries_company_idx').on(table.companyId, table.createdAt),
    index('audit_entries_actor_idx').on(table.actorUserId, table.createdAt),
    index('audit_entries_login_failures_idx')
      .on(table.subjectEmail, table.createdAt)
      .where(sql`${table.action} = 'auth.login_failed'`),
  ],
);

/**
 * API tokens («Κλειδιά API»): only the SHA-256 of the secret is stored. A token acts
 * as `userId` with at most `role` (null: the user's own role), narrowed by `scopes`.
 */
export const apiTokens = pgTable(
  'api_tokens',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: text('kind', { enum: ['personal', 'service'] }).notNull(),
    name: text('name').notNull(),
    secretHash: text('secret_hash').notNull(),
    /** The secret's first characters, shown to recognise it. */
    prefix: text('prefix').notNull(),
    scopes: jsonb('scopes').$type<string[]>().notNull(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    role: roleEnum('role'),
    createdById: uuid('created_by_id').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    lastUsedAt: timestamp('last_used_at', { withTimezone: true }),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    revokedById: uuid('revoked_by_id').references(() => users.id, { onDelete: 'set null' }),
  },
  (table) => [
    uniqueIndex('api_tokens_secret_hash_idx').on(table.secretHash),
    index('api_tokens_user_idx').on(table.userId, table.createdAt),
  ],
);

export const periodKindEnum = pgEnum('period_kind', ['monthly', 'yearly', 'one_off']);
export const subscriptionStatusEnum = pgEnum('subscription_status', ['active', 'paused', 'ended']);

/** Πακέτο support: a catalog item the support company sells. */
export const packages = pgTable('packages', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull(),
  description: text('description'),
  hoursPerPeriod: numeric('hours_per_period', { precision: 8, scale: 2, mode: 'number' }).notNull(),
  periodKind: periodKindEnum('period_kind').notNull(),
  billingIncrementMinutes: integer('billing_increment_minutes').notNull().default(15),
  /** Euros per overage hour; null = overage is not priced. */
  overageRatePerHour: numeric('overage_rate_per_hour', { precision: 10, scale: 2, mode: 'number' }),
  isActive: boolean('is_active').notNull().default(true),
  /** Targets in business hours (null: the package promises none); see src/shared/targets. */
  firstResponseTargetHours: numeric('first_response_target_hours', {
    precision: 7,
    scale: 2,
    mode: 'number',
  }),
  resolutionTargetHours: numeric('resolution_target_hours', {
    precision: 7,
    scale: 2,
    mode: 'number',
  }),
  /** The working day targets count, Athens wall clock 'HH:MM' (Monday to Friday, not holidays). */
  businessHoursStart: text('business_hours_start').notNull().default('09:00'),
  businessHoursEnd: text('business_hours_end').notNull().default('17:00'),
  /** How many following periods unused hours stay usable for; 0 = they expire (issue 16). */
  rolloverPeriods: integer('rollover_periods').notNull().default(0),
  /** The most rolled-over hours held at once; null = no cap. */
  rolloverCapHours: numeric('rollover_cap_hours', { precision: 8, scale: 2, mode: 'number' }),
  ...timestamps,
});

/** Ενεργό πακέτο: a package given to a company, which its tickets are charged to. */
export const subscriptions = pgTable(
  'subscriptions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    companyId: uuid('company_id')
      .notNull()
      .references(() => companies.id, { onDelete: 'restrict' }),
    packageId: uuid('package_id')
      .notNull()
      .references(() => packages.id, { onDelete: 'restrict' }),
    startDate: date('start_date', { mode: 'string' }).notNull(),
    endDate: date('end_date', { mode: 'string' }),
    hoursPerPeriodOverride: numeric('hours_per_period_override', {
      precision: 8,
      scale: 2,
      mode: 'number',
    }),
    status: subscriptionStatusEnum('status').notNull().default('active'),
    /** Set: this subscription's own rollover rule (with the cap below) instead of its package's. */
    rolloverPeriodsOverride: integer('rollover_periods_override'),
    rolloverCapHoursOverride: numeric('rollover_cap_hours_override', {
      precision: 8,
      scale: 2,
      mode: 'number',
    }),
    ...timestamps,
  },
  (table) => [index('subscriptions_company_idx').on(table.companyId)],
);

export const ticketStatusEnum = pgEnum('ticket_status', TICKET_STATUSES);
export const ticketPriorityEnum = pgEnum('ticket_priority', TICKET_PRIORITIES);
export const ticketEventKindEnum = pgEnum('ticket_event_kind', TICKET_EVENT_KINDS);

// Ticket numbers are human-friendly (#1001, #1002 …); a sequence keeps them unique under concurrency.
export const ticketNumberSequence = pgSequence('ticket_number_seq', { startWith: 1001 });

/** Αίτημα. What search looks through lives beside it, in `ticket_search`, so its updates stay small. */
export const tickets = pgTable(
  'tickets',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    number: integer('number').notNull().default(sql`nextval('ticket_number_seq')`),
    companyId: uuid('company_id')
      .notNull()
      .references(() => companies.id, { onDelete: 'restrict' }),
    requesterId: uuid('requester_id')
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
    subscriptionId: uuid('subscription_id').references(() => subscriptions.id, {
      onDelete: 'restrict',
    }),
    subject: text('subject').notNull(),
    link: text('link'),
    status: ticketStatusEnum('status').notNull().default('open'),
    priority: ticketPriorityEnum('priority').notNull().default('normal'),
    assigneeId: uuid('assignee_id').references(() => users.id, { onDelete: 'set null' }),
    /** Came by email while the company had several active packages: staff choose which to charge. */
    needsPackage: boolean('needs_package').notNull().default(false),
    lastActivityAt: timestamp('last_activity_at', { withTimezone: true }).notNull().defaultNow(),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    /**
     * The package's targets as instants, worked out in business time when the ticket,
     * its status or its package changes (src/server/targets), so the queue reads them
     * as plain columns. Null: no target.
     */
    firstResponseDueAt: timestamp('first_response_due_at', { withTimezone: true }),
    /** When staff first answered the customer publicly: the first-response target is met or missed then. */
    firstRespondedAt: timestamp('first_responded_at', { withTimezone: true }),
    /** Moves later by the business time the ticket spent waiting for the customer. */
    resolutionDueAt: timestamp('resolution_due_at', { withTimezone: true }),
    /**
     * The thread as the queue shows it, written with each public message in the same
     * UPDATE as its activity (src/server/tickets/thread-columns.ts), so the queue reads
     * columns instead of walking every listed ticket's messages: when the latest public
     * message was written and by whom, and since when the customer has waited (their
     * first public message after staff's last; null once staff answered).
     */
    lastPublicMessageAt: timestamp('last_public_message_at', { withTimezone: true }),
    lastPublicAuthorId: uuid('last_public_author_id').references(() => users.id, {
      onDelete: 'set null',
    }),
    customerWaitingSince: timestamp('customer_waiting_since', { withTimezone: true }),
    ...timestamps,
  },
  (table) => [
    uniqueIndex('tickets_number_idx').on(table.number),
    // The lists' indexes end in (last_activity_at, number, id, status): the queue's order
    // with its tie-breaker, then what a page of ids needs, so a page (and a deep OFFSET)
    // is read from the index alone (an index-only scan) without fetching skipped rows.
    index('tickets_company_activity_idx').on(
      table.companyId,
      table.lastActivityAt,
      table.number,
      table.id,
      table.status,
    ),
    // A member's own tickets: the company too, so the list's two equalities lead to its
    // order (without it PostgreSQL intersected two indexes and sorted: 28 ms, not 0.3).
    index('tickets_requester_company_activity_idx').on(
      table.requesterId,
      table.companyId,
      table.lastActivityAt,
      table.number,
      table.id,
      table.status,
    ),
    index('tickets_activity_idx').on(table.lastActivityAt, table.number, table.id, table.status),
    // The staff queue's default (every open ticket): closed tickets pile up over the
    // years while the open ones stay few, so the queue's index holds only those.
    index('tickets_open_activity_idx')
      .on(table.lastActivityAt, table.number, table.id)
      .where(sql`${table.status} <> 'closed'`),
    index('tickets_status_activity_idx').on(
      table.status,
      table.lastActivityAt,
      table.number,
      table.id,
    ),
    index('tickets_assignee_idx').on(
      table.assigneeId,
      table.lastActivityAt,
      table.number,
      table.id,
      table.status,
    ),
  ],
);

/**
 * What search looks through, folded with foldForSearch: one row for a ticket's
 * subject (no message) and one per public message, never an internal note's.
 * Only appended to (a subject row is rewritten if the subject ever changes), so a
 * reply never rewrites a large indexed value on the busy `tickets` row. The
 * trigram index has no pending list (fastupdate off): each insert pays its own
 * small index update instead of one unlucky write flushing everyone's.
 */
export const ticketSearch = pgTable(
  'ticket_search',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    ticketId: uuid('ticket_id')
      .notNull()
      .references(() => tickets.id, { onDelete: 'cascade' }),
    /** The ticket's company: a company's pieces are found (or removed) without joining `tickets`. */
    companyId: uuid('company_id').notNull(),
    /** The message this text is from; null for the subject. Goes with its ticket. */
    messageId: uuid('message_id'),
    text: text('text').notNull(),
  },
  (table) => [
    index('ticket_search_ticket_idx').on(table.ticketId),
    uniqueIndex('ticket_search_subject_idx').on(table.ticketId).where(sql`message_id is null`),
    index('ticket_search_text_idx')
      .using('gin', sql`${table.text} gin_trgm_ops`)
      .with({ fastupdate: false }),
  ],
);

/**
 * A reply or new ticket sent with an `Idempotency-Key`: claimed in the write's own
 * transaction, with the answer it got, so a retry after a lost answer gets that
 * answer again instead of posting twice. Keys older than a day are free again.
 */
export const idempotencyKeys = pgTable(
  'idempotency_keys',
  {
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    key: text('key').notNull(),
    /** What was asked (the route and its body), to refuse the same key for something else. */
    fingerprint: text('fingerprint').notNull(),
    statusCode: integer('status_code'),
    response: jsonb('response'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    primaryKey({ columns: [table.userId, table.key] }),
    index('idempotency_keys_created_idx').on(table.createdAt),
  ],
);

/** Μήνυμα: one bubble of the thread. The first one is the ticket's description. */
export const messages = pgTable(
  'messages',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    ticketId: uuid('ticket_id')
      .notNull()
      .references(() => tickets.id, { onDelete: 'cascade' }),
    companyId: uuid('company_id')
      .notNull()
      .references(() => companies.id, { onDelete: 'restrict' }),
    authorId: uuid('author_id')
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
    body: text('body').notNull(),
    /** A staff-only note: never shown or sent to a customer, never changes the status. */
    isInternal: boolean('is_internal').notNull().default(false),
    /** Set when the message came by email: the mail it was read from (its original .eml). */
    inboundEmailId: uuid('inbound_email_id').references((): AnyPgColumn => inboundEmails.id, {
      onDelete: 'set null',
    }),
    /** Files of an emailed message that were refused (type, size, count), named in the thread. */
    refusedFiles: jsonb('refused_files').$type<RefusedFile[]>(),
    /** Staff @mentioned in an internal note (checked to be staff when written); null: none. */
    mentionedUserIds: uuid('mentioned_user_ids').array(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('messages_ticket_idx').on(table.ticketId, table.createdAt)],
);

/** A file of an emailed message that was not taken, and why. */
export interface RefusedFile {
  fileName: string;
  reason: 'too_big' | 'too_many' | 'empty';
}

/**
 * Συνάδελφοι σε αίτημα: people of the ticket's company besides its requester who
 * see it and get its emails as the requester does. The (user, ticket) index
 * serves a member's list, which asks "do I take part in this ticket?" per row.
 */
export const ticketParticipants = pgTable(
  'ticket_participants',
  {
    ticketId: uuid('ticket_id')
      .notNull()
      .references(() => tickets.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    addedBy: uuid('added_by').references(() => users.id, { onDelete: 'set null' }),
    addedAt: timestamp('added_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    primaryKey({ columns: [table.ticketId, table.userId] }),
    index('ticket_participants_user_idx').on(table.userId, table.ticketId),
  ],
);

/** When each person last looked at a ticket: its later activity is news to them. */
export const ticketReads = pgTable(
  'ticket_reads',
  {
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    ticketId: uuid('ticket_id')
      .notNull()
      .references(() => tickets.id, { onDelete: 'cascade' }),
    readAt: timestamp('read_at', { withTimezone: true }).notNull(),
  },
  (table) => [primaryKey({ columns: [table.userId, table.ticketId] })],
);

/** The ticket's history shown inline in the thread: status changes, assignment, reopen, close. */
export const ticketEvents = pgTable(
  'ticket_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** Orders events written in the same instant (several in one transaction). */
    seq: bigserial('seq', { mode: 'number' }).notNull(),
    ticketId: uuid('ticket_id')
      .notNull()
      .references(() => tickets.id, { onDelete: 'cascade' }),
    companyId: uuid('company_id')
      .notNull()
      .references(() => companies.id, { onDelete: 'restrict' }),
    actorId: uuid('actor_id').references(() => users.id, { onDelete: 'set null' }),
    kind: ticketEventKindEnum('kind').notNull(),
    data: jsonb('data').$type<Record<string, string | null>>().notNull().default({}),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('ticket_events_ticket_idx').on(table.ticketId, table.createdAt)],
);

/**
 * Συνημμένο. Stored first (with no message) when uploaded, then linked to the
 * message that uses it in that message's transaction; the bytes live in storage
 * under their SHA-256.
 */
export const attachments = pgTable(
  'attachments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    uploaderId: uuid('uploader_id')
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
    /** The uploader's company for customers; the ticket's company once linked. */
    companyId: uuid('company_id').references(() => companies.id, { onDelete: 'restrict' }),
    ticketId: uuid('ticket_id').references(() => tickets.id, { onDelete: 'cascade' }),
    messageId: uuid('message_id').references(() => messages.id, { onDelete: 'cascade' }),
    fileName: text('file_name').notNull(),
    sizeBytes: bigint('size_bytes', { mode: 'number' }).notNull(),
    contentType: text('content_type').notNull(),
    sha256: text('sha256').notNull(),
    storageKey: text('storage_key').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index('attachments_message_idx').on(table.messageId),
    index('attachments_ticket_idx').on(table.ticketId),
    index('attachments_pending_idx').on(table.uploaderId).where(sql`${table.messageId} is null`),
    // The storage sweep asks which files rows still name.
    index('attachments_storage_key_idx').on(table.storageKey),
  ],
);

/**
 * Εργασία: work a staff member did (or is doing: no `endedAt`) on a ticket.
 * The billing increment is copied from the package when the task is made, so a
 * later change to the package never changes what was already charged.
 */
export const tasks = pgTable(
  'tasks',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    ticketId: uuid('ticket_id')
      .notNull()
      .references(() => tickets.id, { onDelete: 'restrict' }),
    companyId: uuid('company_id')
      .notNull()
      .references(() => companies.id, { onDelete: 'restrict' }),
    subscriptionId: uuid('subscription_id').references(() => subscriptions.id, {
      onDelete: 'restrict',
    }),
    staffId: uuid('staff_id')
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
    description: text('description').notNull(),
    // Read for any year: a task stored with year 20 must not break every list (issue 12).
    startedAt: instant('started_at').notNull(),
    endedAt: instant('ended_at'),
    isBillable: boolean('is_billable').notNull().default(true),
    billingIncrementMinutes: integer('billing_increment_minutes').notNull(),
    /** Set when the task ends (and on every edit); null while it runs. Includes the multiplier. */
    billableMinutes: integer('billable_minutes'),
    /** Urgent or out-of-hours work charges more minutes (src/shared/hours/work-multipliers.ts). */
    multiplier: text('multiplier', { enum: WORK_MULTIPLIERS }).notNull().default('normal'),
    /** Deleted tasks stay as rows, so the ledger can show the correction. */
    deletedAt: timestamp('deleted_at', { withTimezone: true }),
    ...timestamps,
  },
  (table) => [
    index('tasks_ticket_idx').on(table.ticketId, table.startedAt),
    index('tasks_company_started_idx').on(table.companyId, table.startedAt),
    index('tasks_subscription_started_idx').on(table.subscriptionId, table.startedAt),
    // A staff member has at most one running task, whatever races happen.
    uniqueIndex('tasks_one_running_per_staff_idx')
      .on(table.staffId)
      .where(sql`${table.endedAt} is null and ${table.deletedAt} is null`),
  ],
);

export const userTokenKindEnum = pgEnum('user_token_kind', [
  'invitation',
  'password_reset',
  'email_change',
]);

/**
 * One-time links (invitations, password resets, email changes): only the token's
 * SHA-256 is stored. An email change's link carries the address it confirms.
 */
export const userTokens = pgTable(
  'user_tokens',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    kind: userTokenKindEnum('kind').notNull(),
    tokenHash: text('token_hash').notNull(),
    /** For an email change: the new address, which becomes the user's once the link is followed. */
    newEmail: text('new_email'),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    usedAt: timestamp('used_at', { withTimezone: true }),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    createdById: uuid('created_by_id').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex('user_tokens_hash_idx').on(table.tokenHash),
    index('user_tokens_user_idx').on(table.userId, table.kind),
  ],
);

export const ticketRatingValueEnum = pgEnum('ticket_rating_value', RATING_VALUES);

/**
 * «Πώς τα πήγαμε;»: one row per closing of a ticket, written in the closing's
 * transaction. The rating belongs to that closing: a reopened and re-closed ticket
 * gets a new row (and a new link), the earlier closing keeps its own rating. The
 * closing email's links carry a token whose SHA-256 hash is kept here; it is bound
 * to the ticket and its requester and works once, until `expiresAt`.
 */
export const ticketRatings = pgTable(
  'ticket_ratings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    ticketId: uuid('ticket_id')
      .notNull()
      .references(() => tickets.id, { onDelete: 'cascade' }),
    companyId: uuid('company_id')
      .notNull()
      .references(() => companies.id, { onDelete: 'cascade' }),
    requesterId: uuid('requester_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    /** The ticket's assignee at the closing: the agent the rating counts for. */
    agentId: uuid('agent_id').references(() => users.id, { onDelete: 'set null' }),
    closedAt: timestamp('closed_at', { withTimezone: true }).notNull(),
    tokenHash: text('token_hash').notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    rating: ticketRatingValueEnum('rating'),
    comment: text('comment'),
    ratedAt: timestamp('rated_at', { withTimezone: true }),
    ratedById: uuid('rated_by_id').references(() => users.id, { onDelete: 'set null' }),
  },
  (table) => [
    uniqueIndex('ticket_ratings_token_idx').on(table.tokenHash),
    index('ticket_ratings_ticket_idx').on(table.ticketId, table.closedAt),
    index('ticket_ratings_company_idx').on(table.companyId, table.closedAt),
    index('ticket_ratings_agent_idx').on(table.agentId, table.closedAt),
  ],
);

export const outboxEmailStatusEnum = pgEnum('outbox_email_status', OUTBOX_EMAIL_STATUSES);
export const mailTransportEnum = pgEnum('mail_transport', MAIL_TRANSPORTS);

/**
 * An email waiting to be sent, written in the same transaction as the change that
 * causes it. The worker renders it from `kind` + `data` in `locale` at send time and
 * claims due rows with FOR UPDATE SKIP LOCKED; a claim records the worker in
 * `claimedBy` and pushes `nextAttemptAt` forward by a short lease that the worker
 * renews while it sends, so a worker that dies mid-send delays the email by one
 * lease (a minute), and a slow but live send is never taken over.
 */
export const outboxEmails = pgTable(
  'outbox_emails',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: text('kind').notNull(),
    recipientUserId: uuid('recipient_user_id').references(() => users.id, {
      onDelete: 'set null',
    }),
    toAddress: text('to_address').notNull(),
    locale: localeEnum('locale').notNull(),
    data: jsonb('data').$type<Record<string, unknown>>().notNull(),
    status: outboxEmailStatusEnum('status').notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true }).notNull().defaultNow(),
    /** The worker (process) holding it while it sends; null when nobody does. */
    claimedBy: text('claimed_by'),
    lastError: text('last_error'),
    sentAt: timestamp('sent_at', { withTimezone: true }),
    /** How it left: over SMTP, or only written as an .eml file (no SMTP configured then). */
    sentVia: mailTransportEnum('sent_via'),
    /** The ticket it is about: its replies are threaded to it and land in it. */
    ticketId: uuid('ticket_id').references(() => tickets.id, { onDelete: 'set null' }),
    /** The Message-ID it was sent with (without <>), kept so that replies and bounces find it. */
    messageIdHeader: text('message_id_header'),
    /** A bounce came back for it: why, in the receiving server's words. */
    bounceReason: text('bounce_reason'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index('outbox_emails_due_idx').on(table.nextAttemptAt).where(sql`${table.status} = 'pending'`),
    index('outbox_emails_status_created_idx').on(table.status, table.createdAt),
    index('outbox_emails_message_id_idx').on(table.messageIdHeader),
  ],
);

/** Which notification emails a user wants; no row means all of them. Security emails are not here. */
export const notificationPreferences = pgTable('notification_preferences', {
  userId: uuid('user_id')
    .primaryKey()
    .references(() => users.id, { onDelete: 'cascade' }),
  ticketOpened: boolean('ticket_opened').notNull().default(true),
  ticketReplied: boolean('ticket_replied').notNull().default(true),
  ticketClosed: boolean('ticket_closed').notNull().default(true),
  packageHours: boolean('package_hours').notNull().default(true),
  statementIssued: boolean('statement_issued').notNull().default(true),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * The package-hours warnings already sent: one per subscription, billing period and
 * threshold (80 or 100 % of the hours), so each goes out once whatever edits follow.
 */
export const packageHourAlerts = pgTable(
  'package_hour_alerts',
  {
    subscriptionId: uuid('subscription_id')
      .notNull()
      .references(() => subscriptions.id, { onDelete: 'cascade' }),
    periodStartDate: date('period_start_date', { mode: 'string' }).notNull(),
    thresholdPercent: integer('threshold_percent').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    primaryKey({
      name: 'package_hour_alerts_pk',
      columns: [table.subscriptionId, table.periodStartDate, table.thresholdPercent],
    }),
  ],
);

export const mailboxSecurityEnum = pgEnum('mailbox_security', MAILBOX_SECURITIES);
export const mailboxSourceEnum = pgEnum('mailbox_source', MAILBOX_SOURCES);

/**
 * A support mailbox read over IMAP. The password is encrypted with a key kept
 * outside the database (mailbox-secret.ts). One process at a time polls it: a
 * poll takes the lease (`pollLeaseUntil`) in one UPDATE.
 */
export const mailboxes = pgTable(
  'mailboxes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull(),
    /** The address customers write to: the Reply-To of every email Aitima sends. */
    address: text('address').notNull(),
    host: text('host').notNull(),
    port: integer('port').notNull(),
    security: mailboxSecurityEnum('security').notNull().default('tls'),
    username: text('username').notNull(),
    passwordEncrypted: text('password_encrypted').notNull(),
    folder: text('folder').notNull().default('INBOX'),
    processedFolder: text('processed_folder').notNull().default('Processed'),
    isActive: boolean('is_active').notNull().default(true),
    /** Made in the console, or from IMAP_* variables (then read-only there). */
    source: mailboxSourceEnum('source').notNull().default('console'),
    pollLeaseUntil: timestamp('poll_lease_until', { withTimezone: true }),
    lastPolledAt: timestamp('last_polled_at', { withTimezone: true }),
    /** Why the last poll failed (an ImapErrorCode), cleared by the next good one. */
    lastErrorCode: text('last_error_code'),
    lastErrorDetail: text('last_error_detail'),
    lastErrorAt: timestamp('last_error_at', { withTimezone: true }),
    ...timestamps,
  },
  (table) => [
    uniqueIndex('mailboxes_environment_idx')
      .on(table.source)
      .where(sql`${table.source} = 'environment'`),
  ],
);

export const inboundEmailStatusEnum = pgEnum('inbound_email_status', INBOUND_EMAIL_STATUSES);
export const inboundEmailOutcomeEnum = pgEnum('inbound_email_outcome', INBOUND_EMAIL_OUTCOMES);

/**
 * Every mail read from a mailbox, written in the same transaction as what it
 * caused (a reply, a ticket) so that it is processed once: by IMAP UID within
 * UIDVALIDITY, and by Message-ID across mailboxes and copies.
 */
export const inboundEmails = pgTable(
  'inbound_emails',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    mailboxId: uuid('mailbox_id').references(() => mailboxes.id, { onDelete: 'set null' }),
    uidValidity: bigint('uid_validity', { mode: 'number' }),
    uid: bigint('uid', { mode: 'number' }),
    /** Without <>; null only for a mail that could not be read at all. */
    messageIdHeader: text('message_id_header'),
    fromAddress: text('from_address'),
    fromName: text('from_name'),
    subject: text('subject').notNull().default(''),
    sentAt: timestamp('sent_at', { withTimezone: true }),
    status: inboundEmailStatusEnum('status').notNull(),
    outcome: inboundEmailOutcomeEnum('outcome').notNull(),
    /** The person's own words (quote cut), for the review list. */
    excerpt: text('excerpt'),
    ticketId: uuid('ticket_id').references(() => tickets.id, { onDelete: 'set null' }),
    messageId: uuid('message_id').references(() => messages.id, { onDelete: 'set null' }),
    /** The whole original mail in file storage, downloadable as .eml. */
    rawStorageKey: text('raw_storage_key'),
    rawSizeBytes: bigint('raw_size_bytes', { mode: 'number' }),
    /** What went wrong, for a failed mail (it stays in the mailbox until retried). */
    error: text('error'),
    attempts: integer('attempts').notNull().default(1),
    /** Moved out of the mailbox's folder (after the commit, so a crash in between moves it next time). */
    movedAt: timestamp('moved_at', { withTimezone: true }),
    reviewedById: uuid('reviewed_by_id').references(() => users.id, { onDelete: 'set null' }),
    reviewedAt: timestamp('reviewed_at', { withTimezone: true }),
    ...timestamps,
  },
  (table) => [
    uniqueIndex('inbound_emails_uid_idx')
      .on(table.mailboxId, table.uidValidity, table.uid)
      .where(sql`${table.uid} is not null`),
    // A message is acted on once whichever copy or mailbox it comes through.
    uniqueIndex('inbound_emails_message_id_idx')
      .on(table.messageIdHeader)
      .where(sql`${table.outcome} <> 'duplicate' and ${table.status} <> 'failed'`),
    index('inbound_emails_status_idx').on(table.status, table.createdAt),
    index('inbound_emails_sender_idx').on(table.fromAddress, table.createdAt),
    index('inbound_emails_ticket_idx').on(table.ticketId),
    index('inbound_emails_raw_storage_key_idx').on(table.rawStorageKey),
  ],
);
export const ledgerKindEnum = pgEnum('ledger_kind', LEDGER_KINDS);
export const disputeStatusEnum = pgEnum('dispute_status', DISPUTE_STATUSES);

/**
 * A statement: the figures of one subscription period, frozen when the period
 * ended on the company's clock. Issued once; a later correction goes on the next one.
 */
export const statements = pgTable(
  'statements',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    companyId: uuid('company_id')
      .notNull()
      .references(() => companies.id, { onDelete: 'restrict' }),
    subscriptionId: uuid('subscription_id')
      .notNull()
      .references(() => subscriptions.id, { onDelete: 'restrict' }),
    periodIndex: integer('period_index').notNull(),
    periodStartDate: date('period_start_date', { mode: 'string' }).notNull(),
    periodLastDate: date('period_last_date', { mode: 'string' }).notNull(),
    /** The figures as issued (see StatementFigures); never rewritten. */
    figures: jsonb('figures').$type<Record<string, unknown>>().notNull(),
    issuedAt: timestamp('issued_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex('statements_subscription_period_idx').on(
      table.subscriptionId,
      table.periodStartDate,
    ),
    index('statements_company_idx').on(table.companyId, table.periodStartDate),
  ],
);

/**
 * «Κίνηση ωρών»: one movement of hours on a subscription, written in the same
 * transaction as the change that makes it. Figures are sums of these lines.
 */
export const ledgerEntries = pgTable(
  'ledger_entries',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    companyId: uuid('company_id')
      .notNull()
      .references(() => companies.id, { onDelete: 'restrict' }),
    subscriptionId: uuid('subscription_id')
      .notNull()
      .references(() => subscriptions.id, { onDelete: 'restrict' }),
    kind: ledgerKindEnum('kind').notNull(),
    /** Signed: + charged to the period, − given back. */
    minutes: integer('minutes').notNull(),
    /** The instant that places the minutes in a period (a task's start). */
    chargedAt: timestamp('charged_at', { withTimezone: true }).notNull(),
    periodStartDate: date('period_start_date', { mode: 'string' }).notNull(),
    periodLastDate: date('period_last_date', { mode: 'string' }),
    taskId: uuid('task_id').references(() => tasks.id, { onDelete: 'restrict' }),
    ticketId: uuid('ticket_id').references(() => tickets.id, { onDelete: 'restrict' }),
    actorUserId: uuid('actor_user_id').references(() => users.id, { onDelete: 'set null' }),
    reason: text('reason'),
    /** The task before and after the change, for the reader. */
    details: jsonb('details').$type<Record<string, unknown>>(),
    /** The period had already ended when the line was written: a late correction. */
    isLate: boolean('is_late').notNull().default(false),
    /** The statement that carries this line; null until one is issued. */
    statementId: uuid('statement_id').references(() => statements.id, { onDelete: 'restrict' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index('ledger_entries_subscription_charged_idx').on(table.subscriptionId, table.chargedAt),
    index('ledger_entries_company_created_idx').on(table.companyId, table.createdAt),
    index('ledger_entries_task_idx').on(table.taskId),
    index('ledger_entries_unstated_idx')
      .on(table.subscriptionId, table.periodStartDate)
      .where(sql`${table.statementId} is null`),
  ],
);

/** «Αμφισβήτηση»: a company_admin questions a ledger line; staff correct it or explain. */
export const ledgerDisputes = pgTable(
  'ledger_disputes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    companyId: uuid('company_id')
      .notNull()
      .references(() => companies.id, { onDelete: 'restrict' }),
    entryId: uuid('entry_id')
      .notNull()
      .references(() => ledgerEntries.id, { onDelete: 'restrict' }),
    openedById: uuid('opened_by_id').references(() => users.id, { onDelete: 'set null' }),
    status: disputeStatusEnum('status').notNull().default('open'),
    /** The adjustment that corrected the line, when staff corrected it. */
    correctionEntryId: uuid('correction_entry_id').references(() => ledgerEntries.id, {
      onDelete: 'restrict',
    }),
    resolvedById: uuid('resolved_by_id').references(() => users.id, { onDelete: 'set null' }),
    resolvedAt: timestamp('resolved_at', { withTimezone: true }),
    ...timestamps,
  },
  (table) => [
    uniqueIndex('ledger_disputes_entry_idx').on(table.entryId),
    index('ledger_disputes_status_idx').on(table.status, table.createdAt),
  ],
);

/** The thread of a dispute: the customer's question, staff's answers. */
export const ledgerDisputeMessages = pgTable(
  'ledger_dispute_messages',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    disputeId: uuid('dispute_id')
      .notNull()
      .references(() => ledgerDisputes.id, { onDelete: 'cascade' }),
    companyId: uuid('company_id')
      .notNull()
      .references(() => companies.id, { onDelete: 'restrict' }),
    authorId: uuid('author_id').references(() => users.id, { onDelete: 'set null' }),
    body: text('body').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('ledger_dispute_messages_dispute_idx').on(table.disputeId, table.createdAt)],
);

/**
 * Failed logins, counted per (account, source) and per address to slow guessing
 * down (login-throttle.ts). `source` is `ip:<address>`, or `device:<id>` for a
 * browser that has signed in to that account before, so strangers' failures from
 * elsewhere never slow the real user down.
 */
export const loginFailures = pgTable(
  'login_failures',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    email: text('email').notNull(),
    source: text('source').notNull(),
    ip: text('ip').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index('login_failures_account_source_idx').on(table.email, table.source, table.createdAt),
    index('login_failures_ip_idx').on(table.ip, table.createdAt),
  ],
);

/**
 * Single sign-on for staff with the company's OpenID Connect provider, as an
 * admin set it in the console (one row at most; OIDC_* variables take its place).
 * The client secret is encrypted like mailbox passwords (mailbox-secret.ts).
 */
export const ssoSettings = pgTable('sso_settings', {
  id: integer('id').primaryKey().default(1),
  issuerUrl: text('issuer_url').notNull(),
  clientId: text('client_id').notNull(),
  clientSecretEncrypted: text('client_secret_encrypted').notNull(),
  buttonLabel: text('button_label').notNull(),
  /** Email domains (lower case) whose staff may sign in this way; empty: any. */
  allowedDomains: text('allowed_domains').array().notNull().default(sql`'{}'::text[]`),
  isEnabled: boolean('is_enabled').notNull().default(true),
  updatedByUserId: uuid('updated_by_user_id').references(() => users.id, { onDelete: 'set null' }),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

export const webhookDeliveryStatusEnum = pgEnum(
  'webhook_delivery_status',
  WEBHOOK_DELIVERY_STATUSES,
);

/** An HTTPS endpoint an admin registered for events: every company's (staff) or one company's. */
export const webhookEndpoints = pgTable('webhook_endpoints', {
  id: uuid('id').primaryKey().defaultRandom(),
  url: text('url').notNull(),
  description: text('description').notNull().default(''),
  events: jsonb('events').$type<string[]>().notNull(),
  /** null: all companies (a staff integration); else only that company's events. */
  companyId: uuid('company_id').references(() => companies.id, { onDelete: 'cascade' }),
  /** The Standard Webhooks secret (whsec_…), encrypted under the server's key. */
  secretEncrypted: text('secret_encrypted').notNull(),
  /** An admin allowed this endpoint's host to be a loopback or private address. */
  allowPrivateNetwork: boolean('allow_private_network').notNull().default(false),
  isActive: boolean('is_active').notNull().default(true),
  /** Set when the server turned the endpoint off after failing deliveries. */
  disabledReason: text('disabled_reason'),
  /** Deliveries given up on in a row; a delivered one resets it. */
  consecutiveFailures: integer('consecutive_failures').notNull().default(0),
  ...timestamps,
});

/**
 * The webhook outbox: one row per event and endpoint, written in the transaction of
 * the change, with the payload the endpoint's scope may see; the worker claims,
 * signs and sends it, and the row keeps its last attempt for the delivery log.
 */
export const webhookDeliveries = pgTable(
  'webhook_deliveries',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    endpointId: uuid('endpoint_id')
      .notNull()
      .references(() => webhookEndpoints.id, { onDelete: 'cascade' }),
    /** The webhook-id header (msg_…); a redelivery keeps it. */
    messageId: text('message_id').notNull(),
    eventType: text('event_type').notNull(),
    payload: jsonb('payload').$type<Record<string, unknown>>().notNull(),
    status: webhookDeliveryStatusEnum('status').notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true }).notNull().defaultNow(),
    claimedBy: text('claimed_by'),
    lastStatusCode: integer('last_status_code'),
    lastResponseMs: integer('last_response_ms'),
    lastResponseExcerpt: text('last_response_excerpt'),
    lastError: text('last_error'),
    deliveredAt: timestamp('delivered_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index('webhook_deliveries_due_idx')
      .on(table.nextAttemptAt)
      .where(sql`${table.status} = 'pending'`),
    index('webhook_deliveries_endpoint_idx').on(table.endpointId, table.createdAt),
  ],
);

/**
 * A user's authenticator app (TOTP). The secret is encrypted with the server's key;
 * it counts only once confirmed with a code. `lastTimeStep` is the time step of the
 * last code accepted, so no code works twice.
 */
export const totpFactors = pgTable('totp_factors', {
  userId: uuid('user_id')
    .primaryKey()
    .references(() => users.id, { onDelete: 'cascade' }),
  secretEncrypted: text('secret_encrypted').notNull(),
  confirmedAt: timestamp('confirmed_at', { withTimezone: true }),
  lastTimeStep: bigint('last_time_step', { mode: 'number' }),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/** Single-use recovery codes, stored as SHA-256 (they are long and random). */
export const recoveryCodes = pgTable(
  'recovery_codes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    codeHash: text('code_hash').notNull(),
    usedAt: timestamp('used_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [uniqueIndex('recovery_codes_user_hash_idx').on(table.userId, table.codeHash)],
);

/** A passkey (WebAuthn credential) a user registered as a second factor. */
export const passkeys = pgTable(
  'passkeys',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    /** The credential id, base64url, as the authenticator gives it. */
    credentialId: text('credential_id').notNull(),
    publicKey: text('public_key').notNull(),
    counter: bigint('counter', { mode: 'number' }).notNull().default(0),
    transports: jsonb('transports').$type<string[]>(),
    lastUsedAt: timestamp('last_used_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex('passkeys_credential_idx').on(table.credentialId),
    index('passkeys_user_idx').on(table.userId),
  ],
);

/** Account security settings of the installation: one row (id 1). */
export const securitySettings = pgTable('security_settings', {
  id: integer('id').primaryKey(),
  /** «Υποχρεωτική διπλή επαλήθευση για το προσωπικό». */
  requireStaffTwoFactor: boolean('require_staff_two_factor').notNull().default(false),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * Secrets every server process must share, generated once by whichever starts first:
 * the cookie-signing keys (several generations, for rotation), the key that encrypts
 * secrets at rest when MAILBOX_SECRET_KEY is not given, and the first-run setup code.
 */
export const serverSecrets = pgTable(
  'server_secrets',
  {
    purpose: text('purpose').notNull(),
    /** 1 for the first; a rotation adds the next. */
    generation: integer('generation').notNull(),
    secret: text('secret').notNull(),
    /** A new cookie key signs only from here on, once every process has read it. */
    signsFrom: timestamp('signs_from', { withTimezone: true }).notNull().defaultNow(),
    /** Set by a rotation: after this the key no longer verifies anything. */
    retiresAt: timestamp('retires_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.purpose, table.generation] })],
);

/**
 * Request counters of the per-address and per-token limits, shared by every process on
 * PostgreSQL. UNLOGGED (written by hand in the migration): a crash may lose them, which
 * only gives a fresh minute, and every request writes here.
 */
export const rateLimitCounters = pgTable('rate_limit_counters', {
  key: text('key').primaryKey(),
  hits: integer('hits').notNull(),
  windowEndsAt: timestamp('window_ends_at', { withTimezone: true }).notNull(),
});

/**
 * Live streams open now, on any process, for the per-user cap. A process renews its
 * streams' lease on every heartbeat; a crashed process's rows lapse by themselves.
 */
export const liveStreamLeases = pgTable(
  'live_stream_leases',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id').notNull(),
    leaseUntil: timestamp('lease_until', { withTimezone: true }).notNull(),
  },
  (table) => [index('live_stream_leases_user_idx').on(table.userId)],
);

/**
 * «Έτοιμες απαντήσεις»: answers staff insert into a reply, with {{variables}} filled
 * at insert time. Shared ones (owner null) are managed by admins; personal ones by
 * their owner alone.
 */
export const cannedReplies = pgTable(
  'canned_replies',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** Null: shared with every agent. */
    ownerId: uuid('owner_id').references(() => users.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    body: text('body').notNull(),
    language: localeEnum('language').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('canned_replies_owner_idx').on(table.ownerId)],
);

/** A staff member's saved queue filters: a name and the list's query string. */
export const savedViews = pgTable(
  'saved_views',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    query: text('query').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('saved_views_user_idx').on(table.userId)],
);

/** A block of hours the catalogue offers («Αγορά επιπλέον ωρών»): staff-managed. */
export const hourBlockOffers = pgTable('hour_block_offers', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull(),
  hours: numeric('hours', { precision: 8, scale: 2, mode: 'number' }).notNull(),
  /** Euros. */
  price: numeric('price', { precision: 10, scale: 2, mode: 'number' }).notNull(),
  validityMonths: integer('validity_months').notNull(),
  isActive: boolean('is_active').notNull().default(true),
  ...timestamps,
});

export const hourBlockStatusEnum = pgEnum('hour_block_status', HOUR_BLOCK_STATUSES);

/**
 * A prepaid block of hours of a company, besides its monthly packages: requested by a
 * company_admin (then confirmed or declined by staff) or added by staff directly.
 */
export const hourBlocks = pgTable(
  'hour_blocks',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    companyId: uuid('company_id')
      .notNull()
      .references(() => companies.id, { onDelete: 'restrict' }),
    offerId: uuid('offer_id').references(() => hourBlockOffers.id, { onDelete: 'restrict' }),
    name: text('name').notNull(),
    hours: numeric('hours', { precision: 8, scale: 2, mode: 'number' }).notNull(),
    /** Euros. */
    price: numeric('price', { precision: 10, scale: 2, mode: 'number' }).notNull(),
    /** A request asks for this many months; the dates are set when it is confirmed. */
    validityMonths: integer('validity_months'),
    startsOn: date('starts_on', { mode: 'string' }),
    validUntil: date('valid_until', { mode: 'string' }),
    status: hourBlockStatusEnum('status').notNull(),
    requestedByUserId: uuid('requested_by_user_id').references(() => users.id, {
      onDelete: 'set null',
    }),
    decidedByUserId: uuid('decided_by_user_id').references(() => users.id, {
      onDelete: 'set null',
    }),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    /** When it became active: work written before never takes from it. */
    activatedAt: timestamp('activated_at', { withTimezone: true }),
    declineReason: text('decline_reason'),
    ...timestamps,
  },
  (table) => [index('hour_blocks_company_idx').on(table.companyId, table.status)],
);

export const estimateStatusEnum = pgEnum('estimate_status', ESTIMATE_STATUSES);

/**
 * «Εκτίμηση»: hours staff expect a ticket's work to take, which the customer
 * approves or declines. Approved estimates are the ticket's billable allowance
 * (docs/estimates.md). The email link's token is stored only as its SHA-256.
 */
export const ticketEstimates = pgTable(
  'ticket_estimates',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    ticketId: uuid('ticket_id')
      .notNull()
      .references(() => tickets.id, { onDelete: 'cascade' }),
    companyId: uuid('company_id')
      .notNull()
      .references(() => companies.id, { onDelete: 'restrict' }),
    minutes: integer('minutes').notNull(),
    included: text('included').notNull(),
    status: estimateStatusEnum('status').notNull().default('pending'),
    createdById: uuid('created_by_id').references(() => users.id, { onDelete: 'set null' }),
    decidedById: uuid('decided_by_id').references(() => users.id, { onDelete: 'set null' }),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    tokenHash: text('token_hash'),
    ...timestamps,
  },
  (table) => [
    index('ticket_estimates_ticket_idx').on(table.ticketId, table.createdAt),
    uniqueIndex('ticket_estimates_token_idx').on(table.tokenHash),
  ],
);

/**
 * Where a company's hours allocation stood at `through` (see allocateHours' checkpoint),
 * so a view folds only the ledger lines written since. Derived data: deleting it only
 * makes the next view fold the whole ledger again. It is taken again from scratch when
 * what its buckets were built from changes (`inputsKey`) or when the ledger no longer
 * holds `lineCount` lines written before `through` (a line written with an older instant).
 */
export const hoursAllocationCheckpoints = pgTable('hours_allocation_checkpoints', {
  companyId: uuid('company_id')
    .primaryKey()
    .references(() => companies.id, { onDelete: 'cascade' }),
  inputsKey: text('inputs_key').notNull(),
  through: timestamp('through', { withTimezone: true }).notNull(),
  lineCount: integer('line_count').notNull(),
  /** The buckets and each period's sums (AllocationCheckpoint without its takings). */
  state: jsonb('state').$type<Record<string, unknown>>().notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * Where each task's minutes were held at its company's checkpoint, one row per task, so
 * a view reads only those of the tasks written to since: a give-back returns minutes
 * to where they came from, however old the task.
 */
export const hoursAllocationTakings = pgTable(
  'hours_allocation_takings',
  {
    companyId: uuid('company_id')
      .notNull()
      .references(() => companies.id, { onDelete: 'cascade' }),
    sourceKey: text('source_key').notNull(),
    /** [bucket key, minutes][], oldest first. */
    taken: jsonb('taken').$type<[string, number][]>().notNull(),
  },
  (table) => [primaryKey({ columns: [table.companyId, table.sourceKey] })],
);
