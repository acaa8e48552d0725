import { sql } from 'drizzle-orm';
import { hashPassword } from '../src/server/auth/password.js';
import type { Database } from '../src/server/db/database.js';
import { foldForSearch } from '../src/shared/tickets/search-text.js';

export const BENCH_PASSWORD = 'bench password 123';

// Realistic Greek subjects; a few share words, so searches match some but not all tickets.
const SUBJECTS = [
  'Διόρθωση στο μενού της αρχικής σελίδας',
  'Δεν λειτουργεί η φόρμα επικοινωνίας',
  'Αναβάθμιση του server σε νέα έκδοση',
  'Τιμολόγιο Μαρτίου: χρειάζομαι αντίγραφο',
  'Το email δεν στέλνει μηνύματα',
  'Νέος χρήστης για το λογιστήριο',
  'Αργή φόρτωση του e-shop',
  'Πιστοποιητικό SSL έληξε',
];

/** Fills a database with companies, contacts and tickets (each with its first message), in bulk SQL. */
export async function seedBench(db: Database, ticketCount: number, companyCount = 200) {
  const passwordHash = await hashPassword(BENCH_PASSWORD);
  const subjects = sql.raw(`array[${SUBJECTS.map((s) => `'${s}'`).join(',')}]`);
  const folded = sql.raw(`array[${SUBJECTS.map((s) => `'${foldForSearch(s)}'`).join(',')}]`);
  await db.execute(sql`
    insert into users (email, password_hash, first_name, last_name, role)
    values ('agent@bench.test', ${passwordHash}, 'Ελένη', 'Καραγιάννη', 'agent')`);
  await db.execute(sql`
    insert into companies (legal_name, vat_number)
    select 'Εταιρεία ' || i || ' Α.Ε.', lpad(i::text, 9, '0') from generate_series(1, ${companyCount}) as i`);
  await db.execute(sql`
    insert into users (email, password_hash, first_name, last_name, role, company_id)
    select 'admin' || row_number() over (order by id) || '@bench.test', ${passwordHash}, 'Μαρία', 'Π.', 'company_admin', id
    from companies`);
  await db.execute(sql`
    insert into tickets (company_id, requester_id, subject, search_text, status, created_at, last_activity_at, updated_at)
    select u.company_id, u.id, (${subjects})[1 + i % ${SUBJECTS.length}] || ' #' || i,
           (${folded})[1 + i % ${SUBJECTS.length}] || ' ' || i,
           (array['open','in_progress','waiting_customer','closed'])[1 + i % 4]::ticket_status,
           now() - (i || ' minutes')::interval, now() - (i || ' minutes')::interval, now()
    from generate_series(1, ${ticketCount}) as i
    join lateral (select id, company_id from users where role = 'company_admin' offset (i % ${companyCount}) limit 1) u on true`);
  await db.execute(sql`
    insert into messages (ticket_id, company_id, author_id, body, created_at)
    select id, company_id, requester_id, 'Περιγραφή του αιτήματος ' || number, created_at from tickets`);
  // VACUUM as well as ANALYZE: it sets the visibility map, without which an index-only
  // scan (a deep page's ids) must visit every row it skips to check that row is visible.
  // In service, autovacuum does this for the old, settled tickets deep pages are made of.
  await db.execute(sql`vacuum (analyze)`);
}
