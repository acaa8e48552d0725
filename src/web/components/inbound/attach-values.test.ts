import { describe, expect, it } from 'vitest';
import { attachInboundEmailSchema, type InboundEmail } from '../../../shared/api/mailboxes';
import { threadMessageSchema } from '../../../shared/api/tickets';
import el from '../../locales/el.json';
import en from '../../locales/en.json';
import { attachRequestOf, attachValuesOf, splitName } from './attach-values';

const held: InboundEmail = {
  id: '6f0c3f2a-1b7e-4a55-8f1e-2c9d0a4b5e61',
  mailboxName: 'Υποστήριξη',
  status: 'held',
  outcome: 'unknown_sender',
  fromAddress: 'nikos@example.gr',
  fromName: 'Νίκος Αντωνίου Μαυρίδης',
  subject: 'Δεν ανοίγει το e-shop',
  excerpt: 'Καλημέρα…',
  sentAt: null,
  receivedAt: '2026-12-04T10:00:00.000Z',
  error: null,
  ticketNumber: null,
  knownContact: null,
  hasOriginal: true,
};
const companyId = '0d2b0c1e-5a4f-4b8e-9c3d-7e6f5a4b3c21';
const contactId = '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d';

describe('attaching a held email', () => {
  it('splits the sender name into first and last name', () => {
    expect(splitName('Νίκος Αντωνίου Μαυρίδης')).toEqual({
      firstName: 'Νίκος',
      lastName: 'Αντωνίου Μαυρίδης',
    });
    expect(splitName('  nikos ')).toEqual({ firstName: 'nikos', lastName: '' });
    expect(splitName(null)).toEqual({ firstName: '', lastName: '' });
  });

  it('offers an unknown sender as a new contact, named as the email says', () => {
    const values = attachValuesOf(held);
    expect(values).toMatchObject({ kind: 'new_contact', firstName: 'Νίκος', companyId: null });
    const request = attachRequestOf({ ...values, companyId });
    expect(request).toEqual({
      kind: 'new_contact',
      companyId,
      firstName: 'Νίκος',
      lastName: 'Αντωνίου Μαυρίδης',
    });
    expect(attachInboundEmailSchema.safeParse(request).success).toBe(true);
  });

  it('preselects the known contact and its company', () => {
    const values = attachValuesOf({
      ...held,
      outcome: 'inactive_sender',
      knownContact: { id: contactId, name: 'Νίκος Α.', companyId, companyName: 'Θάλασσα' },
    });
    expect(values).toMatchObject({ kind: 'contact', companyId, contactId });
    expect(attachRequestOf(values)).toEqual({ kind: 'contact', contactId });
  });

  it('asks for an existing contact when the email has no sender address', () => {
    expect(attachValuesOf({ ...held, fromAddress: null }).kind).toBe('contact');
  });

  it('words every reason a mail is held, and every refused file, in both languages', () => {
    const reasons = ['unknown_sender', 'not_allowed', 'inactive_sender', 'rate_limited'] as const;
    const refused = threadMessageSchema.shape.refusedFiles.element.shape.reason.options;
    for (const locale of [el, en]) {
      for (const reason of reasons) {
        expect(locale.inbound.reason[reason], reason).toBeTruthy();
        expect(locale.inbound.reasonHint[reason], reason).toBeTruthy();
      }
      for (const reason of refused)
        expect(locale.tickets.thread.refusedReason[reason]).toBeTruthy();
    }
    expect(el.inbound.reason.unknown_sender).toBe('Άγνωστος αποστολέας');
    expect(el.nav.inbound).toBe('Εισερχόμενα προς έλεγχο');
    expect(el.mailboxes.imapError.auth_failed).toBe(
      'Ο διακομιστής δεν δέχτηκε το όνομα χρήστη ή τον κωδικό.',
    );
  });
});
