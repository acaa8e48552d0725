/**
 * What went wrong talking to a mailbox, in words an administrator can act on:
 * - `auth_failed`: the server refused the user name or password.
 * - `host_not_found`: the host name does not resolve (DNS).
 * - `connection_refused`: nothing listens on that port, or the host/network is unreachable.
 * - `timeout`: no connection, greeting or answer within the time allowed.
 * - `tls_failed`: TLS could not be set up: an untrusted or expired certificate, a name that does
 *   not match, TLS spoken to a plain port, or STARTTLS that the server does not offer.
 * - `folder_not_found`: the folder to read does not exist.
 * - `message_not_found`: the message is no longer in the folder (another client moved it).
 * - `connection_lost`: the server closed the connection or the network dropped it mid-session.
 * - `unknown`: anything else; `detail` says what.
 */
export type ImapErrorCode =
  | 'auth_failed'
  | 'host_not_found'
  | 'connection_refused'
  | 'timeout'
  | 'tls_failed'
  | 'folder_not_found'
  | 'message_not_found'
  | 'connection_lost'
  | 'unknown';

const MAX_DETAIL = 500;

/** A mailbox failure with a stable code and the server's or socket's own words. */
export class ImapMailboxError extends Error {
  readonly code: ImapErrorCode;
  /** The server's or socket's words, at most 500 characters, never the password. */
  readonly detail: string;

  constructor(code: ImapErrorCode, detail: string, options?: { cause?: unknown }) {
    super(`IMAP ${code}: ${detail}`, options);
    this.name = 'ImapMailboxError';
    this.code = code;
    this.detail = detail.slice(0, MAX_DETAIL);
  }
}

const HOST_NOT_FOUND = new Set(['ENOTFOUND', 'EAI_AGAIN', 'EAI_NONAME', 'EAI_FAIL', 'EAI_NODATA']);
const REFUSED = new Set(['ECONNREFUSED', 'EHOSTUNREACH', 'ENETUNREACH', 'EADDRNOTAVAIL']);
// Node's socket codes and imapflow's own (see imapflow's ImapFlowErrorCode).
const TIMEOUT = new Set([
  'ETIMEDOUT',
  'ETIMEOUT',
  'CONNECT_TIMEOUT',
  'GREETING_TIMEOUT',
  'UPGRADE_TIMEOUT',
]);
const LOST = new Set([
  'ECONNRESET',
  'EPIPE',
  'ECONNABORTED',
  'NoConnection',
  'EConnectionClosed',
  'ClosedAfterConnectText',
  // closed after a TLS handshake that succeeded: not a TLS problem
  'ClosedAfterConnectTLS',
  'StateLogout',
]);
// OpenSSL's certificate verification results, as Node reports them in `code`.
const CERTIFICATE =
  /^(DEPTH_ZERO_SELF_SIGNED_CERT|SELF_SIGNED_CERT_IN_CHAIN|UNABLE_TO_|CERT_|HOSTNAME_MISMATCH|INVALID_CA|INVALID_PURPOSE|PATH_LENGTH_EXCEEDED|ERR_TLS_|ERR_SSL_)/;

/** Reads a string or boolean property of a thrown value without trusting its type. */
function property(error: unknown, name: string): unknown {
  return typeof error === 'object' && error !== null ? Reflect.get(error, name) : undefined;
}

function text(error: unknown, name: string): string | undefined {
  const value = property(error, name);
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/** The server's words when it answered, else the socket's; the password blanked out. */
export function errorDetail(error: unknown, password: string): string {
  const code = text(error, 'code');
  const message = error instanceof Error ? error.message : String(error);
  const serverText = text(error, 'responseText') ?? text(error, 'reason');
  let detail = serverText ? `${serverText} (${message})` : message;
  if (code && !detail.includes(code)) detail = `${detail} [${code}]`;
  if (password) detail = detail.split(password).join('***');
  return detail.slice(0, MAX_DETAIL);
}

/** True when the server answered a command with NO or BAD (rather than the connection failing). */
export function isCommandRefusal(error: unknown): boolean {
  const status = property(error, 'responseStatus');
  return status === 'NO' || status === 'BAD';
}

/** Maps what imapflow, Node's sockets, DNS or TLS threw to one of our codes. */
export function toImapMailboxError(error: unknown, password: string): ImapMailboxError {
  if (error instanceof ImapMailboxError) return error;
  return new ImapMailboxError(classify(error), errorDetail(error, password), { cause: error });
}

function classify(error: unknown): ImapErrorCode {
  const code = text(error, 'code') ?? '';
  const serverCode = text(error, 'serverResponseCode') ?? '';
  if (property(error, 'authenticationFailed') === true) return 'auth_failed';
  if (serverCode === 'AUTHENTICATIONFAILED' || serverCode === 'AUTHORIZATIONFAILED') {
    return 'auth_failed';
  }
  if (HOST_NOT_FOUND.has(code)) return 'host_not_found';
  if (REFUSED.has(code)) return 'connection_refused';
  if (TIMEOUT.has(code)) return 'timeout';
  if (
    property(error, 'tlsFailed') === true ||
    code === 'EPROTO' ||
    code === 'STARTTLS_INJECTION' ||
    CERTIFICATE.test(code) ||
    property(error, 'library') === 'SSL routines'
  ) {
    return 'tls_failed';
  }
  if (LOST.has(code)) return 'connection_lost';
  return 'unknown';
}
