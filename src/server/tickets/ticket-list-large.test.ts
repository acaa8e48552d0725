import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiClient, loggedInClient } from '../../../test/support/api-client.js';
import { createCustomer, createUser } from '../../../test/support/factories.js';
import { createTestApp, type TestApp } from '../../../test/support/test-app.js';
import { SEARCH_COUNT_CAP, TICKET_COUNT_CAP } from './tickets.repository.js';

let t: TestApp;
let agent: ApiClient;
beforeAll(async () => {
  t = await createTestApp();
  const { company, member } = await createCustomer(t.db);
  // More tickets than the count goes up to, in one statement.
  await t.db.execute(sql`
    insert into tickets (company_id, requester_id, subject, last_activity_at)
    select ${company.id}, ${member.id}, 'Αίτημα ' || i, now() - (i || ' seconds')::interval
    from generate_series(1, ${TICKET_COUNT_CAP + 5}) as i`);
  await t.db.execute(sql`
    insert into ticket_search (ticket_id, company_id, text)
    select id, company_id, 'αιτημα ' || substr(subject, 8) from tickets`);
  agent = await loggedInClient(t.app, (await createUser(t.db, 'agent')).email);
});
afterAll(() => t.close());

describe('a queue longer than the count goes', () => {
  it('says "more than 1,000" instead of counting every ticket', async () => {
    const list = (await agent.get('/api/tickets?pageSize=10')).json();
    expect(list).toMatchObject({ total: TICKET_COUNT_CAP, isTotalCapped: true });
    expect(list.items).toHaveLength(10);
    expect(list.items[0].subject).toBe('Αίτημα 1');
  });

  it('still pages deep into it, in order', async () => {
    const lastPage = TICKET_COUNT_CAP / 25 + 1;
    const list = (await agent.get(`/api/tickets?pageSize=25&page=${lastPage}`)).json();
    expect(list.items.map((item: { subject: string }) => item.subject)).toEqual(
      Array.from({ length: 5 }, (_, i) => `Αίτημα ${TICKET_COUNT_CAP + 1 + i}`),
    );
  });

  it('says "more than 200" for a search, and still pages past it', async () => {
    const query = `q=${encodeURIComponent('αίτημα')}&sort=number&direction=asc&pageSize=25`;
    const first = (await agent.get(`/api/tickets?${query}`)).json();
    expect(first).toMatchObject({ total: SEARCH_COUNT_CAP, isTotalCapped: true });
    const past = (
      await agent.get(`/api/tickets?${query}&page=${SEARCH_COUNT_CAP / 25 + 1}`)
    ).json();
    expect(past.items[0].subject).toBe(`Αίτημα ${SEARCH_COUNT_CAP + 1}`);
    expect(past).toMatchObject({ total: SEARCH_COUNT_CAP, isTotalCapped: true });
  });

  it('counts exactly below the cap', async () => {
    const list = (await agent.get(`/api/tickets?q=${encodeURIComponent('αίτημα 99')}`)).json();
    // «αιτημα 99» and «αιτημα 990» … «αιτημα 999»
    expect(list).toMatchObject({ total: 11, isTotalCapped: false });
  });
});
