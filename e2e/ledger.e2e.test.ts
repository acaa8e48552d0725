import { readFile } from 'node:fs/promises';
import { extractText, getDocumentProxy } from 'unpdf';
import { beforeAll, describe, expect, it } from 'vitest';
import { issueDueStatements } from '../src/server/statements/statement-issue.js';
import { periodAt, periodContaining } from '../src/shared/hours/index.js';
import { loggedInClient } from '../test/support/api-client.js';
import { createCustomer, createSubscription, createUser } from '../test/support/factories.js';
import { openTicketAs } from '../test/support/tickets.js';
import { useJourney } from './support/journey.js';

const journey = useJourney();
let agentEmail: string;

beforeAll(async () => {
  await createUser(journey.server.db, 'admin');
  agentEmail = (
    await createUser(journey.server.db, 'agent', { firstName: 'Νίκος', lastName: 'Αγγέλου' })
  ).email;
});

// The factory's package starts on 2020-01-01: its periods are the calendar months in Athens.
const terms = { startDate: '2020-01-01', endDate: null, periodKind: 'monthly' as const };
const current = periodContaining(terms, new Date(), 'Europe/Athens')!;
const previous = periodAt(terms, current.index - 1, 'Europe/Athens')!;

describe('«Κίνηση ωρών» and statements', () => {
  it('a customer questions a line, staff correct it, the customer sees the correction; the statement PDF says what the screen says', async () => {
    const { company, admin } = await createCustomer(journey.server.db);
    const { subscription } = await createSubscription(journey.server.db, company.id, {
      name: 'Support Plus',
      hoursPerPeriod: 2,
    });
    const customerApi = await loggedInClient(journey.server.app, admin.email);
    const number = await openTicketAs(customerApi, {
      subject: 'Αργό δίκτυο',
      subscriptionId: subscription.id,
    });
    const agentApi = await loggedInClient(journey.server.app, agentEmail);
    const add = (description: string, startedAt: Date, durationMinutes: number) =>
      agentApi.post(`/api/tickets/${number}/tasks`, {
        description,
        startedAt: startedAt.toISOString(),
        durationMinutes,
        reason: 'Καταγραφή από το ημερολόγιο',
      });
    expect(
      (await add('Έλεγχος καλωδίωσης', new Date(previous.start.getTime() + 30 * 3_600_000), 150))
        .statusCode,
    ).toBe(201);
    expect(
      (await add('Ρύθμιση δρομολογητή', new Date(Date.now() - 3 * 3_600_000), 60)).statusCode,
    ).toBe(201);

    // The customer opens «Κίνηση ωρών» from «Υποστήριξη» and questions this month's line.
    const customer = await journey.signedIn(admin.email);
    await customer.getByRole('button', { name: 'Υποστήριξη' }).click();
    await customer.getByRole('menuitem', { name: 'Κίνηση ωρών' }).click();
    await customer.getByRole('heading', { name: 'Κίνηση ωρών' }).waitFor();
    const line = customer.getByTestId('ledger-line').filter({ hasText: 'Ρύθμιση δρομολογητή' });
    await line.getByText('+1 ώρα').waitFor();
    await line.getByRole('button', { name: 'Αμφισβήτηση' }).click();
    await customer.getByLabel('Σχόλιο').fill('Η ρύθμιση κράτησε μισή ώρα.');
    await customer.getByRole('button', { name: 'Αποστολή αμφισβήτησης' }).click();
    await customer.getByRole('dialog').waitFor({ state: 'detached' });
    const table = customer.getByRole('table', { name: 'Κίνηση ωρών' });
    await table.getByText('Σε εξέταση').waitFor();
    await table.getByText('Η ρύθμιση κράτησε μισή ώρα.').waitFor();

    // Staff find it in «Αμφισβητήσεις» and correct it with a new line.
    const staff = await journey.signedIn(agentEmail);
    await staff.goto(`${journey.server.url}/staff/disputes`);
    await staff.getByText('Η ρύθμιση κράτησε μισή ώρα.').waitFor();
    await staff.getByLabel('Απάντηση ή αιτιολογία').fill('Σωστά, χρεώνεται μισή ώρα.');
    await staff.getByLabel('Λεπτά διόρθωσης (±)').fill('-30');
    await staff.getByRole('button', { name: 'Διόρθωση με νέα κίνηση' }).click();
    await staff.getByText('Καμία αμφισβήτηση').waitFor();

    // The customer sees the correction: the dispute closed, a new line of −0,5 ώρες with the reason.
    await customer.reload();
    await customer.getByText('Διορθώθηκε').waitFor();
    const correction = customer.getByTestId('ledger-line').filter({ hasText: 'Διόρθωση ωρών' });
    await correction.getByText('−0,5 ώρες').waitFor();
    await correction.getByText('Σωστά, χρεώνεται μισή ώρα.').waitFor();

    // Last month's statement: its closing balance on the screen and in the PDF.
    await issueDueStatements(journey.server.db);
    await customer.goto(`${journey.server.url}/hours/statements`);
    const row = customer.getByTestId('statement-row').filter({ hasText: 'Support Plus' }).first();
    const closing = (await row.getByTestId('closing-balance').textContent())?.trim() ?? '';
    expect(closing).toBe('−0,5 ώρες');
    const [download] = await Promise.all([
      customer.waitForEvent('download'),
      row.getByRole('link', { name: 'PDF' }).click(),
    ]);
    const file = await download.path();
    const pdf = await getDocumentProxy(new Uint8Array(await readFile(file)));
    const { text } = await extractText(pdf, { mergePages: true });
    expect(text).toContain('Κατάσταση ωρών');
    expect(text).toContain('Support Plus');
    expect(text).toContain(`Υπόλοιπο κλεισίματος ${closing}`);
  });
});
