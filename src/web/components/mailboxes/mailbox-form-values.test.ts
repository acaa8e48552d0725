import { describe, expect, it } from 'vitest';
import {
  IMAP_ERROR_CODES,
  MAILBOX_SECURITIES,
  type Mailbox,
  mailboxInputSchema,
} from '../../../shared/api/mailboxes';
import el from '../../locales/el.json';
import en from '../../locales/en.json';
import { mailboxRequestOf, mailboxValuesOf } from './mailbox-form-values';

const saved: Mailbox = {
  id: '3b1f2f7e-8d8a-4c1e-9a59-0d6f3f1c2a10',
  name: 'Υποστήριξη',
  address: 'support@aitima.gr',
  host: 'imap.aitima.gr',
  port: 993,
  security: 'tls',
  username: 'support@aitima.gr',
  folder: 'INBOX',
  processedFolder: 'Processed',
  isActive: true,
  source: 'console',
  lastPolledAt: null,
  lastError: null,
  failedCount: 0,
};

describe('the mailbox form', () => {
  it('never shows a saved password and leaves an untyped one out, so the stored one is kept', () => {
    const values = mailboxValuesOf(saved);
    expect(values.password).toBe('');
    const request = mailboxRequestOf(values);
    expect(request).not.toHaveProperty('password');
    expect(mailboxInputSchema.safeParse(request).success).toBe(true);
  });

  it('sends a typed password and trims what was typed around the values', () => {
    const request = mailboxRequestOf({
      ...mailboxValuesOf(null),
      name: ' Υποστήριξη ',
      address: ' support@aitima.gr ',
      host: ' imap.aitima.gr ',
      port: '143',
      security: 'starttls',
      username: ' support ',
      password: ' s3cret ',
    });
    expect(request).toMatchObject({
      name: 'Υποστήριξη',
      address: 'support@aitima.gr',
      host: 'imap.aitima.gr',
      port: 143,
      username: 'support',
      // A password is taken as typed: spaces may be part of it.
      password: ' s3cret ',
      folder: 'INBOX',
      processedFolder: 'Processed',
    });
    expect(mailboxInputSchema.safeParse(request).success).toBe(true);
  });

  it('is refused when mail would be moved to the folder it is read from', () => {
    const request = mailboxRequestOf({ ...mailboxValuesOf(saved), processedFolder: ' INBOX ' });
    expect(request.processedFolder).toBe('INBOX');
    expect(mailboxInputSchema.safeParse(request).success).toBe(false);
  });

  it('refuses an empty port rather than sending 0', () => {
    const request = mailboxRequestOf({ ...mailboxValuesOf(saved), port: '' });
    expect(mailboxInputSchema.safeParse(request).success).toBe(false);
  });

  it('words every connection error and every kind of security in both languages', () => {
    for (const locale of [el, en]) {
      for (const code of IMAP_ERROR_CODES)
        expect(locale.mailboxes.imapError[code], code).toBeTruthy();
      for (const security of MAILBOX_SECURITIES) {
        expect(locale.mailboxes.security[security]).toBeTruthy();
        expect(locale.mailboxes.securityShort[security]).toBeTruthy();
      }
    }
  });
});
