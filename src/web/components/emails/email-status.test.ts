import { describe, expect, it } from 'vitest';
import { EMAIL_STATUSES } from '../../../shared/api/emails';
import el from '../../locales/el.json';
import en from '../../locales/en.json';
import { emailFilterKey, emailStatusKey } from './email-status';

describe('emailStatusKey', () => {
  it('says «saved» for an email written as .eml, «sent» for one that left over SMTP, whatever the setting now', () => {
    expect(emailStatusKey({ status: 'sent', sentVia: 'file' }, 'smtp')).toBe('saved');
    expect(emailStatusKey({ status: 'sent', sentVia: 'smtp' }, 'file')).toBe('sent');
  });

  it('falls back on the current transport for emails sent before the way was recorded', () => {
    expect(emailStatusKey({ status: 'sent', sentVia: null }, 'file')).toBe('saved');
    expect(emailStatusKey({ status: 'sent', sentVia: null }, 'smtp')).toBe('sent');
  });

  it('leaves waiting, failed and bounced emails as they are', () => {
    expect(emailStatusKey({ status: 'pending', sentVia: null }, 'file')).toBe('pending');
    expect(emailStatusKey({ status: 'failed', sentVia: null }, 'smtp')).toBe('failed');
    expect(emailStatusKey({ status: 'bounced', sentVia: 'smtp' }, 'smtp')).toBe('bounced');
  });

  it('has a label in both languages for every key, as a status and as a filter', () => {
    for (const transport of ['smtp', 'file'] as const) {
      for (const status of EMAIL_STATUSES) {
        const key = emailFilterKey(status, transport);
        for (const locale of [el, en]) {
          expect(locale.emails.status[key], `${key} status`).toBeTruthy();
          expect(locale.emails.filter[key], `${key} filter`).toBeTruthy();
        }
      }
    }
  });
});
