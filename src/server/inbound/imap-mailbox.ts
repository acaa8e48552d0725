import { ImapFlow, type MailboxObject } from 'imapflow';
import {
  type ImapErrorCode,
  ImapMailboxError,
  isCommandRefusal,
  toImapMailboxError,
} from './imap-errors.js';

export { type ImapErrorCode, ImapMailboxError } from './imap-errors.js';

/** `tls`: TLS from the first byte (usually port 993); `starttls`: plain, then upgraded and required (143); `none`: never encrypted. */
export type ImapSecurity = 'tls' | 'starttls' | 'none';

export interface ImapSettings {
  host: string;
  port: number;
  security: ImapSecurity;
  user: string;
  password: string;
  /** The folder to read, e.g. `INBOX`. */
  folder: string;
  /** Where processed messages go; created on first use. Must differ from `folder`. */
  processedFolder: string;
}

export type ImapConnectionTestResult =
  | { ok: true; messageCount: number; processedFolderExists: boolean }
  | { ok: false; code: ImapErrorCode; detail: string };

export interface ImapMailboxSession {
  /**
   * UIDVALIDITY of the opened folder, as a bigint: it is an unsigned 32-bit number, beyond
   * PostgreSQL's `integer` (store it as `bigint`). When it changes, every UID seen before is void.
   */
  readonly uidValidity: bigint;
  /** Every message in the folder, oldest first: uid and size in bytes (RFC822.SIZE), without bodies. */
  list(): Promise<{ uid: number; size: number }[]>;
  /**
   * The whole raw message, byte for byte, without marking it \Seen. Throws ImapMailboxError:
   * `message_not_found` when the UID is gone, `connection_lost` when the server goes away.
   */
  fetchSource(uid: number): Promise<Buffer>;
  /** Moves the message to the processed folder (creating it when missing); a UID already gone is not an error. */
  moveToProcessed(uid: number): Promise<void>;
  /** Logs out (waiting at most 2 s for the server) and closes; never throws, also after the connection was lost. */
  close(): Promise<void>;
}

const CONNECT_TIMEOUT_MS = 15_000;
const SOCKET_TIMEOUT_MS = 60_000;
const LOGOUT_TIMEOUT_MS = 2_000;

/** «Δοκιμή σύνδεσης»: connects, logs in, examines the folder (read-only), looks for the processed folder, logs out. Never throws. */
export async function testImapConnection(
  settings: ImapSettings,
): Promise<ImapConnectionTestResult> {
  let connection: Connection | undefined;
  try {
    connection = await connectImap(settings, {
      connectTimeoutMs: CONNECT_TIMEOUT_MS,
      socketTimeoutMs: SOCKET_TIMEOUT_MS,
    });
    const mailbox = await selectFolder(connection, settings.folder, { readOnly: true });
    const processedFolderExists = await folderExists(connection.client, settings.processedFolder);
    return { ok: true, messageCount: mailbox.exists, processedFolderExists };
  } catch (error) {
    const failure = connection
      ? connection.toError(error)
      : toImapMailboxError(error, settings.password);
    return { ok: false, code: failure.code, detail: failure.detail };
  } finally {
    await connection?.close();
  }
}

export interface ImapMailboxOptions {
  /** For the connection, TLS handshake and the server's greeting; 15 s. */
  connectTimeoutMs?: number;
  /** How long a command may go without a byte from the server before the session fails with `timeout`; 60 s. */
  socketTimeoutMs?: number;
}

