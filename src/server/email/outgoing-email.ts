import type { OutgoingEmail } from './mail-transport.js';
import type { OutboxEmailRow } from './outbox.repository.js';
import type { SiteInfo } from './templates/layout.js';
import { renderEmail } from './templates/render-email.js';

/** The outbox row as the worker sends it (same Message-ID and date). */
export function outgoingEmailOf(row: OutboxEmailRow, from: string, site: SiteInfo): OutgoingEmail {
  return {
    id: row.id,
    from,
    to: row.toAddress,
    ...renderEmail(row.kind, row.locale, row.data, site),
    messageId: `<${row.id}@${new URL(site.publicUrl).hostname || 'aitima'}>`,
    date: row.createdAt,
  };
}
