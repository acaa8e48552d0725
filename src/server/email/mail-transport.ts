import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import nodemailer from 'nodemailer';
import type { MailTransportKind } from '../../shared/api/emails.js';
import type { Config } from '../config/config.js';

/** SMTP server settings, as config.ts reads them from SMTP_*. */
export interface SmtpSettings {
  host: string;
  port: number;
  /** TLS from the first byte (port 465); otherwise STARTTLS is used when the server offers it. */
  secure: boolean;
  user?: string;
  password?: string;
}

/** How the server sends email: over SMTP when it is configured, else into .eml files. */
export interface MailSettings {
  smtp: SmtpSettings | undefined;
  /** The From header, e.g. "Aitima <support@example.com>". */
  from: string;
  /** Where .eml files go when there is no SMTP (DATA_DIR/mail). */
  fileDir: string;
  /** Tries before an email is given up on and shown as failed. */
  maxAttempts: number;
}

/** The mail settings of a configuration: its SMTP server, or .eml files in DATA_DIR/mail. */
export function mailSettingsOf(config: Config): MailSettings {
  return {
    smtp: config.smtp,
    from: config.mailFrom,
    fileDir: path.join(config.dataDir, 'mail'),
    maxAttempts: config.mailMaxAttempts,
  };
}

/** One email, fully rendered, as the transport sends it. */
export interface OutgoingEmail {
  id: string;
  from: string;
  to: string;
  subject: string;
  text: string;
  html: string;
  /** Stable per outbox row, so a duplicate (after a crash mid-send) is recognisable as one. */
  messageId: string;
  date: Date;
  /** The support mailbox, so that a customer's answer comes back to Aitima. */
  replyTo?: string;
  /** The ticket's thread (`<ticket-…@host>`), so mail clients thread it and replies find the ticket. */
  inReplyTo?: string;
  references?: string[];
}

/**
 * Every email the server sends is automatic (RFC 3834): other systems' auto-replies
 * must not answer it, so that no two robots answer each other in a loop.
 */
export const AUTOMATIC_EMAIL_HEADERS = {
  'Auto-Submitted': 'auto-generated',
  'X-Auto-Response-Suppress': 'All',
} as const;

export interface MailTransport {
  readonly kind: MailTransportKind;
  /** Resolves once the message is accepted (by the SMTP server, or written to disk). */
  send(email: OutgoingEmail): Promise<void>;
  close(): void;
}

function messageOptions(email: OutgoingEmail) {
  return {
    from: email.from,
    to: email.to,
    subject: email.subject,
    text: email.text,
    html: email.html,
    messageId: email.messageId,
    date: email.date,
    replyTo: email.replyTo,
    inReplyTo: email.inReplyTo,
    references: email.references,
    headers: AUTOMATIC_EMAIL_HEADERS,
  };
}

/** Sends through an SMTP server; each send fails within about a minute if the server does not answer. */
export function smtpTransport(settings: SmtpSettings): MailTransport {
  const transporter = nodemailer.createTransport({
    host: settings.host,
    port: settings.port,
    secure: settings.secure,
    ...(settings.user ? { auth: { user: settings.user, pass: settings.password ?? '' } } : {}),
    connectionTimeout: 15_000,
    greetingTimeout: 15_000,
    socketTimeout: 30_000,
  });
  return {
    kind: 'smtp',
    send: async (email) => {
      await transporter.sendMail(messageOptions(email));
    },
    close: () => transporter.close(),
  };
}

/** The message as an RFC 5322 (.eml) file's bytes, exactly as a transport would build it. */
export async function buildEml(email: OutgoingEmail): Promise<Buffer> {
  const transporter = nodemailer.createTransport({
    streamTransport: true,
    buffer: true,
    newline: 'windows',
  });
  const info = await transporter.sendMail(messageOptions(email));
  return info.message as Buffer;
}

/** The .eml file name of an outbox email: sortable by time, unique by id. */
export const emlFileName = (email: Pick<OutgoingEmail, 'id' | 'date'>): string =>
  `${email.date.toISOString().replaceAll(':', '-')}-${email.id}.eml`;

/** With no SMTP configured: writes each email as an .eml file, for a person to look at. */
export function fileTransport(dir: string): MailTransport {
  return {
    kind: 'file',
    send: async (email) => {
      await mkdir(dir, { recursive: true });
      await writeFile(path.join(dir, emlFileName(email)), await buildEml(email));
    },
    close: () => {},
  };
}

/** SMTP when it is configured, .eml files otherwise. */
export function createMailTransport(settings: MailSettings): MailTransport {
  return settings.smtp ? smtpTransport(settings.smtp) : fileTransport(settings.fileDir);
}
