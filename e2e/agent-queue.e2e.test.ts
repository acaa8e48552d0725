import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { loggedInClient } from '../test/support/api-client.js';
import { createCustomer, createUser } from '../test/support/factories.js';
import { openTicketAs } from '../test/support/tickets.js';
import { useJourney } from './support/journey.js';

const journey = useJourney();
let agentEmail: string;
let requesterFirstName: string;
const numbers: number[] = [];

beforeAll(async () => {
  const { db, app } = journey.server;
  await createUser(db, 'admin');
  const agentUser = await createUser(db, 'agent', { firstName: 'Νίκος', lastName: 'Αγγέλου' });
  agentEmail = agentUser.email;
  const { member } = await createCustomer(db);
  requesterFirstName = member.firstName;
  const customer = await loggedInClient(app, member.email);
  // More than a screen of open tickets, opened one after another (the newest lists first).
  for (let index = 1; index <= 20; index++) {
    numbers.push(await openTicketAs(customer, { subject: `Πρόβλημα αριθμός ${index}` }));
  }
  const agent = await loggedInClient(app, agentEmail);
  const created = await agent.post('/api/canned-replies', {
    title: 'Επανεκκίνηση δρομολογητή',
    body: 'Καλημέρα {{customer_name}}, για το αίτημα #{{ticket_number}} κάντε επανεκκίνηση του δρομολογητή. {{agent_name}}',
    language: 'el',
  });
  expect(created.statusCode).toBe(201);
});

/** The ticket number of the queue's chosen row (aria-current), if any. */
function chosenRow(page: Page): Promise<string | null> {
  return page
    .locator('[data-testid="ticket-queue"] tbody tr[aria-current="true"]')
    .getAttribute('data-ticket-number', { timeout: 5_000 });
}

/** Rows of the queue wholly inside the window. */
function rowsInView(page: Page): Promise<number> {
  return page.evaluate(() => {
    const rows = [...document.querySelectorAll('[data-testid="ticket-queue"] tbody tr')];
    return rows.filter((row) => {
      const box = row.getBoundingClientRect();
      return box.top >= 0 && box.bottom <= window.innerHeight;
    }).length;
  });
}

/** Filter labels whose text does not fit their box (cut, or an ellipsis). */
function cutLabels(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('label, .mantine-Chip-label')]
      .filter((label) => (label as HTMLElement).offsetParent !== null)
      .filter((label) => label.scrollWidth > label.clientWidth + 1)
      .map((label) => label.textContent ?? ''),
  );
}

