import { createHash } from 'node:crypto';
import {
  type AddressObject,
  type Attachment,
  type EmailAddress,
  type HeaderValue,
  type ParsedMail,
  type SimpleParserOptions,
  type StructuredHeader,
  simpleParser,
} from 'mailparser';
import { extractReplyText } from './reply-text.js';

export interface InboundAttachment {
  /** The name the mail gave, or one made up from the type ("image-1.png") when it gave none. */
  fileName: string;
  /** The type the mail declared; the upload checks detect the real one. */
  contentType: string;
  content: Buffer;
  size: number;
  /** Shown inside the body by the sender's client: referenced by cid, or disposition inline. */
  isInline: boolean;
  /** The Content-ID without angle brackets. */
  contentId?: string;
}

export interface ParsedInboundEmail {
  /** Message-ID without angle brackets; when the mail has none: `${sha256 of raw}@aitima.invalid`. */
  messageId: string;
  /** Ids without angle brackets. */
  inReplyTo: string[];
  /** Ids without angle brackets, in order. */
  references: string[];
  /** The first sender with an address, the address lower-cased. */
  from: { address: string; name: string } | null;
  /** Lower-cased addresses, groups flattened, without repeats. */
  to: string[];
  cc: string[];
  /** Decoded and trimmed, '' when there is none. */
  subject: string;
  /** null when the mail has no Date header or one that cannot be read. */
  date: Date | null;
  /** Everything the mail says as plain text: the text part, or the HTML part turned into text. */
  text: string;
  /** Only what the person wrote this time, see extractReplyText. */
  replyText: string;
  /** Every file of the mail, inline images, forwarded messages and report parts included. */
  attachments: InboundAttachment[];
  /** The top-level headers by lower-cased name: the first occurrence, unfolded, not decoded. */
  headers: Map<string, string>;
}

/** Thrown only when nothing at all can be read from the bytes. */
export class InboundParseError extends Error {
  override readonly name = 'InboundParseError';
}

const PARSER_OPTIONS: SimpleParserOptions = {
  // Bounces are read by the classifier from these parts, so they stay attachments.
  keepDeliveryStatus: true,
  // A forwarded message/rfc822 is a file of its own, kept whole, not merged into the text.
  ignoreEmbedded: true,
  keepCidLinks: true,
  skipImageLinks: true,
  skipTextToHtml: true,
  checksumAlgo: false,
  // html-to-text is slow on huge documents; above this the crude conversion below is used.
  maxHtmlLengthToParse: 2_000_000,
};

/**
 * Reads a raw RFC 5322 mail into what Aitima needs. Salvages what it can from malformed MIME;
 * throws InboundParseError only when no header, text or file can be read at all.
 */
export async function parseInboundEmail(original: Buffer): Promise<ParsedInboundEmail> {
  if (isBlank(original)) throw new InboundParseError('The mail is empty');
  let raw = original;
  let mail = await parseOrSalvage(raw);
  const boundaryFixed = withGuessedBoundary(raw, mail);
  if (boundaryFixed) {
    raw = boundaryFixed;
    mail = await parseOrSalvage(raw);
  }
  if (isMostlyUnreadable(mail.text ?? '')) mail = await readAsGreek(raw, mail);

  const headers = readHeaderLines(mail);
  const text = readText(mail);
  const email: ParsedInboundEmail = {
    messageId: readIds(headers.get('message-id'))[0] ?? `${sha256(original)}@aitima.invalid`,
    inReplyTo: readIds(headers.get('in-reply-to')),
    references: readIds(headers.get('references')),
    from: readFrom(mail.from),
    to: readAddresses(mail.to),
    cc: readAddresses(mail.cc),
    subject: (mail.subject ?? '').replace(/\s+/g, ' ').trim(),
    date: readDate(mail, headers),
    text,
    replyText: extractReplyText(text),
    attachments: mail.attachments.map(toInboundAttachment),
    headers,
  };
  if (!email.from && email.subject === '' && text === '' && email.attachments.length === 0) {
    throw new InboundParseError('No sender, subject, text or file could be read from the mail');
  }
  return email;
}

