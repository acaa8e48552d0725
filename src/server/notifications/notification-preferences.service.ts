import type {
  NotificationPreferences,
  UpdateNotificationPreferences,
} from '../../shared/api/notifications.js';
import type { Database } from '../db/database.js';
import {
  findNotificationPreferences,
  type NotificationPreferencesRow,
  upsertNotificationPreferences,
} from './notifications.repository.js';

function present(row: NotificationPreferencesRow | undefined): NotificationPreferences {
  return {
    ticketOpened: row?.ticketOpened ?? true,
    ticketReplied: row?.ticketReplied ?? true,
    ticketClosed: row?.ticketClosed ?? true,
    packageHours: row?.packageHours ?? true,
    statementIssued: row?.statementIssued ?? true,
  };
}

/** A user's notification switches; everything is on until they change it. */
export async function getNotificationPreferences(
  db: Database,
  userId: string,
): Promise<NotificationPreferences> {
  return present(await findNotificationPreferences(db, userId));
}

/** Changes some switches; the others keep their value. */
export async function updateNotificationPreferences(
  db: Database,
  userId: string,
  patch: UpdateNotificationPreferences,
): Promise<NotificationPreferences> {
  return present(await upsertNotificationPreferences(db, userId, patch, new Date()));
}