describe('the queue agents live in (issue 14, items 2 and 4)', () => {
  it('an agent lands on it, works it from the keyboard and answers with a canned reply', async () => {
    const page = await journey.signedIn(agentEmail);
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.waitForURL(/\/staff\/tickets$/);
    const queue = page.getByTestId('ticket-queue');
    await queue.getByText('Πρόβλημα αριθμός 20').waitFor();
    await queue.getByRole('columnheader', { name: 'Αναμονή από' }).waitFor();
    await queue.getByRole('columnheader', { name: 'Τελευταία απάντηση' }).waitFor();

    // A laptop screen holds at least 15 rows once the list is scrolled to.
    await queue.locator('thead').evaluate((head) => head.scrollIntoView({ block: 'start' }));
    expect(await rowsInView(page)).toBeGreaterThanOrEqual(15);
    expect(await cutLabels(page)).toEqual([]);
    await page.evaluate(() => window.scrollTo(0, 0));

    // j/k choose, Enter opens the chosen ticket.
    const newest = numbers.at(-1)!;
    const second = numbers.at(-2)!;
    await page.keyboard.press('j');
    expect(await chosenRow(page)).toBe(String(newest));
    await page.keyboard.press('j');
    await page.keyboard.press('j');
    await page.keyboard.press('k');
    expect(await chosenRow(page)).toBe(String(second));
    await page.keyboard.press('Enter');
    await page.waitForURL(new RegExp(`/tickets/${second}$`));
    await page.getByText('Πρόβλημα αριθμός 19').first().waitFor();

    // Back in the queue, r opens the chosen ticket with the cursor in the reply box.
    await page.goBack();
    await queue.getByText('Πρόβλημα αριθμός 20').waitFor();
    // The row one opened is still the chosen one on coming back.
    expect(await chosenRow(page)).toBe(String(second));
    await page.keyboard.press('k');
    expect(await chosenRow(page)).toBe(String(newest));
    await page.keyboard.press('r');
    await page.waitForURL(new RegExp(`/tickets/${newest}$`));
    const box = page.getByRole('textbox', { name: 'Το μήνυμά σας' });
    await box.waitFor();
    await expect
      .poll(() => box.evaluate((element) => element === document.activeElement))
      .toBe(true);

    // «/» at the start opens the canned replies; a word and Enter insert the filled text.
    await page.keyboard.type('/');
    const picker = page.getByRole('dialog', { name: 'Έτοιμες απαντήσεις' });
    await picker.waitFor();
    await page.keyboard.type('δρομολογητη');
    await picker.getByText('Επανεκκίνηση δρομολογητή').waitFor();
    await page.keyboard.press('Enter');
    await picker.waitFor({ state: 'hidden' });
    const filled = `Καλημέρα ${requesterFirstName}, για το αίτημα #${newest} κάντε επανεκκίνηση του δρομολογητή. Νίκος Αγγέλου`;
    await expect.poll(() => box.inputValue()).toBe(filled);
    // The cursor stays in the box, after the text: typing goes on from there.
    await page.keyboard.type(' Ευχαριστώ.');
    await expect.poll(() => box.inputValue()).toBe(`${filled} Ευχαριστώ.`);
    await page.keyboard.press('Control+Enter');
    await page.getByText(`${filled} Ευχαριστώ.`).last().waitFor();
    await expect.poll(() => box.inputValue()).toBe('');
  });

  it('saves the current filters as a view of one’s own, opens, renames and deletes it', async () => {
    const page = await journey.signedIn(agentEmail);
    await page.waitForURL(/\/staff\/tickets$/);
    const queue = page.getByTestId('ticket-queue');
    await queue.getByText('Πρόβλημα αριθμός 20').waitFor();
    const views = page.getByRole('group', { name: 'Προβολές' });

    // Built-in: «Χωρίς ανάθεση» is the unassigned filter.
    await views.getByRole('button', { name: 'Χωρίς ανάθεση' }).click();
    await page.waitForURL(/unassigned=1/);
    await views.getByRole('button', { name: 'Όλα' }).click();
    await page.waitForURL((url) => !url.search.includes('unassigned'));

    await page.getByLabel('Αναζήτηση αιτημάτων').fill('αριθμός 7');
    await page.waitForURL(/q=/);
    await queue.getByText('Πρόβλημα αριθμός 7').waitFor();
    await views.getByRole('button', { name: 'Αποθήκευση προβολής' }).click();
    const naming = page.getByRole('dialog', { name: 'Αποθήκευση των φίλτρων ως προβολή' });
    await naming.getByLabel('Όνομα προβολής').fill('Το έβδομο');
    await naming.getByRole('button', { name: 'Αποθήκευση' }).click();
    await naming.waitFor({ state: 'hidden' });

    await page.goto(`${journey.server.url}/staff/tickets`);
    await queue.getByText('Πρόβλημα αριθμός 20').waitFor();
    await views.getByRole('button', { name: 'Το έβδομο', exact: true }).click();
    await page.waitForURL(/q=/);
    await expect.poll(() => queue.locator('tbody tr').count()).toBe(1);

    await views.getByRole('button', { name: 'Ενέργειες για την προβολή «Το έβδομο»' }).click();
    await page.getByRole('menuitem', { name: 'Μετονομασία' }).click();
    const renaming = page.getByRole('dialog', { name: 'Μετονομασία προβολής' });
    await renaming.getByLabel('Όνομα προβολής').fill('Αίτημα 7');
    await renaming.getByRole('button', { name: 'Αποθήκευση' }).click();
    await views.getByRole('button', { name: 'Αίτημα 7', exact: true }).waitFor();

    await views.getByRole('button', { name: 'Ενέργειες για την προβολή «Αίτημα 7»' }).click();
    await page.getByRole('menuitem', { name: 'Διαγραφή' }).click();
    await views
      .getByRole('button', { name: 'Αίτημα 7', exact: true })
      .waitFor({ state: 'detached' });
  });

  it('keeps the filter labels whole on a phone', async () => {
    const page = await journey.signedIn(agentEmail, 375);
    await page.waitForURL(/\/staff\/tickets$/);
    await page.getByRole('button', { name: /Φίλτρα/ }).click();
    await page.getByLabel('Κατάσταση').first().waitFor();
    expect(await cutLabels(page)).toEqual([]);
  });
});
