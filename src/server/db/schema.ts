import { sql } from 'drizzle-orm';
import {
  bigserial,
  boolean,
  index,
  inet,
  jsonb,
  pgEnum,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { LOCALES, ROLES } from '../../shared/roles.js';

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
    timeZone: text('time_zone').notNull().default('Europe/Athens'),
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
