import { describe, expect, it } from 'vitest';
import {
  buildBounceFor,
  buildInboundEmail,
  buildReplyTo,
} from '../../../test/support/inbound-mail.js';
import { classifyInboundEmail, type InboundKind } from './classify-inbound-email.js';
import { parseInboundEmail } from './parse-inbound-email.js';

const OWN = ['support@aitima.test', 'Helpdesk@Aitima.test'];

async function classify(raw: Buffer): Promise<InboundKind> {
  return classifyInboundEmail(await parseInboundEmail(raw), { ownAddresses: OWN });
}

async function classifyMail(headers: Record<string, string>, from = 'maria@customer.example') {
  return classify(
    await buildInboundEmail({
      from,
      to: 'support@aitima.test',
      subject: 'Re: [#1016] Printer',
      text: 'Still broken.',
      headers,
    }),
  );
}

const sent = {
  messageId: '<ticket-1016-reply-3@aitima.test>',
  subject: '[#1016] Printer',
  text: 'Your request was updated.',
  from: 'Aitima <support@aitima.test>',
};

describe('classifyInboundEmail: people', () => {
  it('takes a reply from a mail client for a person', async () => {
    const raw = await buildReplyTo(sent, {
      from: 'maria@customer.example',
      text: 'Thanks',
      style: 'outlook-el',
    });
    expect(await classify(raw)).toEqual({ kind: 'person' });
  });

  it('takes a mail whose client adds "Auto-Submitted: no" for a person', async () => {
    expect(await classifyMail({ 'Auto-Submitted': 'no' })).toEqual({ kind: 'person' });
    expect(await classifyMail({ 'Auto-Submitted': 'No (manual)' })).toEqual({ kind: 'person' });
  });

  it('does not take an out-of-office subject alone, or X-Auto-Response-Suppress: OOF, for automatic', async () => {
    const raw = await buildInboundEmail({
      from: 'maria@customer.example',
      to: 'support@aitima.test',
      subject: 'Out of Office: εκτός γραφείου',
      text: 'Είμαι εκτός γραφείου αλλά το πρόβλημα συνεχίζεται.',
      headers: { 'X-Auto-Response-Suppress': 'OOF' },
    });
    expect(await classify(raw)).toEqual({ kind: 'person' });
  });
});

describe('classifyInboundEmail: our own address', () => {
  it('recognises our addresses whatever their case, before anything else', async () => {
    expect(await classifyMail({}, 'Aitima <Support@aitima.test>')).toEqual({ kind: 'own_address' });
    expect(await classifyMail({ 'List-Id': '<x.list>' }, 'helpdesk@aitima.test')).toEqual({
      kind: 'own_address',
    });
  });
});

describe('classifyInboundEmail: automatic replies', () => {
  it.each([
    [{ 'Auto-Submitted': 'auto-replied' }],
    [{ 'Auto-Submitted': 'auto-generated' }],
    [{ 'Auto-Submitted': 'auto-notified; owner-email="x@y"' }],
    [{ 'X-Autoreply': 'yes' }],
    [{ 'X-Autorespond': 'Out of office' }],
    [{ 'X-Auto-Response-Suppress': 'All' }],
    [{ 'X-Auto-Response-Suppress': 'DR, RN, NRN, OOF, AutoReply' }],
    [{ Precedence: 'auto_reply' }],
    [{ 'Auto-Submitted': 'auto-replied', Precedence: 'bulk', 'Return-Path': '<>' }],
  ])('%o is an automatic reply', async (headers) => {
    expect(await classifyMail(headers)).toEqual({ kind: 'auto_reply' });
  });

  it('takes a read receipt for an automatic reply', async () => {
    const raw = Buffer.from(
      [
        'From: maria@customer.example',
        'To: support@aitima.test',
        'Subject: Read: [#1016] Printer',
        'Content-Type: multipart/report; report-type=disposition-notification; boundary="b"',
        '',
        '--b',
        'Content-Type: text/plain',
        '',
        'Your message was read.',
        '--b--',
      ].join('\r\n'),
    );
    expect(await classify(raw)).toEqual({ kind: 'auto_reply' });
  });
});

describe('classifyInboundEmail: bulk mail and mail systems', () => {
  it.each([
    [{ Precedence: 'bulk' }],
    [{ Precedence: 'list' }],
    [{ Precedence: 'junk' }],
    [{ 'List-Id': 'Newsletter <news.customer.example>' }],
    [{ 'List-Unsubscribe': '<https://customer.example/unsubscribe>' }],
  ])('%o is bulk', async (headers) => {
    expect(await classifyMail(headers)).toEqual({ kind: 'bulk' });
  });

  it('takes mailer-daemon@, postmaster@ and an empty Return-Path for a mail system', async () => {
    expect(await classifyMail({}, 'MAILER-DAEMON@mx.customer.example')).toEqual({
      kind: 'mailer_daemon',
    });
    expect(await classifyMail({}, 'postmaster@customer.example')).toEqual({
      kind: 'mailer_daemon',
    });
    expect(await classifyMail({ 'Return-Path': '<>' })).toEqual({ kind: 'mailer_daemon' });
  });
});

