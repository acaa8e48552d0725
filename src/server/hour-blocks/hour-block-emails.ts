import type { Executor } from '../db/database.js';
import type { EmailData } from '../email/email-kinds.js';
import { insertOutboxEmails } from '../email/outbox.repository.js';
import {
  findActiveCompanyAdmins,
  findActiveStaffRecipients,
} from '../notifications/notifications.repository.js';
import { chooseRecipients } from '../notifications/recipients.js';
import type { HourBlockRow } from './hour-blocks.repository.js';

/**
 * Queues the emails of a block's step, in its transaction: a request goes to the
 * staff; a confirmation, a decline or a block added by staff to the company's
 * company_admins, and to the other staff so both sides know. Never to the actor.
 */
export async function queueHourBlockEmails(
  tx: Executor,
  event: EmailData['hour_block']['event'],
  block: HourBlockRow,
  companyName: string,
  actorUserId: string,
): Promise<void> {
  const base = {
    event,
    companyId: block.companyId,
    companyName,
    blockName: block.name,
    minutes: Math.round(block.hours * 60),
    price: block.price,
    startsOn: block.startsOn,
    validUntil: block.validUntil,
    reason: block.declineReason,
  };
  const staff = await findActiveStaffRecipients(tx, 'packageHours');
  const audiences = [
    { audience: 'staff' as const, rows: staff },
    ...(event === 'requested'
      ? []
      : [
          {
            audience: 'customer' as const,
            rows: await findActiveCompanyAdmins(tx, block.companyId, 'packageHours'),
          },
        ]),
  ];
  await insertOutboxEmails(
    tx,
    audiences.flatMap(({ audience, rows }) =>
      chooseRecipients(rows, actorUserId).map((recipient) => ({
        kind: 'hour_block' as const,
        recipientUserId: recipient.id,
        toAddress: recipient.email,
        locale: recipient.locale,
        data: { ...base, audience },
      })),
    ),
  );
}
