import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCustomer } from '../../../test/support/factories.js';
import { createTestDatabase } from '../../../test/support/test-database.js';
import type { DatabaseConnection } from './client.js';
import { messages, tickets } from './schema.js';

let connection: DatabaseConnection;
beforeAll(async () => {
  connection = await createTestDatabase();
});
afterAll(() => connection.close());

/** The rows PostgreSQL's generic plan expects for "the messages of one ticket". */
async function expectedMessagesOfOneTicket(): Promise<number> {
  return connection.db.transaction(async (tx) => {
    await tx.execute(sql`set local plan_cache_mode = force_generic_plan`);
    await tx.execute(sql`prepare messages_of_one_ticket(uuid) as
      select id from messages where ticket_id = $1`);
    try {
      // Both drivers answer with `rows`; the database handle's type is a union of theirs.
      const explained = (await tx.execute(
        sql`explain (format json) execute messages_of_one_ticket('00000000-0000-4000-8000-000000000000')`,
      )) as unknown as { rows: { 'QUERY PLAN': [{ Plan: { 'Plan Rows': number } }] }[] };
      return explained.rows[0]!['QUERY PLAN'][0].Plan['Plan Rows'];
    } finally {
      await tx.execute(sql`deallocate messages_of_one_ticket`);
    }
  });
}

describe("a ticket's messages in PostgreSQL's statistics (migration 0029)", () => {
  it('are expected to be about ten, however few tickets ANALYZE counted', async () => {
    // One ticket with 60 messages: ANALYZE counts one distinct ticket, so without the
    // migration's n_distinct a generic plan expects all 60 rows for any ticket. At a
    // million tickets it guessed a tenth of them and expected 90 where there were 8.
    const { company, admin } = await createCustomer(connection.db);
    const [ticket] = await connection.db
      .insert(tickets)
      .values({ companyId: company.id, requesterId: admin.id, subject: 'Πολλά μηνύματα' })
      .returning();
    await connection.db.insert(messages).values(
      Array.from({ length: 60 }, (_, index) => ({
        ticketId: ticket!.id,
        companyId: company.id,
        authorId: admin.id,
        body: `Μήνυμα ${index}`,
      })),
    );
    await connection.db.execute(sql`analyze messages`);

    expect(await expectedMessagesOfOneTicket()).toBe(10);
  });
});
