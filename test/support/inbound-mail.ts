import { randomUUID } from 'node:crypto';
import MailComposer from 'nodemailer/lib/mail-composer/index.js';

// Raw mails as a person's mail client or a mail server would write them, for tests of inbound
// email (parsing, classifying, processing).

export interface InboundEmailInput {
  from: string;
  to: string | string[];
  subject: string;
  text?: string;
  html?: string;
  /** With or without angle brackets; a random one when not given. */
  messageId?: string;
  inReplyTo?: string;
  references?: string[];
  headers?: Record<string, string>;
  attachments?: {
    filename: string;
    content: Buffer | string;
    contentType?: string;
    cid?: string;
  }[];
  date?: Date;
}

/** A raw RFC 5322 mail, composed by nodemailer. */
export async function buildInboundEmail(input: InboundEmailInput): Promise<Buffer> {
  const composer = new MailComposer({
    from: input.from,
    to: input.to,
    subject: input.subject,
    text: input.text,
    html: input.html,
    messageId: bracketed(input.messageId ?? `${randomUUID()}@customer.example`),
    inReplyTo: input.inReplyTo ? bracketed(input.inReplyTo) : undefined,
    references: input.references?.map(bracketed),
    headers: input.headers,
    date: input.date ?? new Date('2026-12-03T10:20:00Z'),
    attachments: input.attachments?.map((attachment) => ({
      filename: attachment.filename,
      content: attachment.content,
      contentType: attachment.contentType,
      cid: attachment.cid,
    })),
  });
  return composer.compile().build();
}

export type ReplyStyle = 'gmail-el' | 'gmail-en' | 'outlook-el' | 'apple-en';

export interface ReceivedEmail {
  messageId: string;
  subject: string;
  text: string;
  /** "Aitima <support@aitima.test>" or a bare address. */
  from: string;
}

/**
 * A person's reply to a mail they received, as their mail client writes it: the new text on top,
 * the original quoted below in the client's style, In-Reply-To and References set.
 */
export async function buildReplyTo(
  received: ReceivedEmail,
  reply: { from: string; text: string; style: ReplyStyle; messageId?: string },
): Promise<Buffer> {
  const id = unbracketed(received.messageId);
  return buildInboundEmail({
    from: reply.from,
    to: received.from,
    subject: `${reply.style === 'outlook-el' ? 'ΑΠ:' : 'Re:'} ${received.subject}`,
    text: quoteBelow(received, reply.text, reply.style),
    messageId: reply.messageId,
    inReplyTo: id,
    references: [id],
  });
}

/** The reply text with the original below it, in the style of the given mail client. */
export function quoteBelow(received: ReceivedEmail, text: string, style: ReplyStyle): string {
  const quoted = received.text
    .split('\n')
    .map((line) => (line === '' ? '>' : `> ${line}`))
    .join('\n');
  const sender = received.from.includes('<') ? received.from : `<${received.from}>`;
  switch (style) {
    case 'gmail-el':
      return `${text}\n\n${wrap(`Στις Πέμ 3 Δεκ 2026 στις 10:15 π.μ., ${sender} έγραψε:`)}\n\n${quoted}\n`;
    case 'gmail-en':
      return `${text}\n\n${wrap(`On Thu, Dec 3, 2026 at 10:15 AM ${sender} wrote:`)}\n\n${quoted}\n`;
    case 'apple-en':
      return `${text}\n\nSent from my iPhone\n\n> On 3 Dec 2026, at 10:15, ${sender} wrote:\n>\n${quoted}\n`;
    case 'outlook-el':
      return [
        text,
        '',
        '________________________________',
        `Από: ${sender}`,
        'Στάλθηκε: Πέμπτη, 3 Δεκεμβρίου 2026 10:15 π.μ.',
        'Προς: Πελάτης <customer@customer.example>',
        `Θέμα: ${received.subject}`,
        '',
        received.text,
        '',
      ].join('\n');
  }
}

/** Wraps a long line at 78 columns between words, as Gmail does with its quote header. */
function wrap(line: string): string {
  const lines: string[] = [];
  let current = '';
  for (const word of line.split(' ')) {
    if (current !== '' && current.length + 1 + word.length > 78) {
      lines.push(current);
      current = word;
    } else {
      current = current === '' ? word : `${current} ${word}`;
    }
  }
  lines.push(current);
  return lines.join('\n');
}