/** simpleParser, and when it gives up (too many parts, a huge header), the body as plain text. */
async function parseOrSalvage(raw: Buffer): Promise<ParsedMail> {
  try {
    return await simpleParser(raw, PARSER_OPTIONS);
  } catch (error) {
    try {
      return await simpleParser(asPlainText(raw), PARSER_OPTIONS);
    } catch {
      throw new InboundParseError('The mail could not be read', { cause: error });
    }
  }
}

const GREEK_CHARSETS = ['windows-1253', 'iso-8859-7'] as const;
const GREEK_LETTER = /[\u0386-\u03ce]/g;
const CLAIMS_UTF8_OR_ASCII = /^(?:utf-?8|us-?ascii|ascii)$/i;

/**
 * Greek written in Windows-1253 or ISO-8859-7 by a client that declared UTF-8, ASCII or no charset
 * at all comes out as U+FFFD; the mail read again with its text parts declared in the Greek
 * charset that yields the most Greek letters, when that reads without a replacement character.
 */
async function readAsGreek(raw: Buffer, mail: ParsedMail): Promise<ParsedMail> {
  let best: { mail: ParsedMail; charset: string; score: number } | null = null;
  for (const charset of GREEK_CHARSETS) {
    const candidate = await parseOrSalvage(withTextCharset(raw, charset)).catch(() => null);
    const text = candidate?.text ?? '';
    if (!candidate || text.includes('\uFFFD')) continue;
    const score = text.match(GREEK_LETTER)?.length ?? 0;
    if (score > (best?.score ?? 0)) best = { mail: candidate, charset, score };
  }
  if (!best) return mail;
  if (best.mail.subject?.includes('\uFFFD')) {
    best.mail.subject = readRawSubject(raw, best.charset) ?? best.mail.subject;
  }
  // The files come from the mail as it was: redeclaring could touch a forwarded message's headers.
  best.mail.attachments = mail.attachments;
  return best.mail;
}

/**
 * More replacement characters than Greek letters: 8-bit Greek read as UTF-8. A real UTF-8 mail that
 * merely contains a U+FFFD (pasted from elsewhere) is left alone.
 */
function isMostlyUnreadable(text: string): boolean {
  const replacements = text.match(/\uFFFD/g)?.length ?? 0;
  return replacements > 0 && replacements > (text.match(GREEK_LETTER)?.length ?? 0);
}

/** The raw mail with every text part that claims UTF-8 or ASCII (or no charset) declared as charset. */
function withTextCharset(raw: Buffer, charset: string): Buffer {
  const source = raw.toString('latin1');
  const redeclared = source.replace(
    /^(Content-Type:[ \t]*text\/(?:plain|html)\b)([^\r\n]*(?:\r?\n[ \t][^\r\n]*)*)/gim,
    (whole, type: string, params: string) => {
      const declared = /charset\s*=\s*"?([^";\s]+)"?/i.exec(params)?.[1];
      if (declared && !CLAIMS_UTF8_OR_ASCII.test(declared)) return whole;
      return `${type}${params.replace(/;?\s*charset\s*=\s*"?[^";\s]*"?/i, '')}; charset=${charset}`;
    },
  );
  const { head } = splitHead(raw);
  const withType = /^content-type\s*:/im.test(head)
    ? redeclared
    : `Content-Type: text/plain; charset=${charset}\r\n${redeclared}`;
  return Buffer.from(withType, 'latin1');
}

/** The top-level Subject written in 8-bit without encoded words, decoded in the given charset. */
function readRawSubject(raw: Buffer, charset: string): string | null {
  const line = /^Subject:[ \t]*([^\r\n]*(?:\r?\n[ \t][^\r\n]*)*)/im.exec(splitHead(raw).head)?.[1];
  if (!line || line.includes('=?') || !charset) return null;
  const bytes = Buffer.from(line.replace(/\r?\n[ \t]+/g, ' '), 'latin1');
  return new TextDecoder(charset).decode(bytes).trim();
}

