import type { AttachInboundEmailRequest, InboundEmail } from '../../../shared/api/mailboxes';

type Kind = AttachInboundEmailRequest['kind'];

/** The attach form: a contact of a company, or a new contact's name in one. */
export interface AttachFormValues {
  kind: Kind;
  companyId: string | null;
  contactId: string | null;
  firstName: string;
  lastName: string;
}

/** The fields a server's field error may name. */
export const ATTACH_FIELDS = ['companyId', 'contactId', 'firstName', 'lastName'];

/** «Μαρία Παπαδοπούλου» → first and last name; a single word is the first name. */
export function splitName(name: string | null): { firstName: string; lastName: string } {
  const words = (name ?? '').trim().split(/\s+/).filter(Boolean);
  return { firstName: words[0] ?? '', lastName: words.slice(1).join(' ') };
}

/** The known contact first; otherwise the sender as a new contact, named as the mail says. */
export const attachValuesOf = (email: InboundEmail | null): AttachFormValues => ({
  kind: email?.knownContact || !email?.fromAddress ? 'contact' : 'new_contact',
  companyId: email?.knownContact?.companyId ?? null,
  contactId: email?.knownContact?.id ?? null,
  ...splitName(email?.fromName ?? null),
});

/** What the API is sent for the chosen way. */
export const attachRequestOf = (values: AttachFormValues): AttachInboundEmailRequest =>
  values.kind === 'contact'
    ? { kind: 'contact', contactId: values.contactId ?? '' }
    : {
        kind: 'new_contact',
        companyId: values.companyId ?? '',
        firstName: values.firstName.trim(),
        lastName: values.lastName.trim(),
      };
