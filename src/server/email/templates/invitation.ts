import type { Locale } from '../../../shared/roles.js';
import type { EmailData } from '../email-kinds.js';
import { type RenderedEmail, renderLayout, type SiteInfo } from './layout.js';

/** A one-time link to join the portal (as a customer's contact or as staff). */
export function renderInvitation(
  data: EmailData['invitation'],
  locale: Locale,
  site: SiteInfo,
): RenderedEmail {
  const en = locale === 'en';
  const where = data.companyName
    ? en
      ? `as a contact of ${data.companyName}`
      : `ως επαφή της επιχείρησης ${data.companyName}`
    : en
      ? `as a member of the ${site.companyName} team`
      : `ως μέλος της ομάδας ${site.companyName}`;
  return renderLayout(locale, site, {
    subject: en
      ? `Invitation to the ${site.companyName} support portal`
      : `Πρόσκληση στην πύλη υποστήριξης ${site.companyName}`,
    paragraphs: [
      en ? `Hello ${data.recipientName},` : `Γεια σας ${data.recipientName},`,
      en
        ? `${data.invitedByName} invited you to the ${site.companyName} support portal ${where}. Choose your password to start.`
        : `${data.invitedByName} σας προσκάλεσε στην πύλη υποστήριξης ${site.companyName} ${where}. Ορίστε τον κωδικό σας για να ξεκινήσετε.`,
    ],
    ...(data.inviteUrl
      ? {
          action: {
            label: en ? 'Accept the invitation' : 'Αποδοχή πρόσκλησης',
            url: data.inviteUrl,
          },
        }
      : {}),
    note: data.inviteUrl
      ? en
        ? 'The link works once and expires in 3 days.'
        : 'Ο σύνδεσμος λειτουργεί μία φορά και λήγει σε 3 ημέρες.'
      : en
        ? '(The one-time link was removed after sending.)'
        : '(Ο σύνδεσμος μίας χρήσης αφαιρέθηκε μετά την αποστολή.)',
    footer: en
      ? `If you did not expect this invitation, ignore this email. — ${site.companyName}`
      : `Αν δεν περιμένατε αυτή την πρόσκληση, αγνοήστε αυτό το email. — ${site.companyName}`,
  });
}
