import type { Locale } from '../../../shared/roles.js';
import type { EmailData } from '../email-kinds.js';
import { type RenderedEmail, renderLayout, type SiteInfo } from './layout.js';

/** «Ξέχασα τον κωδικό μου»: a one-time link, valid for an hour. */
export function renderPasswordReset(
  data: EmailData['password_reset'],
  locale: Locale,
  site: SiteInfo,
): RenderedEmail {
  const en = locale === 'en';
  return renderLayout(locale, site, {
    subject: en
      ? `Reset your password — ${site.companyName}`
      : `Επαναφορά κωδικού πρόσβασης — ${site.companyName}`,
    paragraphs: [
      en ? `Hello ${data.recipientName},` : `Γεια σας ${data.recipientName},`,
      en
        ? 'Someone asked to reset the password of your account. If it was you, choose a new password with the link below.'
        : 'Ζητήθηκε επαναφορά του κωδικού του λογαριασμού σας. Αν ήσασταν εσείς, ορίστε νέο κωδικό από τον παρακάτω σύνδεσμο.',
    ],
    ...(data.resetUrl
      ? {
          action: {
            label: en ? 'Choose a new password' : 'Ορισμός νέου κωδικού',
            url: data.resetUrl,
          },
        }
      : {}),
    note: data.resetUrl
      ? en
        ? 'The link works once and expires in 1 hour. Once you set a new password, you are signed out everywhere else.'
        : 'Ο σύνδεσμος λειτουργεί μία φορά και λήγει σε 1 ώρα. Μόλις ορίσετε νέο κωδικό, αποσυνδέεστε από κάθε άλλη συσκευή.'
      : en
        ? '(The one-time link was removed after sending.)'
        : '(Ο σύνδεσμος μίας χρήσης αφαιρέθηκε μετά την αποστολή.)',
    footer: en
      ? `If you did not ask for this, ignore this email: your password stays as it is. — ${site.companyName}`
      : `Αν δεν το ζητήσατε εσείς, αγνοήστε αυτό το email: ο κωδικός σας μένει ως έχει. — ${site.companyName}`,
  });
}
