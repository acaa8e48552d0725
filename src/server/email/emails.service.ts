import type { EmailList, EmailPreview, EmailStatus, OutboxEmail } from '../../shared/api/emails.js';
import type { Database } from '../db/database.js';
import { conflict, notFound } from '../http/errors.js';
import type { Actor } from '../policies/actor.js';
import { authorize } from '../policies/authorize.js';
import { buildEml, emlFileName, type MailSettings } from './mail-transport.js';
import {
  findOutboxEmail,
  listOutboxEmails,
  type OutboxEmailRow,
  requeueFailedEmail,
} from './outbox.repository.js';
import { outgoingEmailOf } from './outgoing-email.js';
import type { SiteInfo } from './templates/layout.js';
import { renderEmail } from './templates/render-email.js';

const LIST_LIMIT = 500;

function subjectOf(row: OutboxEmailRow, site: SiteInfo): string {
  try {
    return renderEmail(row.kind, row.locale, row.data, site).subject;
  } catch {
    // A kind this version does not know (written by a newer one): show what it is.
    return row.kind;
  }
}

function presentEmail(row: OutboxEmailRow, site: SiteInfo): OutboxEmail {
  return {
    id: row.id,
    kind: row.kind,
    status: row.status,
    to: row.toAddress,
    locale: row.locale,
    subject: subjectOf(row, site),
    attempts: row.attempts,
    lastError: row.lastError,
    bounceReason: row.bounceReason,
    nextAttemptAt: row.nextAttemptAt.toISOString(),
    sentAt: row.sentAt?.toISOString() ?? null,
    sentVia: row.sentVia,
    createdAt: row.createdAt.toISOString(),
  };
}

/** The admin page's list: newest first, optionally one status. */
export async function listEmails(
  db: Database,
  actor: Actor,
  status: EmailStatus | undefined,
  mail: MailSettings,
  site: SiteInfo,
): Promise<EmailList> {
  authorize(actor, 'email.manage', null);
  const rows = await listOutboxEmails(db, status, LIST_LIMIT);
  return {
    transport: mail.smtp ? 'smtp' : 'file',
    mailDir: mail.smtp ? null : mail.fileDir,
    maxAttempts: mail.maxAttempts,
    items: rows.map((row) => presentEmail(row, site)),
  };
}

/** «Επανάληψη»: a failed email goes back in the queue with a fresh count of tries. */
export async function retryEmail(
  db: Database,
  actor: Actor,
  id: string,
  site: SiteInfo,
): Promise<OutboxEmail> {
  authorize(actor, 'email.manage', null);
  const row = await requeueFailedEmail(db, id, new Date());
  if (row) return presentEmail(row, site);
  if (!(await findOutboxEmail(db, id))) throw notFound();
  throw conflict('email_not_failed', 'Only a failed email can be retried');
}

/** An email as an .eml file: what was (or will be) sent, for admins to read. */
export async function emailAsEml(
  db: Database,
  actor: Actor,
  id: string,
  from: string,
  site: SiteInfo,
): Promise<{ fileName: string; content: Buffer }> {
  authorize(actor, 'email.manage', null);
  const row = await findOutboxEmail(db, id);
  if (!row) throw notFound();
  const email = outgoingEmailOf(row, from, site);
  return { fileName: emlFileName(email), content: await buildEml(email) };
}

/** An email as it reads (subject, text and HTML), for the admin page. */
export async function previewEmail(
  db: Database,
  actor: Actor,
  id: string,
  from: string,
  site: SiteInfo,
): Promise<EmailPreview> {
  authorize(actor, 'email.manage', null);
  const row = await findOutboxEmail(db, id);
  if (!row) throw notFound();
  const email = outgoingEmailOf(row, from, site);
  return {
    from: email.from,
    to: email.to,
    subject: email.subject,
    text: email.text,
    html: email.html,
  };
}
