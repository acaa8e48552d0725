import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DatabaseConnection, openPglite } from '../src/server/db/client.js';
import { runMigrations } from '../src/server/db/migrate.js';
import { periodContaining } from '../src/shared/hours/index.js';
import { foldForSearch } from '../src/shared/tickets/search-text.js';
import { rowsOf, seedBench } from './seed.js';

// The bench's data at a tiny scale: the shape a real support desk has, and the same every time.
const TICKETS = 50;
const anchor = new Date('2026-06-15T00:00:00Z');

async function seeded(): Promise<DatabaseConnection> {
  const connection = await openPglite({});
  await runMigrations(connection);
  await seedBench(connection.db, TICKETS, { anchor });
  return connection;
}

async function rows<T>(connection: DatabaseConnection, query: string): Promise<T[]> {
  return rowsOf<T>(await connection.db.execute(sql.raw(query)));
}

/** Everything a reader sees of the seeded desk, without the random ids of messages and events. */
function contentOf(connection: DatabaseConnection) {
  return Promise.all([
    rows(
      connection,
      `select number, subject, status, priority, created_at, last_activity_at
                      from tickets order by number`,
    ),
    rows(
      connection,
      `select t.number, m.body, m.is_internal, m.created_at, m.author_id from messages m
                      join tickets t on t.id = m.ticket_id order by t.number, m.created_at`,
    ),
    rows(
      connection,
      `select t.number, e.kind, e.data, e.created_at from ticket_events e
                      join tickets t on t.id = e.ticket_id order by t.number, e.seq`,
    ),
    rows(connection, `select billable_minutes, started_at from tasks order by started_at`),
  ]);
}

describe('bench seed', () => {
  let first: DatabaseConnection;
  let second: DatabaseConnection;

  beforeAll(async () => {
    first = await seeded();
    second = await seeded();
  }, 120_000);

  afterAll(async () => {
    await first?.close();
    await second?.close();
  });

  it('gives every ticket a thread of 1 to 15 messages, long ones too', async () => {
    const counts = await rows<{ count: number }>(
      first,
      `select count(m.id)::int as count from tickets t left join messages m on m.ticket_id = t.id group by t.id`,
    );
    expect(counts).toHaveLength(TICKETS);
    const sizes = counts.map((row) => row.count);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(1);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(15);
    expect(Math.max(...sizes)).toBeGreaterThan(8);
  });

  it("keeps every message in its ticket's company, from its requester's company or staff", async () => {
    const strays = await rows<{ count: number }>(
      first,
      `select count(*)::int as count from messages m
       join tickets t on t.id = m.ticket_id
       join users requester on requester.id = t.requester_id
       join users author on author.id = m.author_id
       where m.company_id <> t.company_id or requester.company_id <> t.company_id
          or (author.company_id is not null and author.company_id <> t.company_id)
          or (m.is_internal and author.company_id is not null)`,
    );
    expect(strays[0]?.count).toBe(0);
    const notes = await rows<{ count: number }>(
      first,
      'select count(*)::int as count from messages where is_internal',
    );
    expect(notes[0]?.count).toBeGreaterThan(0);
  });

  it('writes search text as the app does: the folded subject and each public message, nothing internal', async () => {
    const tickets = await rows<{ id: string; subject: string }>(
      first,
      'select id, subject from tickets',
    );
    const pieces = await rows<{ ticket_id: string; text: string }>(
      first,
      `select s.ticket_id, s.text from ticket_search s left join messages m on m.id = s.message_id
       order by s.ticket_id, m.created_at nulls first`,
    );
    const bodies = await rows<{ ticket_id: string; body: string }>(
      first,
      'select ticket_id, body from messages where not is_internal order by created_at',
    );
    for (const ticket of tickets) {
      const thread = bodies.filter((message) => message.ticket_id === ticket.id);
      const expected = [ticket.subject, ...thread.map((message) => message.body)].map(
        foldForSearch,
      );
      const written = pieces
        .filter((piece) => piece.ticket_id === ticket.id)
        .map((piece) => piece.text);
      expect(written).toEqual(expected);
    }
  });

  it('charges each task once in the ledger, in the period the app computes', async () => {
    const lines = await rows<{
      started_at: Date;
      billable_minutes: number;
      minutes: number;
      period_start_date: string;
      period_last_date: string;
      time_zone: string;
    }>(
      first,
      `select k.started_at, k.billable_minutes, l.minutes, l.period_start_date::text, l.period_last_date::text, c.time_zone
       from tasks k join ledger_entries l on l.task_id = k.id join companies c on c.id = k.company_id`,
    );
    const taskCount = await rows<{ count: number }>(
      first,
      'select count(*)::int as count from tasks',
    );
    expect(lines.length).toBe(taskCount[0]?.count);
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) {
      const period = periodContaining(
        { startDate: '2020-01-01', endDate: null, periodKind: 'monthly' },
        new Date(line.started_at),
        line.time_zone,
      );
      expect([line.period_start_date, line.period_last_date]).toEqual([
        period?.startDate,
        period?.lastDate,
      ]);
      expect(line.minutes).toBe(line.billable_minutes);
      expect(line.minutes % 15).toBe(0);
    }
  });

  it('is the same desk when seeded twice', async () => {
    expect(await contentOf(second)).toEqual(await contentOf(first));
  });
});
