import type { OutgoingEmail } from './mail-transport.js';
import type { OutboxEmailRow } from './outbox.repository.js';
import type { SiteInfo } from './templates/layout.js';
import { renderEmail } from './templates/render-email.js';

/** The domain part of the Message-IDs the server makes: the portal's host name. */
export const messageIdDomain = (site: SiteInfo): string =>
  new URL(site.publicUrl).hostname || 'aitima';

/**
 * The Message-ID every email about a ticket refers to (In-Reply-To, References),
 * so a mail client threads them together and a reply names its ticket.
 */
export const ticketThreadId = (ticketId: string, site: SiteInfo): string =>
  `ticket-${ticketId}@${messageIdDomain(site)}`;

/** The ticket id inside a thread id made by `ticketThreadId`, whatever the domain was then. */
export function ticketIdOfThreadId(messageId: string): string | null {
  const match = /^ticket-([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})@/i.exec(
    messageId,
  );
  return match ? match[1]!.toLowerCase() : null;
}

/** The Message-ID an outbox row is sent with (without <>): stored once sent, stable across retries. */
export const outboxMessageId = (
  row: Pick<OutboxEmailRow, 'id' | 'messageIdHeader'>,
  site: SiteInfo,
) => row.messageIdHeader ?? `${row.id}@${messageIdDomain(site)}`;

/**
 * The outbox row as the worker sends it (same Message-ID and date on every try).
 * Replies go to the support mailbox (`replyTo`) when there is one; an email about
 * a ticket is threaded to it.
 */
export function outgoingEmailOf(
  row: OutboxEmailRow,
  from: string,
  site: SiteInfo,
  replyTo: string | null = null,
): OutgoingEmail {
  const thread = row.ticketId ? `<${ticketThreadId(row.ticketId, site)}>` : undefined;
  return {
    id: row.id,
    from,
    to: row.toAddress,
    ...renderEmail(row.kind, row.locale, row.data, site),
    messageId: `<${outboxMessageId(row, site)}>`,
    date: row.createdAt,
    ...(replyTo ? { replyTo } : {}),
    ...(thread ? { inReplyTo: thread, references: [thread] } : {}),
  };
}
