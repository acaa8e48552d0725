import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiClient, loggedInClient } from '../../../test/support/api-client.js';
import { createCustomer, createUser } from '../../../test/support/factories.js';
import { createTestApp, type TestApp } from '../../../test/support/test-app.js';

let t: TestApp;
let agent: ApiClient;
let customer: ApiClient;
let otherCustomer: ApiClient;
let member: ApiClient;
/** The numbers a member's list must hold: the tickets they opened and those they were added to. */
let membersTickets: number[];
let companyId: string;
let otherCompanyId: string;
const TICKETS = 41;
const PAGE_SIZE = 6;

beforeAll(async () => {
  t = await createTestApp();
  const acme = await createCustomer(t.db);
  const other = await createCustomer(t.db);
  companyId = acme.company.id;
  otherCompanyId = other.company.id;
  // Ties in every sort column (four activity moments, a few only microseconds apart,
  // three creation moments, five subjects) and a quarter of them closed; every third
  // ticket is another company's.
  await t.db.execute(sql`
    insert into tickets (company_id, requester_id, subject, status, created_at, last_activity_at)
    select case when i % 3 = 0 then ${other.company.id}::uuid else ${acme.company.id}::uuid end,
           case when i % 3 = 0 then ${other.admin.id}::uuid else ${acme.admin.id}::uuid end,
           'Θέμα ' || (i % 5),
           (array['open','in_progress','waiting_customer','closed'])[1 + i % 4]::ticket_status,
           timestamptz '2026-03-01 10:00:00' + (i % 3) * interval '1 hour',
           timestamptz '2026-03-02 09:00:00.000001' + (i % 4) * interval '1 microsecond'
    from generate_series(1, ${TICKETS}) as i`);
  agent = await loggedInClient(t.app, (await createUser(t.db, 'agent')).email);
  customer = await loggedInClient(t.app, acme.admin.email);
  otherCustomer = await loggedInClient(t.app, other.admin.email);
  // A member who opened every fifth of the company's tickets and was added as a colleague
  // to every seventh (some both); a participant row on another company's ticket (as a
  // contact moved between companies would leave) must show nothing.
  await t.db.execute(sql`
    update tickets set requester_id = ${acme.member.id}
    where company_id = ${acme.company.id} and number % 5 = 0`);
  await t.db.execute(sql`
    insert into ticket_participants (ticket_id, user_id)
    select id, ${acme.member.id}::uuid from tickets where number % 7 = 0`);
  const expected = await t.db.execute(sql`
    select number from tickets where company_id = ${acme.company.id}
      and (number % 5 = 0 or number % 7 = 0)`);
  membersTickets = (expected as unknown as { rows: { number: number }[] }).rows.map((row) =>
    Number(row.number),
  );
  member = await loggedInClient(t.app, acme.member.email);
});
afterAll(() => t.close());

interface ListPage {
  items: { number: number; company: { id: string } }[];
  total: number;
  nextCursor: string | null;
}

async function fetchPage(client: ApiClient, query: string): Promise<ListPage> {
  const response = await client.get(`/api/tickets?pageSize=${PAGE_SIZE}&${query}`);
  expect(response.statusCode).toBe(200);
  return response.json();
}

/** Every ticket of a list, page number by page number. */
async function walkByPageNumbers(client: ApiClient, query: string) {
  const numbers: number[] = [];
  for (let page = 1; ; page++) {
    const { items, total } = await fetchPage(client, `${query}&page=${page}`);
    numbers.push(...items.map((item) => item.number));
    if (page * PAGE_SIZE >= total) return numbers;
  }
}