/** The same mail with its own Content-Type headers replaced by text/plain. */
function asPlainText(raw: Buffer): Buffer {
  const { head, body } = splitHead(raw);
  const kept = unfoldedHeaderLines(head).filter(
    (line) => !/^content-(?:type|transfer-encoding)\s*:/i.test(line),
  );
  return Buffer.concat([
    Buffer.from(`${kept.join('\r\n')}\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n`),
    body,
  ]);
}

/**
 * A multipart mail whose Content-Type lost its boundary yields nothing; when the body shows a
 * boundary line ("--something"), the mail with that boundary put back.
 */
function withGuessedBoundary(raw: Buffer, mail: ParsedMail): Buffer | null {
  if (mail.text || mail.attachments.length > 0) return null;
  const contentType = mail.headers.get('content-type');
  if (!isStructuredHeader(contentType)) return null;
  if (!String(contentType.value).startsWith('multipart/') || contentType.params.boundary) {
    return null;
  }
  const { head, body } = splitHead(raw);
  const boundary = /^--([^\s"]{1,70}?)(?:--)?[ \t]*\r?$/m.exec(body.toString('latin1'))?.[1];
  if (!boundary) return null;
  const lines = unfoldedHeaderLines(head).map((line) =>
    /^content-type\s*:/i.test(line)
      ? `Content-Type: ${contentType.value}; boundary="${boundary}"`
      : line,
  );
  return Buffer.concat([Buffer.from(`${lines.join('\r\n')}\r\n\r\n`), body]);
}

function isStructuredHeader(value: HeaderValue | undefined): value is StructuredHeader {
  return (
    typeof value === 'object' && !Array.isArray(value) && 'params' in value && 'value' in value
  );
}

function splitHead(raw: Buffer): { head: string; body: Buffer } {
  const crlf = raw.indexOf('\r\n\r\n');
  const lf = raw.indexOf('\n\n');
  const [end, gap] =
    crlf !== -1 && (lf === -1 || crlf < lf) ? [crlf, 4] : lf !== -1 ? [lf, 2] : [raw.length, 0];
  return { head: raw.subarray(0, end).toString('latin1'), body: raw.subarray(end + gap) };
}

function unfoldedHeaderLines(head: string): string[] {
  return head
    .replace(/\r?\n[ \t]+/g, ' ')
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '');
}

function readHeaderLines(mail: ParsedMail): Map<string, string> {
  const headers = new Map<string, string>();
  for (const { key, line } of mail.headerLines) {
    const name = key.toLowerCase();
    if (headers.has(name)) continue;
    const colon = line.indexOf(':');
    headers.set(
      name,
      colon === -1
        ? ''
        : line
            .slice(colon + 1)
            .replace(/\r?\n[ \t]*/g, ' ')
            .trim(),
    );
  }
  return headers;
}

/** Message ids from a header: the <bracketed> ones, or bare tokens with an @ when none is. */
export function readIds(value: string | undefined): string[] {
  if (!value) return [];
  const bracketed = [...value.matchAll(/<([^<>\s]+)>/g)].map((match) => match[1]!);
  const ids =
    bracketed.length > 0 ? bracketed : value.split(/[\s,]+/).filter((id) => id.includes('@'));
  return [...new Set(ids)];
}

function readFrom(from: AddressObject | undefined): ParsedInboundEmail['from'] {
  const sender = flatten(from ? [from] : []).find((entry) => entry.address);
  if (!sender?.address) return null;
  return { address: sender.address.toLowerCase(), name: sender.name.trim() };
}

function readAddresses(header: AddressObject | AddressObject[] | undefined): string[] {
  const objects = header === undefined ? [] : Array.isArray(header) ? header : [header];
  const addresses = flatten(objects).flatMap((entry) =>
    entry.address ? [entry.address.toLowerCase()] : [],
  );
  return [...new Set(addresses)];
}

function flatten(objects: AddressObject[]): EmailAddress[] {
  return objects
    .flatMap((object) => object.value)
    .flatMap((entry) => (entry.group ? entry.group : [entry]));
}

function readDate(mail: ParsedMail, headers: Map<string, string>): Date | null {
  // mailparser puts the current time in for a Date header it cannot read; that is no date.
  const header = headers.get('date');
  if (!header || Number.isNaN(Date.parse(header.replace(/\([^)]*\)/g, '')))) return null;
  return mail.date && !Number.isNaN(mail.date.getTime()) ? mail.date : null;
}