/** Logs in and opens the folder read-write for processing; throws ImapMailboxError. */
export async function openImapMailbox(
  settings: ImapSettings,
  options: ImapMailboxOptions = {},
): Promise<ImapMailboxSession> {
  const connection = await connectImap(settings, {
    connectTimeoutMs: options.connectTimeoutMs ?? CONNECT_TIMEOUT_MS,
    socketTimeoutMs: options.socketTimeoutMs ?? SOCKET_TIMEOUT_MS,
  });
  let mailbox: MailboxObject;
  try {
    mailbox = await selectFolder(connection, settings.folder, { readOnly: false });
  } catch (error) {
    await connection.close();
    throw connection.toError(error);
  }
  const { client } = connection;
  let hasProcessedFolder = false;
  // Every command goes through here, so every failure leaves as an ImapMailboxError.
  const run = async <T>(work: () => Promise<T>): Promise<T> => {
    try {
      return await work();
    } catch (error) {
      throw connection.toError(error);
    }
  };
  return {
    uidValidity: mailbox.uidValidity,
    list: () =>
      run(async () => {
        const messages = await client.fetchAll('1:*', { uid: true, size: true }, { uid: true });
        return messages
          .map((message) => ({ uid: message.uid, size: message.size ?? 0 }))
          .sort((a, b) => a.uid - b.uid);
      }),
    fetchSource: (uid) =>
      run(async () => {
        const message = await client.fetchOne(String(uid), { source: true }, { uid: true });
        if (message !== false && message.source) return message.source;
        if (!client.usable) throw new ImapMailboxError('connection_lost', 'Connection closed');
        throw new ImapMailboxError('message_not_found', `UID ${uid} is not in ${settings.folder}`);
      }),
    moveToProcessed: (uid) =>
      run(async () => {
        if (!hasProcessedFolder) {
          if (!(await folderExists(client, settings.processedFolder))) {
            await client.mailboxCreate(settings.processedFolder);
          }
          hasProcessedFolder = true;
        }
        try {
          await client.messageMove(String(uid), settings.processedFolder, { uid: true });
        } catch (error) {
          // Some servers answer NO for a UID that is gone; that is the outcome we wanted.
          if (isCommandRefusal(error) && !(await hasUid(client, uid))) return;
          throw error;
        }
      }),
    close: () => connection.close(),
  };
}

interface Connection {
  client: ImapFlow;
  /** Maps a failure, preferring the connection's own error (a socket timeout) to the generic "connection closed" it causes. */
  toError(error: unknown): ImapMailboxError;
  close(): Promise<void>;
}

async function connectImap(
  settings: ImapSettings,
  timeouts: { connectTimeoutMs: number; socketTimeoutMs: number },
): Promise<Connection> {
  const client = new ImapFlow({
    host: settings.host,
    port: settings.port,
    secure: settings.security === 'tls',
    doSTARTTLS: settings.security === 'tls' ? undefined : settings.security === 'starttls',
    auth: { user: settings.user, pass: settings.password },
    connectionTimeout: timeouts.connectTimeoutMs,
    greetingTimeout: timeouts.connectTimeoutMs,
    socketTimeout: timeouts.socketTimeoutMs,
    logger: false,
    clientInfo: { name: 'Aitima' },
  });
  let connectionError: unknown;
  // imapflow emits socket failures as 'error' events; without a listener they would crash the process.
  client.on('error', (error: unknown) => {
    connectionError ??= error;
  });
  const toError = (error: unknown): ImapMailboxError => {
    const mapped = toImapMailboxError(error, settings.password);
    if (mapped.code !== 'connection_lost' || connectionError === undefined) return mapped;
    const cause = toImapMailboxError(connectionError, settings.password);
    return cause.code === 'unknown' ? mapped : cause;
  };
  const close = async () => {
    let timer: NodeJS.Timeout | undefined;
    try {
      // A courtesy to the server, not worth waiting for a hung one.
      if (client.usable) {
        await Promise.race([
          client.logout(),
          new Promise((resolve) => {
            timer = setTimeout(resolve, LOGOUT_TIMEOUT_MS);
          }),
        ]);
      }
    } catch {
      // The connection is going away either way.
    } finally {
      clearTimeout(timer);
      client.close();
    }
  };
  try {
    await client.connect();
  } catch (error) {
    client.close();
    throw toError(error);
  }
  return { client, toError, close };
}

async function selectFolder(
  connection: Connection,
  folder: string,
  options: { readOnly: boolean },
): Promise<MailboxObject> {
  try {
    return await connection.client.mailboxOpen(folder, options);
  } catch (error) {
    // Servers word a missing folder differently (and not all send [NONEXISTENT]): ask the list.
    if (isCommandRefusal(error) && !(await folderExists(connection.client, folder))) {
      const detail = connection.toError(error).detail;
      throw new ImapMailboxError('folder_not_found', detail, { cause: error });
    }
    throw connection.toError(error);
  }
}

async function folderExists(client: ImapFlow, folder: string): Promise<boolean> {
  const wanted = folder.toUpperCase() === 'INBOX' ? 'INBOX' : folder;
  const folders = await client.list();
  return folders.some((entry) => entry.path === wanted && !entry.flags.has('\\Noselect'));
}

async function hasUid(client: ImapFlow, uid: number): Promise<boolean> {
  const found = await client.search({ uid: String(uid) }, { uid: true });
  return Array.isArray(found) && found.includes(uid);
}