/** Every ticket of a list, following each page's cursor. */
async function walkByCursor(client: ApiClient, query: string) {
  const numbers: number[] = [];
  let cursor: string | null = null;
  for (let page = 1; page < 100; page++) {
    const list: ListPage = await fetchPage(
      client,
      `${query}&page=${page}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
    );
    numbers.push(...list.items.map((item) => item.number));
    cursor = list.nextCursor;
    if (!cursor) return numbers;
  }
  throw new Error('the cursor never ended');
}

const SORTS = ['lastActivity', 'created', 'number', 'subject'] as const;
const DIRECTIONS = ['desc', 'asc'] as const;

describe('keyset cursors and page numbers', () => {
  for (const sort of SORTS) {
    for (const direction of DIRECTIONS) {
      it(`agree on every ticket exactly once, sorted by ${sort} ${direction}`, async () => {
        const query = `state=all&sort=${sort}&direction=${direction}`;
        const byPages = await walkByPageNumbers(agent, query);
        const byCursor = await walkByCursor(agent, query);
        expect(byCursor).toEqual(byPages);
        expect(new Set(byCursor).size).toBe(TICKETS);
        expect(byCursor).toHaveLength(TICKETS);
      });
    }
  }

  it('agree on a filtered list (open tickets only)', async () => {
    const query = 'state=open&sort=lastActivity&direction=desc';
    const byCursor = await walkByCursor(agent, query);
    expect(byCursor).toEqual(await walkByPageNumbers(agent, query));
    expect(byCursor).toHaveLength(TICKETS - Math.floor(TICKETS / 4));
  });

  // The same prepared statements serve both companies: each sees its own tickets only.
  it("keep each customer's walk within their company", async () => {
    const query = 'state=all&sort=subject&direction=asc';
    for (const [client, company, count] of [
      [customer, companyId, TICKETS - Math.floor(TICKETS / 3)],
      [otherCustomer, otherCompanyId, Math.floor(TICKETS / 3)],
    ] as const) {
      const seen: ListPage['items'] = [];
      let cursor: string | null = null;
      do {
        const list: ListPage = await fetchPage(
          client,
          `${query}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
        );
        seen.push(...list.items);
        cursor = list.nextCursor;
      } while (cursor);
      expect(seen).toHaveLength(count);
      expect(seen.every((item) => item.company.id === company)).toBe(true);
      expect(seen.map((item) => item.number)).toEqual(await walkByPageNumbers(client, query));
    }
  });

  // A member's list is two parts, what they opened and what they were added to, merged.
  for (const sort of SORTS) {
    it(`give a member their own and their colleagues' tickets once each, sorted by ${sort}`, async () => {
      for (const direction of DIRECTIONS) {
        const query = `state=all&sort=${sort}&direction=${direction}`;
        const byCursor = await walkByCursor(member, query);
        expect(byCursor).toEqual(await walkByPageNumbers(member, query));
        expect([...byCursor].sort((a, b) => a - b)).toEqual(
          [...membersTickets].sort((a, b) => a - b),
        );
        expect((await fetchPage(member, query)).total).toBe(membersTickets.length);
      }
    });
  }

  it('say there is no next page on the last one', async () => {
    const list = await fetchPage(agent, `state=all&page=${Math.ceil(TICKETS / PAGE_SIZE)}`);
    expect(list.items).toHaveLength(TICKETS % PAGE_SIZE || PAGE_SIZE);
    expect(list.nextCursor).toBeNull();
  });

  it('refuse a cursor that is not one, or that was made for another order', async () => {
    const { nextCursor } = await fetchPage(agent, 'state=all&sort=created&direction=desc');
    for (const query of [
      'cursor=not-a-cursor',
      `cursor=${Buffer.from('["created","desc","yesterday",1]').toString('base64url')}`,
      `sort=created&direction=asc&cursor=${nextCursor}`,
      `sort=number&direction=desc&cursor=${nextCursor}`,
    ]) {
      const response = await agent.get(`/api/tickets?state=all&${query}`);
      expect(response.statusCode, query).toBe(400);
      expect(response.json().errors).toEqual([{ field: 'cursor', code: 'invalid_value' }]);
    }
  });
});
