import type { z } from 'zod';
import type {
  Mailbox,
  MailboxPollResult,
  MailboxTestResult,
  mailboxInputSchema,
} from '../../shared/api/mailboxes.js';
import { recordAudit } from '../audit/audit.repository.js';
import type { Config } from '../config/config.js';
import type { Database } from '../db/database.js';
import { conflict, invalid, notFound } from '../http/errors.js';
import type { RequestContext } from '../http/request-context.js';
import type { Actor } from '../policies/actor.js';
import { authorize } from '../policies/authorize.js';
import { testImapConnection } from './imap-mailbox.js';
import { type PollerDeps, pollMailbox } from './mailbox-poller.js';
import { decryptSecret, encryptSecret } from './mailbox-secret.js';
import {
  deleteEnvironmentMailbox,
  deleteMailbox,
  findMailbox,
  insertMailbox,
  listMailboxes,
  type MailboxRow,
  updateMailbox,
  upsertEnvironmentMailbox,
} from './mailboxes.repository.js';

type ParsedMailboxInput = z.output<typeof mailboxInputSchema>;

function presentMailbox(row: MailboxRow, failedCount: number): Mailbox {
  return {
    id: row.id,
    name: row.name,
    address: row.address,
    host: row.host,
    port: row.port,
    security: row.security,
    username: row.username,
    folder: row.folder,
    processedFolder: row.processedFolder,
    isActive: row.isActive,
    source: row.source,
    lastPolledAt: row.lastPolledAt?.toISOString() ?? null,
    lastError:
      row.lastErrorCode && row.lastErrorAt
        ? {
            code: row.lastErrorCode as NonNullable<Mailbox['lastError']>['code'],
            detail: row.lastErrorDetail ?? '',
            at: row.lastErrorAt.toISOString(),
          }
        : null,
    failedCount,
  };
}

/** The support mailboxes, with their state (admin). */
export async function listMailboxesFor(db: Database, actor: Actor): Promise<Mailbox[]> {
  authorize(actor, 'mailbox.manage', null);
  const rows = await listMailboxes(db);
  return rows.map(({ mailbox, failedCount }) => presentMailbox(mailbox, failedCount));
}

async function editableMailbox(db: Database, id: string): Promise<MailboxRow> {
  const row = await findMailbox(db, id);
  if (!row) throw notFound();
  if (row.source === 'environment') {
    throw conflict('mailbox_from_environment', 'This mailbox is set by IMAP_* variables');
  }
  return row;
}

const settingsOf = (input: ParsedMailboxInput) => ({
  name: input.name,
  address: input.address.toLowerCase(),
  host: input.host,
  port: input.port,
  security: input.security,
  username: input.username,
  folder: input.folder,
  processedFolder: input.processedFolder,
  isActive: input.isActive,
});

/** Connects a mailbox (admin); its password is kept encrypted. */
export async function createMailbox(
  db: Database,
  actor: Actor,
  input: ParsedMailboxInput,
  secretKey: Buffer,
  context: RequestContext,
): Promise<Mailbox> {
  authorize(actor, 'mailbox.manage', null);
  if (!input.password) throw invalid('password', 'required');
  const password = input.password;
  return db.transaction(async (tx) => {
    const row = await insertMailbox(tx, {
      ...settingsOf(input),
      passwordEncrypted: encryptSecret(secretKey, password),
    });
    await recordAudit(tx, {
      action: 'mailbox.created',
      actorUserId: actor.userId,
      entityType: 'mailbox',
      entityId: row.id,
      data: { name: row.name, host: row.host, username: row.username },
      ...context,
    });
    return presentMailbox(row, 0);
  });
}

/** Changes a mailbox (admin); an empty password keeps the stored one. */
export async function changeMailbox(
  db: Database,
  actor: Actor,
  id: string,
  input: ParsedMailboxInput,
  secretKey: Buffer,
  context: RequestContext,
): Promise<Mailbox> {
  authorize(actor, 'mailbox.manage', null);
  await editableMailbox(db, id);
  return db.transaction(async (tx) => {
    const row = await updateMailbox(tx, id, {
      ...settingsOf(input),
      ...(input.password ? { passwordEncrypted: encryptSecret(secretKey, input.password) } : {}),
    });
    if (!row) throw notFound();
    await recordAudit(tx, {
      action: 'mailbox.updated',
      actorUserId: actor.userId,
      entityType: 'mailbox',
      entityId: id,
      data: { name: row.name, passwordChanged: Boolean(input.password) },
      ...context,
    });
    return presentMailbox(row, 0);
  });
}

/** Disconnects a mailbox (admin); the mails it brought stay, as does their record. */
export async function removeMailbox(
  db: Database,
  actor: Actor,
  id: string,
  context: RequestContext,
): Promise<void> {
  authorize(actor, 'mailbox.manage', null);
  const row = await editableMailbox(db, id);
  await db.transaction(async (tx) => {
    await deleteMailbox(tx, id);
    await recordAudit(tx, {
      action: 'mailbox.deleted',
      actorUserId: actor.userId,
      entityType: 'mailbox',
      entityId: id,
      data: { name: row.name },
      ...context,
    });
  });
}

/**
 * «Δοκιμή σύνδεσης»: tries settings as typed, before or after saving. With no
 * password typed, a saved mailbox's own password is used.
 */
export async function testMailboxSettings(
  db: Database,
  actor: Actor,
  input: ParsedMailboxInput & { mailboxId?: string },
  secretKey: Buffer,
): Promise<MailboxTestResult> {
  authorize(actor, 'mailbox.manage', null);
  let password = input.password;
  if (!password && input.mailboxId) {
    const saved = await findMailbox(db, input.mailboxId);
    if (!saved) throw notFound();
    password = decryptSecret(secretKey, saved.passwordEncrypted);
  }
  if (!password) throw invalid('password', 'required');
  return testImapConnection({ ...settingsOf(input), user: input.username, password });
}

/** «Έλεγχος τώρα»: reads a mailbox at once instead of at the next round (admin). */
export async function pollMailboxNow(
  deps: PollerDeps,
  actor: Actor,
  id: string,
): Promise<MailboxPollResult> {
  authorize(actor, 'mailbox.manage', null);
  if (!(await findMailbox(deps.db, id))) throw notFound();
  return pollMailbox(deps, id);
}

/** Writes (or removes) the mailbox of the IMAP_* variables, as they are at this start. */
export async function syncEnvironmentMailbox(db: Database, config: Config): Promise<void> {
  const fromEnvironment = config.inbound.environmentMailbox;
  if (!fromEnvironment) {
    await deleteEnvironmentMailbox(db);
    return;
  }
  const { password, ...settings } = fromEnvironment;
  await upsertEnvironmentMailbox(db, {
    ...settings,
    name: settings.address,
    address: settings.address.toLowerCase(),
    isActive: true,
    passwordEncrypted: encryptSecret(config.inbound.secretKey, password),
  });
}
