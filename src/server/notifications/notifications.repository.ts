import { and, eq, inArray, or, sql } from 'drizzle-orm';
import { STAFF_ROLES } from '../../shared/roles.js';
import type { Executor } from '../db/database.js';
import { preparedStatement } from '../db/prepared-statements.js';
import {
  messages,
  notificationPreferences,
  packageHourAlerts,
  ticketParticipants,
  users,
} from '../db/schema.js';

export type NotificationPreferencesRow = typeof notificationPreferences.$inferSelect;
/** The switchable kinds of notification, as columns of notification_preferences. */
export type NotificationSwitch = keyof Omit<NotificationPreferencesRow, 'userId' | 'updatedAt'>;

/** A possible recipient with the switch for one kind of notification (on when never set). */
const recipientColumns = (wants: NotificationSwitch) => ({
  id: users.id,
  email: users.email,
  locale: users.locale,
  role: users.role,
  wants: notificationPreferences[wants],
});

export interface RecipientRow {
  id: string;
  email: string;
  locale: 'el' | 'en';
  role: (typeof users.$inferSelect)['role'];
  /** Null when the user never changed their preferences: then they want it. */
  wants: boolean | null;
}

function selectRecipients(db: Executor, wants: NotificationSwitch) {
  return db
    .select(recipientColumns(wants))
    .from(users)
    .leftJoin(notificationPreferences, eq(notificationPreferences.userId, users.id));
}

/** Active users among some ids. */
export async function findActiveRecipients(
  db: Executor,
  ids: string[],
  wants: NotificationSwitch,
): Promise<RecipientRow[]> {
  if (ids.length === 0) return [];
  return selectRecipients(db, wants).where(and(inArray(users.id, ids), eq(users.isActive, true)));
}

/** Every active staff member (admins and agents). */
export async function findActiveStaffRecipients(
  db: Executor,
  wants: NotificationSwitch,
): Promise<RecipientRow[]> {
  return selectRecipients(db, wants).where(
    and(inArray(users.role, [...STAFF_ROLES]), eq(users.isActive, true)),
  );
}

/**
 * Whom a ticket's news goes to on the customer side, in one statement: its requester,
 * its colleagues when asked (ticket_participants), and the company_admins of its
 * company who wrote on it publicly (its followers); active ones only.
 */
export async function findTicketCustomerRecipients(
  db: Executor,
  ticket: { id: string; companyId: string; requesterId: string },
  named: 'requester' | 'requester-and-colleagues',
  wants: NotificationSwitch,
): Promise<RecipientRow[]> {
  // Prepared, one statement a switch and choice of people. Everyone is found from the
  // ticket in SQL: with a list of ids PostgreSQL planned it anew on every run. Now it
  // keeps a generic plan at 100,000 tickets (at a million not yet: README «Speed»).
  const key = `ticket-customer-recipients:${named}:${wants}`;
  const statement = preparedStatement(db, key, (name) => {
    const ticketId = sql.placeholder('ticketId');
    const authors = db
      .selectDistinct({ id: messages.authorId })
      .from(messages)
      .where(and(eq(messages.ticketId, ticketId), eq(messages.isInternal, false)));
    const colleagues = db
      .select({ id: ticketParticipants.userId })
      .from(ticketParticipants)
      .where(eq(ticketParticipants.ticketId, ticketId));
    const followers = and(
      inArray(users.id, authors),
      eq(users.role, 'company_admin'),
      eq(users.companyId, sql.placeholder('companyId')),
    );
    const namedOnTicket = or(
      eq(users.id, sql.placeholder('requesterId')),
      named === 'requester-and-colleagues' ? inArray(users.id, colleagues) : undefined,
    );
    return selectRecipients(db, wants)
      .where(and(eq(users.isActive, true), or(namedOnTicket, followers)))
      .prepare(name);
  });
  return statement.execute({
    ticketId: ticket.id,
    companyId: ticket.companyId,
    requesterId: ticket.requesterId,
  });
}

export async function findNotificationPreferences(
  db: Executor,
  userId: string,
): Promise<NotificationPreferencesRow | undefined> {
  const [row] = await db
    .select()
    .from(notificationPreferences)
    .where(eq(notificationPreferences.userId, userId))
    .limit(1);
  return row;
}

/** Creates or changes a user's preferences; kinds not given keep their value. */
export async function upsertNotificationPreferences(
  db: Executor,
  userId: string,
  values: Partial<Record<NotificationSwitch, boolean>>,
  now: Date,
): Promise<NotificationPreferencesRow> {
  const [row] = await db
    .insert(notificationPreferences)
    .values({ userId, ...values, updatedAt: now })
    .onConflictDoUpdate({
      target: notificationPreferences.userId,
      set: { ...values, updatedAt: now },
    })
    .returning();
  return row!;
}

/** The active company_admins of a company. */
export async function findActiveCompanyAdmins(
  db: Executor,
  companyId: string,
  wants: NotificationSwitch,
): Promise<RecipientRow[]> {
  return selectRecipients(db, wants).where(
    and(eq(users.companyId, companyId), eq(users.role, 'company_admin'), eq(users.isActive, true)),
  );
}

/** Records that a package-hours warning went out; false when it already had (it is not sent twice). */
export async function recordPackageHourAlert(
  db: Executor,
  values: { subscriptionId: string; periodStartDate: string; thresholdPercent: number },
): Promise<boolean> {
  const inserted = await db
    .insert(packageHourAlerts)
    .values(values)
    .onConflictDoNothing()
    .returning({ subscriptionId: packageHourAlerts.subscriptionId });
  return inserted.length === 1;
}
