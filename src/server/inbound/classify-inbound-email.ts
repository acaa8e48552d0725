import { type InboundAttachment, type ParsedInboundEmail, readIds } from './parse-inbound-email.js';

export type InboundKind =
  | { kind: 'person' }
  | { kind: 'auto_reply' }
  | { kind: 'bulk' }
  | { kind: 'mailer_daemon' }
  | { kind: 'own_address' }
  | {
      kind: 'bounce';
      originalMessageIds: string[];
      failedRecipients: string[];
      diagnostic: string;
    };

type Bounce = Extract<InboundKind, { kind: 'bounce' }>;

const STATUS_TYPES = new Set(['message/delivery-status', 'message/global-delivery-status']);
const ORIGINAL_TYPES = new Set([
  'message/rfc822',
  'message/global',
  'text/rfc822-headers',
  'message/global-headers',
]);
const DAEMON_LOCAL_PART = /^(?:mailer-daemon|mailer_daemon|mailerdaemon|mail-daemon|postmaster)$/i;
const BOUNCE_SUBJECT =
  /undeliver|not delivered|delivery (?:status|fail)|returned mail|failure notice|mail delivery|αδυναμία παράδοσης|δεν παραδόθηκε|μη παράδοση/i;
const DIAGNOSTIC_MAX_LENGTH = 1_000;

/**
 * What kind of mail this is, so that only a person's mail opens or answers a ticket: our own
 * address first (never a loop), then bounces (they mark our outgoing email), then auto-replies,
 * bulk mail and mail systems, which are ignored.
 */
export function classifyInboundEmail(
  email: ParsedInboundEmail,
  options: { ownAddresses: string[] },
): InboundKind {
  const own = new Set(options.ownAddresses.map((address) => address.trim().toLowerCase()));
  if (email.from && own.has(email.from.address)) return { kind: 'own_address' };
  const bounce = readBounce(email);
  if (bounce) return bounce;
  if (isAutoReply(email.headers)) return { kind: 'auto_reply' };
  if (isBulk(email.headers)) return { kind: 'bulk' };
  if (isFromMailSystem(email)) return { kind: 'mailer_daemon' };
  return { kind: 'person' };
}

/**
 * RFC 3834 and what mail systems really send. X-Auto-Response-Suppress asks others not to answer
 * this mail and says nothing about how it was written, so only "All" (or both OOF and AutoReply),
 * which Exchange puts on its own out-of-office replies and systems on notifications, counts.
 */
function isAutoReply(headers: Map<string, string>): boolean {
  const autoSubmitted = firstToken(headers.get('auto-submitted'));
  if (autoSubmitted !== '' && autoSubmitted !== 'no') return true;
  for (const name of ['x-autoreply', 'x-autorespond', 'x-autoreply-from', 'x-mail-autoreply']) {
    const value = headers.get(name);
    if (value !== undefined && !/^(?:no|false|0)$/i.test(value.trim())) return true;
  }
  const suppress = (headers.get('x-auto-response-suppress') ?? '').toLowerCase();
  if (/\ball\b/.test(suppress) || (/\boof\b/.test(suppress) && /\bautoreply\b/.test(suppress))) {
    return true;
  }
  if (firstToken(headers.get('precedence')) === 'auto_reply') return true;
  // A read receipt (RFC 8098) is written by the mail client, not by the person.
  return /report-type\s*=\s*"?disposition-notification/i.test(headers.get('content-type') ?? '');
}

function isBulk(headers: Map<string, string>): boolean {
  const precedence = firstToken(headers.get('precedence'));
  if (precedence === 'bulk' || precedence === 'list' || precedence === 'junk') return true;
  return headers.has('list-id') || headers.has('list-unsubscribe');
}

function isFromMailSystem(email: ParsedInboundEmail): boolean {
  const localPart = email.from?.address.split('@')[0] ?? '';
  return DAEMON_LOCAL_PART.test(localPart) || isNullReturnPath(email.headers);
}

function isNullReturnPath(headers: Map<string, string>): boolean {
  return /^<\s*>$/.test(headers.get('return-path')?.trim() ?? '');
}

/** A delivery status notification (RFC 3464), or best effort a plain-text one from a mail system. */
function readBounce(email: ParsedInboundEmail): Bounce | null {
  const isReport = /^\s*multipart\/report\b/i.test(email.headers.get('content-type') ?? '');
  const status = email.attachments.find((file) => STATUS_TYPES.has(file.contentType));
  if (isReport && status) return readDeliveryStatus(email, status);
  // An empty Return-Path alone is also what auto-replies use, so it needs a bounce's subject too.
  const isFromDaemon = DAEMON_LOCAL_PART.test(email.from?.address.split('@')[0] ?? '');
  if (isFromDaemon || (isNullReturnPath(email.headers) && BOUNCE_SUBJECT.test(email.subject))) {
    return readPlainTextBounce(email);
  }
  return null;
}