function readText(mail: ParsedMail): string {
  let text = mail.text ?? '';
  if (text.trim() === '' && typeof mail.html === 'string' && mail.html.trim() !== '') {
    // A blank text/plain beside the HTML, or HTML too large for html-to-text.
    text = crudeHtmlToText(mail.html);
  }
  return text
    .replace(/\r\n?/g, '\n')
    .replaceAll('\u0000', '')
    .replace(/ ?\[(?:cid|data):[^[\]\s]*\]/g, '')
    .split('\n')
    .map((line) => (line === '-- ' ? line : line.trimEnd()))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Tags, scripts and styles out, line breaks kept, the common entities decoded. */
function crudeHtmlToText(html: string): string {
  const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', nbsp: ' ' };
  // Every pattern here stops at the next "<" or ";", so a hostile document stays linear.
  return withoutElements(html, ['script', 'style', 'head'])
    .replace(/<br\s*\/?>|<\/(?:p|div|li|tr|h[1-6]|blockquote)\s*>/gi, '\n')
    .replace(/<[^<>]*>/g, '')
    .replace(/&(amp|lt|gt|quot|nbsp);/g, (_, name: string) => entities[name] ?? '')
    .replace(/&#(\d{1,7});/g, (_, code: string) => String.fromCodePoint(Number(code) % 0x110000))
    .replace(/[ \t]+/g, ' ');
}

/** The HTML without these elements and their content, in one pass; an unclosed one runs to the end. */
function withoutElements(html: string, names: string[]): string {
  const lower = html.toLowerCase();
  const open = new RegExp(`<(${names.join('|')})\\b`, 'g');
  let kept = '';
  let from = 0;
  for (let match = open.exec(lower); match; match = open.exec(lower)) {
    kept += html.slice(from, match.index);
    const close = lower.indexOf(`</${match[1]}`, open.lastIndex);
    const end = close === -1 ? -1 : lower.indexOf('>', close);
    from = end === -1 ? html.length : end + 1;
    open.lastIndex = from;
  }
  return kept + html.slice(from);
}

const EXTENSIONS: Record<string, string> = {
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'image/gif': 'gif',
  'image/webp': 'webp',
  'application/pdf': 'pdf',
  'message/rfc822': 'eml',
  'message/global': 'eml',
  'text/plain': 'txt',
  'text/html': 'html',
  'text/calendar': 'ics',
  'text/rfc822-headers': 'txt',
  'message/delivery-status': 'txt',
};

function toInboundAttachment(attachment: Attachment, index: number): InboundAttachment {
  const contentType = attachment.contentType.toLowerCase();
  const isMessage = contentType === 'message/rfc822' || contentType === 'message/global';
  return {
    fileName: attachment.filename?.trim() || defaultFileName(contentType, index + 1),
    contentType,
    content: attachment.content,
    size: attachment.size,
    isInline:
      !isMessage && (attachment.related === true || attachment.contentDisposition === 'inline'),
    ...(attachment.cid ? { contentId: attachment.cid } : {}),
  };
}

function defaultFileName(contentType: string, number: number): string {
  const extension = EXTENSIONS[contentType] ?? 'bin';
  if (extension === 'eml') return `forwarded-message-${number}.eml`;
  const kind = contentType.startsWith('image/') ? 'image' : 'attachment';
  return `${kind}-${number}.${extension}`;
}

function isBlank(raw: Buffer): boolean {
  return raw.every((byte) => byte === 0x20 || byte === 0x09 || byte === 0x0d || byte === 0x0a);
}

function sha256(raw: Buffer): string {
  return createHash('sha256').update(raw).digest('hex');
}
