import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiClient, loggedInClient } from '../../../test/support/api-client.js';
import { createCustomer, createUser } from '../../../test/support/factories.js';
import { createTestApp, type TestApp } from '../../../test/support/test-app.js';
import { openTicketAs } from '../../../test/support/tickets.js';

// Search reads ticket_search (one row per subject and public message), not the ticket row.
let t: TestApp;
let customer: ApiClient;
let colleague: ApiClient;
let agent: ApiClient;
let memberId: string;
let own: number;
let foreign: number;

beforeAll(async () => {
  t = await createTestApp();
  const acme = await createCustomer(t.db);
  memberId = acme.member.id;
  customer = await loggedInClient(t.app, acme.member.email);
  colleague = await loggedInClient(t.app, acme.admin.email);
  agent = await loggedInClient(t.app, (await createUser(t.db, 'agent')).email);
  own = await openTicketAs(customer, {
    subject: 'Ο εκτυπωτής του λογιστηρίου',
    description: 'Βγάζει λευκές σελίδες από το πρωί.',
  });
  await agent.post(`/api/tickets/${own}/messages`, { body: 'Αλλάξτε το τόνερ, παρακαλώ.' });
  await customer.post(`/api/tickets/${own}/messages`, {
    body: 'Τώρα εμφανίζει ΜΠΛΟΚΑΡΙΣΜΑ χαρτιού.',
  });
  await agent.post(`/api/tickets/${own}/messages`, {
    body: 'Εσωτερικό: ο προμηθευτής ζητά επιστροφή',
    isInternal: true,
  });
  // The same words at another company.
  const other = await createCustomer(t.db);
  foreign = await openTicketAs(await loggedInClient(t.app, other.member.email), {
    subject: 'Ο εκτυπωτής της αποθήκης',
    description: 'Μπλοκάρισμα χαρτιού ξανά.',
  });
});
afterAll(() => t.close());

const found = async (client: ApiClient, words: string) =>
  (
    (await client.get(`/api/tickets?state=all&q=${encodeURIComponent(words)}`)).json().items as {
      number: number;
    }[]
  )
    .map((item) => item.number)
    .sort();

describe('search («Αιτήματα»)', () => {
  it('finds the words of the subject, the first message and later replies, without accents or case', async () => {
    expect(await found(customer, 'λογιστηριου')).toEqual([own]);
    expect(await found(customer, 'ΛΕΥΚΈΣ ΣΕΛΙΔΕΣ')).toEqual([own]);
    expect(await found(customer, 'τονερ')).toEqual([own]);
    expect(await found(customer, 'μπλοκαρισμα')).toEqual([own]);
  });

  it('finds a ticket once however many of its messages match', async () => {
    const list = (
      await agent.get(`/api/tickets?state=all&q=${encodeURIComponent('χαρτιου')}`)
    ).json();
    expect(list.total).toBe(2);
    expect(list.items.map((i: { number: number }) => i.number).sort()).toEqual(
      [own, foreign].sort(),
    );
  });

  it("never finds an internal note's words, for customers or staff", async () => {
    expect(await found(customer, 'προμηθευτης')).toEqual([]);
    expect(await found(agent, 'προμηθευτης')).toEqual([]);
  });

  it("keeps each company's tickets to itself; staff search every company", async () => {
    expect(await found(customer, 'εκτυπωτησ')).toEqual([own]);
    expect(await found(colleague, 'εκτυπωτης')).toEqual([own]);
    expect(await found(agent, 'εκτυπωτης')).toEqual([own, foreign].sort());
  });

  it('finds words of a ticket staff open for a contact', async () => {
    const created = await agent.post('/api/tickets', {
      subject: 'Τηλεφωνική κλήση για το VPN',
      description: 'Ο πελάτης δεν συνδέεται στο ΔΊΚΤΥΟ',
      requesterId: memberId,
    });
    expect(created.statusCode, created.body).toBe(201);
    expect(await found(customer, 'δικτυο')).toEqual([created.json().number]);
  });

  it("finds a ticket by its number, «#1016» or «1016», only within the reader's scope", async () => {
    expect(await found(customer, `#${own}`)).toEqual([own]);
    expect(await found(customer, String(own))).toEqual([own]);
    expect(await found(agent, `# ${foreign}`)).toEqual([foreign]);
    // Another company's number finds nothing for a customer.
    expect(await found(customer, `#${foreign}`)).toEqual([]);
  });

  it('still finds a number written in a message, besides the ticket numbered so', async () => {
    const invoice = await openTicketAs(customer, {
      subject: 'Τιμολόγιο',
      description: `Δείτε και το αίτημα ${own} για το ίδιο θέμα.`,
    });
    expect(await found(customer, `#${own}`)).toEqual([own, invoice].sort());
  });
});