function readDeliveryStatus(email: ParsedInboundEmail, status: InboundAttachment): Bounce | null {
  // The first block is about the message, each next one about one recipient.
  const [, ...recipients] = readFieldBlocks(status.content.toString('utf8'));
  const failed = recipients.filter((fields) => {
    const action = firstToken(fields.get('action'));
    return action === 'failed' || (action === '' && (fields.get('status') ?? '').startsWith('5'));
  });
  if (failed.length === 0) return null; // delayed, delivered or relayed: nothing bounced
  const failedRecipients = failed.flatMap((fields) => {
    const address = afterType(fields.get('final-recipient') ?? fields.get('original-recipient'));
    return address ? [address.replace(/^<|>$/g, '').toLowerCase()] : [];
  });
  const diagnostics = failed.map(
    (fields) => afterType(fields.get('diagnostic-code')) || (fields.get('status') ?? ''),
  );
  const originals = email.attachments
    .filter((file) => ORIGINAL_TYPES.has(file.contentType))
    .flatMap((file) => readIds(readFieldBlocks(headersOf(file))[0]?.get('message-id')));
  return {
    kind: 'bounce',
    originalMessageIds: unique(originals.length > 0 ? originals : referencedIds(email)),
    failedRecipients: unique(failedRecipients),
    diagnostic: unique(diagnostics.filter((text) => text !== ''))
      .join('; ')
      .slice(0, DIAGNOSTIC_MAX_LENGTH),
  };
}

/** Postfix, qmail and Exim bounces without a report part, which quote the original's headers. */
function readPlainTextBounce(email: ParsedInboundEmail): Bounce | null {
  if (/\b(?:delay|delayed|warning)\b/i.test(email.subject)) return null;
  const text = email.text;
  const originalMessageIds = unique(
    [...text.matchAll(/^[ \t>]*Message-ID:[ \t]*(.+)$/gim)].flatMap((match) => readIds(match[1])),
  );
  const recipients = [
    ...(email.headers.get('x-failed-recipients') ?? '').split(','),
    ...[...text.matchAll(/^[ \t]*<([^<>\s]+@[^<>\s]+)>:/gm)].map((match) => match[1]!),
    ...[...text.matchAll(/^[ \t]*Final-Recipient:[ \t]*(.+)$/gim)].map((match) =>
      afterType(match[1]),
    ),
    ...[...text.matchAll(/failed:\s*\n\s*<?([^\s<>@]+@[^\s<>:]+?)>?(?:[\s:]|$)/gi)].map(
      (match) => match[1]!,
    ),
  ];
  const failedRecipients = unique(
    recipients
      .map((address) => address.trim().toLowerCase())
      .filter((address) => address.includes('@')),
  );
  if (originalMessageIds.length === 0 && failedRecipients.length === 0) return null;
  const diagnostic =
    /\b([45]\d\d[ -][245]\.\d{1,3}\.\d{1,3}\b.*)$/m.exec(text)?.[1] ??
    /(?:^|\s)(5\d\d[ -].*)$/m.exec(text)?.[1];
  return {
    kind: 'bounce',
    originalMessageIds: originalMessageIds.length > 0 ? originalMessageIds : referencedIds(email),
    failedRecipients,
    diagnostic: (diagnostic ?? '').trim().slice(0, DIAGNOSTIC_MAX_LENGTH),
  };
}

/** The header block of an attached original, which may be a whole (large) message. */
function headersOf(file: InboundAttachment): string {
  const head = file.content.subarray(0, 65_536).toString('utf8').replace(/\r\n?/g, '\n');
  const end = head.indexOf('\n\n');
  return end === -1 ? head : head.slice(0, end);
}

/** Some mail systems set In-Reply-To or References of a bounce to the mail that bounced. */
function referencedIds(email: ParsedInboundEmail): string[] {
  return unique([...email.inReplyTo, ...email.references]);
}

/** Header-like blocks separated by blank lines, each as unfolded fields by lower-cased name. */
function readFieldBlocks(text: string): Map<string, string>[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((block) => {
      const fields = new Map<string, string>();
      for (const line of block.replace(/\n[ \t]+/g, ' ').split('\n')) {
        const colon = line.indexOf(':');
        if (colon <= 0) continue;
        const name = line.slice(0, colon).trim().toLowerCase();
        if (!fields.has(name)) fields.set(name, line.slice(colon + 1).trim());
      }
      return fields;
    })
    .filter((fields) => fields.size > 0);
}

/** "rfc822; someone@example.com" → "someone@example.com", "smtp; 550 …" → "550 …". */
function afterType(value: string | undefined): string {
  if (!value) return '';
  const semicolon = value.indexOf(';');
  return (semicolon === -1 ? value : value.slice(semicolon + 1)).trim();
}

/** The value before any parameter or comment, lower-cased: "auto-replied; owner=…" → "auto-replied". */
function firstToken(value: string | undefined): string {
  return (value ?? '')
    .replace(/\([^)]*\)/g, '')
    .split(';')[0]!
    .trim()
    .toLowerCase();
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
