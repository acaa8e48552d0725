import { z } from 'zod';

/**
 * The notification emails a user can switch off. Security emails (password reset,
 * invitation) are not here: they always go.
 */
export const notificationPreferencesSchema = z.object({
  /** Staff: a customer opened a ticket (assigned to them, or to nobody). */
  ticketOpened: z.boolean(),
  /** A public reply on a ticket one takes part in (staff: the customer's; customers: support's). */
  ticketReplied: z.boolean(),
  /** Customers: support closed their ticket. */
  ticketClosed: z.boolean(),
  /** Company admins and staff: a package reached 80 % or 100 % of its hours. */
  packageHours: z.boolean(),
  /** Company admins: the statement of a package's ended period was issued. */
  statementIssued: z.boolean(),
});
export type NotificationPreferences = z.infer<typeof notificationPreferencesSchema>;

export const updateNotificationPreferencesSchema = notificationPreferencesSchema.partial().strict();
export type UpdateNotificationPreferences = z.infer<typeof updateNotificationPreferencesSchema>;
