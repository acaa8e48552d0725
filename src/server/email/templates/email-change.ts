import type { Locale } from '../../../shared/roles.js';
import type { EmailData } from '../email-kinds.js';
import { type RenderedEmail, renderLayout, type SiteInfo } from './layout.js';

/** To the new address: a one-time link (24 hours) that makes it the account's email. */
export function renderEmailChangeConfirm(
  data: EmailData['email_change_confirm'],
  locale: Locale,
  site: SiteInfo,
): RenderedEmail {
  const en = locale === 'en';
  return renderLayout(locale, site, {
    subject: en
      ? `Confirm your new email — ${site.companyName}`
      : `Επιβεβαίωση νέου email — ${site.companyName}`,
    paragraphs: [
      en ? `Hello ${data.recipientName},` : `Γεια σας ${data.recipientName},`,
      en
        ? `You asked to sign in with ${data.newEmail} from now on. Confirm it with the link below.`
        : `Ζητήσατε να συνδέεστε στο εξής με το ${data.newEmail}. Επιβεβαιώστε το από τον παρακάτω σύνδεσμο.`,
    ],
    ...(data.confirmUrl
      ? {
          action: {
            label: en ? 'Confirm the new email' : 'Επιβεβαίωση του νέου email',
            url: data.confirmUrl,
          },
        }
      : {}),
    note: data.confirmUrl
      ? en
        ? 'The link works once and expires in 24 hours. Once confirmed, you are signed out everywhere else.'
        : 'Ο σύνδεσμος λειτουργεί μία φορά και λήγει σε 24 ώρες. Μόλις επιβεβαιωθεί, αποσυνδέεστε από κάθε άλλη συσκευή.'
      : en
        ? '(The one-time link was removed after sending.)'
        : '(Ο σύνδεσμος μίας χρήσης αφαιρέθηκε μετά την αποστολή.)',
    footer: en
      ? `If you did not ask for this, ignore this email: nothing changes. — ${site.companyName}`
      : `Αν δεν το ζητήσατε εσείς, αγνοήστε αυτό το email: τίποτα δεν αλλάζει. — ${site.companyName}`,
  });
}

/** To the old address: a change was asked for; nothing changes unless the new address confirms. */
export function renderEmailChangeNotice(
  data: EmailData['email_change_notice'],
  locale: Locale,
  site: SiteInfo,
): RenderedEmail {
  const en = locale === 'en';
  return renderLayout(locale, site, {
    subject: en
      ? `A change of your email was requested — ${site.companyName}`
      : `Ζητήθηκε αλλαγή του email σας — ${site.companyName}`,
    paragraphs: [
      en ? `Hello ${data.recipientName},` : `Γεια σας ${data.recipientName},`,
      en
        ? `Someone signed in to your account asked to change its email to ${data.newEmail}. It changes only if that address confirms it.`
        : `Από τον λογαριασμό σας ζητήθηκε αλλαγή του email σε ${data.newEmail}. Θα αλλάξει μόνο αν επιβεβαιωθεί από εκείνη τη διεύθυνση.`,
    ],
    note: en
      ? 'If it was not you, change your password now and sign out every other device from your profile.'
      : 'Αν δεν ήσασταν εσείς, αλλάξτε τώρα τον κωδικό σας και αποσυνδέστε κάθε άλλη συσκευή από το προφίλ σας.',
    footer: `— ${site.companyName}`,
  });
}