export interface BounceOptions {
  /** The MTA's text, "550 5.1.1 <…>: Recipient address rejected: User unknown" by default. */
  diagnostic?: string;
  status?: string;
  /** Postfix (default) or Exchange wording and parts. */
  style?: 'postfix' | 'exchange';
}

/**
 * A delivery status notification (RFC 3464) for a mail we sent: the whole original attached as
 * message/rfc822 when given its bytes, only its headers as text/rfc822-headers when given its id.
 */
export function buildBounceFor(
  original: Buffer | string,
  recipient: string,
  options: BounceOptions = {},
): Buffer {
  const style = options.style ?? 'postfix';
  const status = options.status ?? '5.1.1';
  const diagnostic =
    options.diagnostic ??
    (style === 'exchange'
      ? `550 ${status} RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup`
      : `550 ${status} <${recipient}>: Recipient address rejected: User unknown in virtual mailbox table`);
  const boundary = `bounce-${randomUUID()}`;
  const originalPart =
    typeof original === 'string'
      ? `Content-Type: text/rfc822-headers\r\n\r\nFrom: Aitima <support@aitima.test>\r\nTo: ${recipient}\r\nSubject: [#1016] Update\r\nMessage-ID: ${bracketed(original)}\r\n`
      : `Content-Type: message/rfc822\r\nContent-Description: Undelivered Message\r\n\r\n${original.toString('latin1')}`;
  const report = [
    `Reporting-MTA: ${style === 'exchange' ? 'dns;AM0PR01MB1234.eurprd01.prod.exchangelabs.com' : 'dns; mx.aitima.test'}`,
    'Arrival-Date: Thu, 3 Dec 2026 10:15:58 +0200',
    '',
    `Final-Recipient: rfc822;${recipient}`,
    'Action: failed',
    `Status: ${status}`,
    `Remote-MTA: dns;${style === 'exchange' ? 'AM0PR01MB1234.eurprd01.prod.exchangelabs.com' : 'mx.customer.example'}`,
    `Diagnostic-Code: smtp;${diagnostic}`,
  ];
  const head =
    style === 'exchange'
      ? [
          'From: Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@customer.onmicrosoft.com>',
          'Subject: Undeliverable: [#1016] Update',
          'X-MS-Exchange-Message-Is-Ndr:',
        ]
      : [
          'From: MAILER-DAEMON@mx.aitima.test (Mail Delivery System)',
          'Subject: Undelivered Mail Returned to Sender',
        ];
  const explanation =
    style === 'exchange'
      ? [
          `Content-Type: multipart/alternative; boundary="${boundary}-alt"`,
          '',
          `--${boundary}-alt`,
          'Content-Type: text/plain; charset=us-ascii',
          '',
          `Your message to ${recipient} couldn't be delivered.`,
          '',
          `--${boundary}-alt`,
          'Content-Type: text/html; charset=us-ascii',
          '',
          `<html><body><p>Your message to <b>${recipient}</b> couldn't be delivered.</p></body></html>`,
          `--${boundary}-alt--`,
        ]
      : [
          'Content-Type: text/plain; charset=us-ascii',
          '',
          'This is the mail system at host mx.aitima.test.',
          '',
          "I'm sorry to have to inform you that your message could not",
          'be delivered to one or more recipients.',
          '',
          `<${recipient}>: host mx.customer.example said: ${diagnostic}`,
        ];
  return Buffer.from(
    [
      'Return-Path: <>',
      ...head,
      'To: support@aitima.test',
      'Date: Thu, 03 Dec 2026 10:16:00 +0200',
      `Message-ID: <${randomUUID()}@mx.aitima.test>`,
      'Auto-Submitted: auto-replied',
      'MIME-Version: 1.0',
      `Content-Type: multipart/report; report-type=delivery-status; boundary="${boundary}"`,
      '',
      'This is a MIME-encapsulated message.',
      '',
      `--${boundary}`,
      ...explanation,
      '',
      `--${boundary}`,
      'Content-Type: message/delivery-status',
      '',
      ...report,
      '',
      `--${boundary}`,
      originalPart,
      `--${boundary}--`,
      '',
    ].join('\r\n'),
    'latin1',
  );
}

function bracketed(id: string): string {
  return id.startsWith('<') ? id : `<${id}>`;
}

function unbracketed(id: string): string {
  return id.replace(/^<|>$/g, '');
}
