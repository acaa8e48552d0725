import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loggedInClient } from '../test/support/api-client.js';
import { createCustomer, createSubscription, createUser } from '../test/support/factories.js';
import {
  type InboundHarness,
  SUPPORT_ADDRESS,
  startInboundHarness,
} from '../test/support/inbound.js';
import { buildInboundEmail } from '../test/support/inbound-mail.js';
import { openTicketAs } from '../test/support/tickets.js';
import { useJourney } from './support/journey.js';

const journey = useJourney();
let inbound: InboundHarness;

beforeAll(async () => {
  // A real IMAP server (a private dovecot) connected as the support mailbox; each mail is
  // put in its INBOX and read at once, as «Έλεγχος τώρα» does.
  inbound = await startInboundHarness(journey.server);
});
afterAll(async () => {
  await inbound?.close();
});

describe('email in both directions', () => {
  it("a customer's emailed reply appears live in the open ticket, marked «Μέσω email»", async () => {
    const { admin: customer } = await createCustomer(journey.server.db);
    const number = await openTicketAs(await loggedInClient(journey.server.app, customer.email), {
      subject: 'Δεν ανοίγει το e-shop',
      description: 'Από το πρωί βγάζει σφάλμα 500.',
    });
    const page = await journey.signedIn(customer.email);
    await page.goto(`${journey.server.url}/tickets/${number}`);
    await page.getByRole('heading', { name: 'Δεν ανοίγει το e-shop' }).waitFor();

    const result = await inbound.deliver(
      await buildInboundEmail({
        from: `${customer.firstName} ${customer.lastName} <${customer.email}>`,
        to: SUPPORT_ADDRESS,
        subject: `Re: [#${number}] Δεν ανοίγει το e-shop`,
        text: 'Τώρα βγάζει και σφάλμα 503 στο καλάθι.',
      }),
    );
    expect(result.processed).toBe(1);

    // No reload: the page learns of the new message from the live stream.
    const message = page
      .getByRole('article')
      .filter({ hasText: 'Τώρα βγάζει και σφάλμα 503 στο καλάθι.' });
    await message.waitFor({ timeout: 10_000 });
    await expect.poll(() => message.getByText('Μέσω email').count()).toBe(1);
    await expect
      .poll(() => message.getByRole('link', { name: 'Αρχικό email (.eml)' }).count())
      .toBe(1);
  });

  it('staff attach a mail from an unknown sender to a new contact, and its ticket opens', async () => {
    const { company } = await createCustomer(journey.server.db);
    const agent = await createUser(journey.server.db, 'agent');
    const subject = `Κρατήσεις online ${company.id.slice(0, 6)}`;
    const result = await inbound.deliver(
      await buildInboundEmail({
        from: `Νίκος Αντωνίου <nikos.${company.id.slice(0, 8)}@unknown.example>`,
        to: SUPPORT_ADDRESS,
        subject,
        text: 'Καλημέρα, το σύστημα κρατήσεων δεν δέχεται κάρτες από χθες.',
      }),
    );
    expect(result.held).toBe(1);

    const staff = await journey.signedIn(agent.email);
    // The «Κονσόλα» menu says how many mails wait.
    await staff.getByRole('button', { name: 'Κονσόλα' }).click();
    await staff.getByRole('menuitem', { name: /Εισερχόμενα προς έλεγχο/ }).click();
    await staff.getByRole('heading', { name: 'Εισερχόμενα προς έλεγχο', level: 1 }).waitFor();
    const mail = staff.getByTestId('inbound-email').filter({ hasText: subject });
    await mail.getByText('Άγνωστος αποστολέας').waitFor();
    await mail.getByRole('button', { name: 'Σύνδεση με επαφή' }).click();

    const dialog = staff.getByRole('dialog', { name: 'Σύνδεση με επαφή' });
    // An unknown sender is offered as a new contact, named as the mail says.
    await expect.poll(() => dialog.getByLabel('Όνομα', { exact: true }).inputValue()).toBe('Νίκος');
    await expect.poll(() => dialog.getByLabel('Επώνυμο').inputValue()).toBe('Αντωνίου');
    await dialog.locator('input').and(dialog.getByLabel('Επιχείρηση')).click();
    await dialog.locator('input').and(dialog.getByLabel('Επιχείρηση')).fill(company.legalName);
    await staff.getByRole('option', { name: company.legalName }).click();
    await dialog.getByRole('button', { name: 'Σύνδεση και άνοιγμα αιτήματος' }).click();

    await staff.waitForURL(/\/tickets\/\d+$/);
    await staff.getByRole('heading', { name: subject }).waitFor();
    await staff.getByText('Καλημέρα, το σύστημα κρατήσεων δεν δέχεται κάρτες από χθες.').waitFor();
    await staff.getByText('Νίκος Αντωνίου').first().waitFor();

    // It left the list.
    await staff.goto(`${journey.server.url}/staff/inbound`);
    await staff.getByRole('heading', { name: 'Εισερχόμενα προς έλεγχο', level: 1 }).waitFor();
    await expect
      .poll(() => staff.getByTestId('inbound-email').filter({ hasText: subject }).count())
      .toBe(0);
  });

  it('a known contact with two packages opens a ticket by email; staff see «Χωρίς πακέτο» and choose one', async () => {
    const { company, member } = await createCustomer(journey.server.db);
    await createSubscription(journey.server.db, company.id, { name: 'Support Basic' });
    await createSubscription(journey.server.db, company.id, { name: 'Web Premium' });
    const agent = await createUser(journey.server.db, 'agent');
    const subject = `Αλλαγή τιμών ${company.id.slice(0, 6)}`;
    const result = await inbound.deliver(
      await buildInboundEmail({
        from: member.email,
        to: SUPPORT_ADDRESS,
        subject,
        text: 'Χρειαζόμαστε αλλαγή τιμών στο e-shop.',
      }),
    );
    expect(result.processed).toBe(1);

    const staff = await journey.signedIn(agent.email);
    await staff.goto(`${journey.server.url}/staff/tickets?q=${encodeURIComponent(subject)}`);
    const row = staff.getByRole('row').filter({ hasText: subject });
    await row.getByText('Χωρίς πακέτο').waitFor();
    await row.getByRole('link', { name: subject }).click();
    await staff.getByRole('heading', { name: subject }).waitFor();

    await staff.locator('input').and(staff.getByLabel('Επιλογή πακέτου')).click();
    await staff.getByRole('option', { name: /Web Premium/ }).click();
    await staff.getByText('Το πακέτο του αιτήματος ορίστηκε.').waitFor();
    // The choice is made: the select and the badge give way to the package's name.
    await expect.poll(() => staff.getByLabel('Επιλογή πακέτου').count()).toBe(0);
    await staff.getByText('Web Premium').first().waitFor();
    await expect.poll(() => staff.getByTestId('ticket-needs-package').count()).toBe(0);
  });

  it('staff reject a held mail after confirming, and it leaves the list', async () => {
    const agent = await createUser(journey.server.db, 'agent');
    const subject = `Προσφορά συνεργασίας ${Date.now()}`;
    const result = await inbound.deliver(
      await buildInboundEmail({
        from: 'marketing@unknown.example',
        to: SUPPORT_ADDRESS,
        subject,
        text: 'Σας προτείνουμε τις υπηρεσίες μας.',
      }),
    );
    expect(result.held).toBe(1);
    const staff = await journey.signedIn(agent.email);
    await staff.goto(`${journey.server.url}/staff/inbound`);
    const mail = staff.getByTestId('inbound-email').filter({ hasText: subject });
    await mail.getByRole('button', { name: 'Απόρριψη' }).click();
    const confirm = staff.getByRole('dialog', { name: 'Απόρριψη email' });
    await confirm.getByText(subject, { exact: false }).waitFor();
    await confirm.getByRole('button', { name: 'Απόρριψη' }).click();
    await staff.getByText('Το email απορρίφθηκε.').waitFor();
    await expect.poll(() => mail.count()).toBe(0);
  });
  it('an admin adds a mailbox; «Δοκιμή σύνδεσης» says exactly what failed, and a typed form survives a refused save', async () => {
    const admin = await createUser(journey.server.db, 'admin');
    // A folder of its own, so this mailbox and the harness's never read the same mail.
    await inbound.imap.append(
      await buildInboundEmail({
        from: 'sales-lead@unknown.example',
        to: 'sales@aitima.test',
        subject: 'Ζήτηση προσφοράς',
        text: 'Θα θέλαμε προσφορά.',
      }),
      'Sales',
    );
    const page = await journey.signedIn(admin.email);
    await page.goto(`${journey.server.url}/staff/mailboxes`);
    await page.getByRole('heading', { name: 'Γραμματοκιβώτια', level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Προσθήκη γραμματοκιβωτίου' }).first().click();

    const dialog = page.getByRole('dialog', { name: 'Προσθήκη γραμματοκιβωτίου' });
    await dialog.getByLabel('Όνομα', { exact: true }).fill('Πωλήσεις');
    await dialog.getByLabel('Διεύθυνση υποστήριξης').fill('sales@aitima.test');
    await dialog.getByLabel('Διακομιστής IMAP').fill(inbound.imap.host);
    await dialog.locator('input').and(dialog.getByLabel('Ασφάλεια σύνδεσης')).click();
    await page.getByRole('option', { name: 'Χωρίς κρυπτογράφηση' }).click();
    await dialog.getByLabel('Θύρα').fill(String(inbound.imap.port));
    await dialog.getByLabel('Όνομα χρήστη').fill(inbound.imap.user);
    await dialog.getByLabel('Κωδικός πρόσβασης').fill('not-the-password');
    await dialog.getByLabel('Φάκελος εισερχομένων').fill('Sales');

    await dialog.getByRole('button', { name: 'Δοκιμή σύνδεσης' }).click();
    const result = dialog.getByTestId('mailbox-test-result');
    await result.getByText('Η σύνδεση απέτυχε').waitFor();
    await result.getByText('Ο διακομιστής δεν δέχτηκε το όνομα χρήστη ή τον κωδικό.').waitFor();

    // The same folder twice is refused, and nothing typed is lost.
    await dialog.getByLabel('Φάκελος επεξεργασμένων').fill('Sales');
    await dialog.getByRole('button', { name: 'Προσθήκη', exact: true }).click();
    await dialog.getByText(/Ο φάκελος επεξεργασμένων πρέπει να είναι άλλος/).waitFor();
    expect(await dialog.getByLabel('Όνομα χρήστη').inputValue()).toBe(inbound.imap.user);
    await dialog.getByLabel('Φάκελος επεξεργασμένων').fill('SalesDone');

    await dialog.getByLabel('Κωδικός πρόσβασης').fill(inbound.imap.password);
    await dialog.getByRole('button', { name: 'Δοκιμή σύνδεσης' }).click();
    await result.getByText('Η σύνδεση πέτυχε').waitFor();
    await result.getByText('Ο φάκελος Sales έχει 1 μήνυμα.').waitFor();
    await dialog.getByRole('button', { name: 'Προσθήκη', exact: true }).click();
    await dialog.waitFor({ state: 'hidden' });

    const card = page.getByTestId('mailbox-card').filter({ hasText: 'sales@aitima.test' });
    await card.getByRole('button', { name: 'Έλεγχος τώρα' }).click();
    await page.getByText('Ο έλεγχος του «Πωλήσεις» ολοκληρώθηκε').waitFor();
    await page.getByText(/προς έλεγχο: 1/).waitFor();
  });
});