describe('classifyInboundEmail: bounces', () => {
  it('reads a Postfix DSN with the whole original attached', async () => {
    const original = await buildInboundEmail({
      from: 'Aitima <support@aitima.test>',
      to: 'nobody@customer.example',
      subject: '[#1016] Printer',
      text: 'Your request was updated.',
      messageId: '<ticket-1016-reply-3@aitima.test>',
    });
    expect(await classify(buildBounceFor(original, 'Nobody@customer.example'))).toEqual({
      kind: 'bounce',
      originalMessageIds: ['ticket-1016-reply-3@aitima.test'],
      failedRecipients: ['nobody@customer.example'],
      diagnostic:
        '550 5.1.1 <Nobody@customer.example>: Recipient address rejected: User unknown in virtual mailbox table',
    });
  });

  it('reads an Exchange NDR with only the original headers, from a non-daemon sender', async () => {
    const raw = buildBounceFor('<ticket-7-created@aitima.test>', 'gone@customer.example', {
      style: 'exchange',
      status: '5.1.10',
    });
    expect(await classify(raw)).toEqual({
      kind: 'bounce',
      originalMessageIds: ['ticket-7-created@aitima.test'],
      failedRecipients: ['gone@customer.example'],
      diagnostic:
        '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup',
    });
  });

  it('is not a bounce when the report only says the mail is delayed', async () => {
    const raw = buildBounceFor('<ticket-7-created@aitima.test>', 'slow@customer.example');
    const delayed = Buffer.from(
      raw.toString('latin1').replace('Action: failed', 'Action: delayed'),
      'latin1',
    );
    // Postfix marks its notices Auto-Submitted, so a delay notice is ignored as automatic.
    expect(await classify(delayed)).toEqual({ kind: 'auto_reply' });
  });

  it('reads a plain-text bounce from MAILER-DAEMON that quotes the original headers', async () => {
    const raw = Buffer.from(
      [
        'Return-Path: <>',
        'From: MAILER-DAEMON@mail.customer.example',
        'To: support@aitima.test',
        'Subject: failure notice',
        '',
        'Hi. This is the qmail-send program at mail.customer.example.',
        "I'm afraid I wasn't able to deliver your message to the following addresses.",
        '',
        '<left@customer.example>:',
        '550 5.2.1 Mailbox disabled for this recipient',
        '',
        '--- Below this line is a copy of the message.',
        '',
        'From: Aitima <support@aitima.test>',
        'To: left@customer.example',
        'Subject: [#1016] Printer',
        'Message-ID: <ticket-1016-reply-4@aitima.test>',
        '',
        'Your request was updated.',
      ].join('\r\n'),
    );
    expect(await classify(raw)).toEqual({
      kind: 'bounce',
      originalMessageIds: ['ticket-1016-reply-4@aitima.test'],
      failedRecipients: ['left@customer.example'],
      diagnostic: '550 5.2.1 Mailbox disabled for this recipient',
    });
  });

  it('reads an Exim bounce listing the failed address', async () => {
    const raw = Buffer.from(
      [
        'From: Mail Delivery System <Mailer-Daemon@mx.customer.example>',
        'To: support@aitima.test',
        'Subject: Mail delivery failed: returning message to sender',
        '',
        'This message was created automatically by mail delivery software.',
        '',
        'A message that you sent could not be delivered to one or more of its',
        'recipients. This is a permanent error. The following address(es) failed:',
        '',
        '  someone@customer.example',
        '    host mx.customer.example [192.0.2.1]',
        '    SMTP error from remote mail server after RCPT TO:<someone@customer.example>:',
        '    550 No such user here',
      ].join('\r\n'),
    );
    expect(await classify(raw)).toEqual({
      kind: 'bounce',
      originalMessageIds: [],
      failedRecipients: ['someone@customer.example'],
      diagnostic: '550 No such user here',
    });
  });

  it('reads a plain-text bounce with an empty Return-Path only when its subject says so', async () => {
    const mail = (subject: string) =>
      Buffer.from(
        [
          'Return-Path: <>',
          'From: Mail System <mail@customer.example>',
          'To: support@aitima.test',
          `Subject: ${subject}`,
          '',
          '<left@customer.example>: 550 5.1.1 User unknown',
          '',
          'Message-ID: <ticket-1016-reply-4@aitima.test>',
        ].join('\r\n'),
      );
    expect(await classify(mail('Undelivered Mail Returned to Sender'))).toMatchObject({
      kind: 'bounce',
      originalMessageIds: ['ticket-1016-reply-4@aitima.test'],
      failedRecipients: ['left@customer.example'],
      diagnostic: '550 5.1.1 User unknown',
    });
    expect(await classify(mail('Re: [#1016] Printer'))).toEqual({ kind: 'mailer_daemon' });
  });

  it('leaves a mail-system notice it cannot read as a mail system', async () => {
    const raw = await buildInboundEmail({
      from: 'postmaster@customer.example',
      to: 'support@aitima.test',
      subject: 'Quota warning',
      text: 'Your mailbox is almost full.',
    });
    expect(await classify(raw)).toEqual({ kind: 'mailer_daemon' });
  });
});
