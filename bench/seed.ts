import { sql } from 'drizzle-orm';
import { hashPassword } from '../src/server/auth/password.js';
import type { Database, Executor } from '../src/server/db/database.js';
import { recomputeThreadColumns } from '../src/server/tickets/thread-columns.js';
import { foldForSearch } from '../src/shared/tickets/search-text.js';
import { fractionOf, hashOf, pick, textArray, uuidOf } from './seed-sql.js';
import { BENCH_STATUSES as S } from './seed-statuses.js';
import {
  CUSTOMER_SENTENCES,
  FIRST_NAMES,
  INTERNAL_SENTENCES,
  LAST_NAMES,
  STAFF_SENTENCES,
  SUBJECT_OBJECTS,
  SUBJECT_STARTS,
} from './seed-vocabulary.js';

export const BENCH_PASSWORD = 'bench password 123';
/** Staff agents: agent@bench.test is the first, then agent2@bench.test … */
export const STAFF_COUNT = 20;
/** Tickets span two years up to the anchor, oldest first (#1001 is the oldest). */
const SPAN_DAYS = 730;

export interface SeedShape {
  tickets: number;
  companies: number;
}

/** 200 companies up to 100,000 tickets, then one per 500 tickets (2,000 at a million). */
export function shapeFor(tickets: number): SeedShape {
  return { tickets, companies: Math.max(200, Math.ceil(tickets / 500)) };
}

/** How many contacts (the admin first, then members) company `no` has: 2 to 6. */
const contactCountSql = (companyNo: string) => `(2 + ${hashOf(companyNo, 3)} % 5)`;

type Run = (statement: string) => Promise<unknown>;

/**
 * Fills an empty, migrated database with a support company's years of work, in
 * bulk SQL: companies with their admins and members and a monthly package each,
 * staff, tickets with threads of 1–15 messages (staff replies, some internal
 * notes), the tickets' events (created, status changes, closing), tasks with
 * their ledger lines, and who has read what. Deterministic for a given anchor
 * (the instant the newest ticket is near). Secondary indexes are rebuilt and
 * foreign keys checked once at the end, and the live-change triggers are off
 * meanwhile: much faster than doing all that row by row.
 */
export async function seedBench(
  db: Database,
  ticketCount: number,
  options: { anchor?: Date; onStep?: (step: string, seconds: number) => void } = {},
): Promise<SeedShape> {
  const shape = shapeFor(ticketCount);
  const anchor = (options.anchor ?? startOfUtcDay(new Date())).toISOString();
  const passwordHash = await hashPassword(BENCH_PASSWORD);
  await db.transaction(async (tx) => {
    const run: Run = async (statement) => {
      const start = performance.now();
      const result = await tx.execute(sql.raw(statement));
      const step = statement.trim().split(/\s+/).slice(0, 3).join(' ');
      options.onStep?.(step, Math.round(performance.now() - start) / 1000);
      return result;
    };
    await run(`set local maintenance_work_mem = '256MB'`);
    const liveTriggers = await setLiveTriggers(tx, 'disable');
    const indexes = await dropSecondaryIndexes(tx);
    const foreignKeys = await dropForeignKeys(tx);
    await seedPeople(run, shape, passwordHash.replaceAll("'", "''"));
    await seedTicketPlan(run, shape, anchor);
    await seedTickets(run);
    await seedMessages(run);
    await seedEvents(run);
    await seedTasksAndLedger(run);
    await seedReads(run);
    // Fresh tables have no statistics: without them the planner joins 100,000 rows by nested loops.
    await run(`analyze ${SEEDED_TABLES.join(', ')}`);
    await writeSearchText(run);
    await run(`select setval('ticket_number_seq', ${1000 + shape.tickets})`);
    for (const definition of indexes) await run(definition);
    // Checked again as they come back: one join per key instead of a lookup per row.
    for (const definition of foreignKeys) await run(definition);
    // The queue's thread columns, from the messages (once their index is back).
    const start = performance.now();
    await recomputeThreadColumns(tx, sql`true`);
    options.onStep?.('thread columns', Math.round(performance.now() - start) / 1000);
    await setLiveTriggers(tx, 'enable', liveTriggers);
  });
  // Vacuumed so that the visibility map is set: the lists' deep pages read ids from the index alone.
  await db.execute(sql`vacuum analyze`);
  return shape;
}

function startOfUtcDay(date: Date): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
}

const SEEDED_TABLES = [
  'tickets',
  'messages',
  'ticket_events',
  'tasks',
  'ledger_entries',
  'ticket_reads',
  'ticket_search',
];

/** Drops the seeded tables' indexes that no constraint needs; returns how to make them again. */
async function dropSecondaryIndexes(tx: Executor): Promise<string[]> {
  const result = await tx.execute(sql`
    select i.indexname, i.indexdef from pg_indexes i
    where i.schemaname = current_schema()
      and i.tablename in (${sql.join(
        SEEDED_TABLES.map((name) => sql`${name}`),
        sql`, `,
      )})
      and not exists (select 1 from pg_constraint c where c.conname = i.indexname)`);
  const rows = rowsOf<{ indexname: string; indexdef: string }>(result);
  for (const row of rows) await tx.execute(sql.raw(`drop index "${row.indexname}"`));
  return rows.map((row) => row.indexdef);
}

/** Drops the seeded tables' foreign keys; returns the statements that add them back. */
async function dropForeignKeys(tx: Executor): Promise<string[]> {
  const result = await tx.execute(sql`
    select conrelid::regclass::text as table, conname as name, pg_get_constraintdef(oid) as definition
    from pg_constraint
    where contype = 'f' and connamespace = current_schema()::text::regnamespace
      and conrelid::regclass::text in (${sql.join(
        SEEDED_TABLES.map((name) => sql`${name}`),
        sql`, `,
      )})`);
  const rows = rowsOf<{ table: string; name: string; definition: string }>(result);
  for (const row of rows) {
    await tx.execute(sql.raw(`alter table ${row.table} drop constraint "${row.name}"`));
  }
  return rows.map(
    (row) => `alter table ${row.table} add constraint "${row.name}" ${row.definition}`,
  );
}

/** The triggers that announce live changes (one NOTIFY per row): off while seeding. */
async function setLiveTriggers(
  tx: Executor,
  action: 'disable' | 'enable',
  known?: { table: string; name: string }[],
): Promise<{ table: string; name: string }[]> {
  const triggers =
    known ??
    rowsOf<{ table: string; name: string }>(
      await tx.execute(sql`
        select tgrelid::regclass::text as table, tgname as name from pg_trigger
        where tgfoid = (select oid from pg_proc where proname = 'aitima_notify_live')`),
    );
  for (const { table, name } of triggers) {
    await tx.execute(sql.raw(`alter table ${table} ${action} trigger "${name}"`));
  }
  return triggers;
}

/** PGlite and node-postgres both answer `{ rows }`. */
export function rowsOf<T>(result: unknown): T[] {
  return (result as { rows: T[] }).rows;
}

async function seedPeople(run: Run, shape: SeedShape, passwordHash: string) {
  const firstNames = textArray(FIRST_NAMES);
  const lastNames = textArray(LAST_NAMES);
  await run(`
    insert into users (id, email, password_hash, first_name, last_name, role)
    select ${uuidOf('staff', 'k')}, case when k = 1 then 'agent@bench.test' else 'agent' || k || '@bench.test' end,
           '${passwordHash}', ${pick(firstNames, FIRST_NAMES.length, 'k', 20)},
           ${pick(lastNames, LAST_NAMES.length, 'k', 21)}, 'agent'
    from generate_series(1, ${STAFF_COUNT}) as k`);
  await run(`
    insert into companies (id, legal_name, vat_number, city, email)
    select ${uuidOf('company', 'c')}, 'Εταιρεία ' || c || ' Α.Ε.', lpad(c::text, 9, '0'),
           (array['Αθήνα','Θεσσαλονίκη','Πάτρα','Ηράκλειο','Λάρισα'])[1 + c % 5], 'info@company' || c || '.test'
    from generate_series(1, ${shape.companies}) as c`);
  await run(`
    insert into users (id, email, password_hash, first_name, last_name, role, company_id)
    select ${uuidOf('contact', 'c * 100 + k')},
           case when k = 1 then 'admin' || c || '@bench.test' else 'member' || c || '-' || k || '@bench.test' end,
           '${passwordHash}', ${pick(firstNames, FIRST_NAMES.length, 'c * 100 + k', 22)},
           ${pick(lastNames, LAST_NAMES.length, 'c * 100 + k', 23)},
           case when k = 1 then 'company_admin' else 'member' end::user_role, ${uuidOf('company', 'c')}
    from generate_series(1, ${shape.companies}) as c
    cross join lateral generate_series(1, ${contactCountSql('c')}) as k`);
  await run(`
    insert into packages (id, name, hours_per_period, period_kind, billing_increment_minutes)
    values (${uuidOf('package', '1')}, 'Basic 10 ώρες', 10, 'monthly', 15),
           (${uuidOf('package', '2')}, 'Business 20 ώρες', 20, 'monthly', 15),
           (${uuidOf('package', '3')}, 'Premium 40 ώρες', 40, 'monthly', 15)`);
  await run(`
    insert into subscriptions (id, company_id, package_id, start_date, status)
    select ${uuidOf('subscription', 'c')}, ${uuidOf('company', 'c')}, ${uuidOf('package', '1 + c % 3')},
           '2020-01-01', 'active'
    from generate_series(1, ${shape.companies}) as c`);
}

/**
 * bench_tickets: what every ticket is, by its row number i (number 1000 + i):
 * its company (a few big customers, many small ones), requester, thread length,
 * the gap between messages, status, assignee and whether a task was logged.
 */
async function seedTicketPlan(run: Run, shape: SeedShape, anchor: string) {
  const n = shape.tickets;
  const subjectOf = (words: readonly string[][]) =>
    `${pick(textArray(words[0] ?? []), SUBJECT_STARTS.length, 'i', 13)} || ' ' || ${pick(textArray(words[1] ?? []), SUBJECT_OBJECTS.length, 'i', 14)}`;
  await run(`
    create temp table bench_tickets on commit drop as
    select i, company_no, ${uuidOf('ticket', 'i')} as id,
           ${subjectOf([SUBJECT_STARTS, SUBJECT_OBJECTS])} as subject,
           ${subjectOf([SUBJECT_STARTS.map(foldForSearch), SUBJECT_OBJECTS.map(foldForSearch)])} as folded_subject,
           ${uuidOf('contact', `company_no * 100 + 1 + ${hashOf('i', 2)} % ${contactCountSql('company_no')}`)} as requester_id,
           1 + ${hashOf('i', 4)} % 15 as message_count,
           ((30 + ${hashOf('i', 6)} % 600) || ' minutes')::interval as gap,
           '${anchor}'::timestamptz - ((${n} - i)::float8 * ${SPAN_DAYS} / ${n} || ' days')::interval
             - ((${hashOf('i', 7)} % 3600) || ' seconds')::interval as created_at,
           case when i > ${n} * 0.95 then (array['${S.opened}','${S.worked}','${S.waiting}'])[1 + ${hashOf('i', 8)} % 3]
                when ${hashOf('i', 8)} % 100 < 85 then '${S.closed}'
                else (array['${S.opened}','${S.worked}','${S.waiting}'])[1 + ${hashOf('i', 9)} % 3] end::ticket_status as status,
           case when ${hashOf('i', 10)} % 100 < 85 then 1 + ${hashOf('i', 11)} % ${STAFF_COUNT} end as assignee_no,
           ${hashOf('i', 12)} % 10 < 3 as has_task
    from (select i, 1 + floor(${shape.companies} * power(${fractionOf('i', 1)}, 1.6))::int as company_no
          from generate_series(1, ${n}) as i) as plan`);
  await run(`alter table bench_tickets add primary key (i)`);
  await run('analyze bench_tickets');
}

async function seedTickets(run: Run) {
  await run(`
    insert into tickets (id, number, company_id, requester_id, subscription_id, subject, status, priority,
                         assignee_id, last_activity_at, closed_at, created_at, updated_at)
    select t.id, 1000 + t.i, ${uuidOf('company', 't.company_no')}, t.requester_id, ${uuidOf('subscription', 't.company_no')},
           t.subject,
           t.status, (array['normal','normal','normal','low','high','urgent'])[1 + ${hashOf('t.i', 15)} % 6]::ticket_priority,
           ${uuidOf('staff', 't.assignee_no')},
           t.created_at + t.gap * (t.message_count - 1) + case when t.status = '${S.closed}' then interval '1 minute' else interval '0' end,
           case when t.status = '${S.closed}' then t.created_at + t.gap * (t.message_count - 1) + interval '1 minute' end,
           t.created_at, t.created_at + t.gap * (t.message_count - 1)
    from bench_tickets t`);
}

/** A message's body from the vocabulary, picked by its key: the same picks fold to its search text. */
function bodySql(fold: (text: string) => string): string {
  const [customer, staff, internal] = [CUSTOMER_SENTENCES, STAFF_SENTENCES, INTERNAL_SENTENCES].map(
    (sentences) => textArray(sentences.map(fold)),
  );
  const key = 't.i * 16 + j';
  const customerPick = (salt: number) => pick(customer ?? '', CUSTOMER_SENTENCES.length, key, salt);
  const staffPick = (salt: number) => pick(staff ?? '', STAFF_SENTENCES.length, key, salt);
  return `case when is_internal then ${pick(internal ?? '', INTERNAL_SENTENCES.length, key, 32)}
               when j % 2 = 1 then ${customerPick(33)} || ' ' || ${customerPick(34)} || ' ' || ${customerPick(35)}
               else ${staffPick(36)} || ' ' || ${staffPick(37)} end`;
}

/** Odd messages are the customer's, even ones staff's (one in six of those an internal note). */
async function seedMessages(run: Run) {
  const key = 't.i * 16 + j';
  await run(`
    create temp table bench_messages on commit drop as
    select i, ticket_id, company_no, j, created_at, is_internal, author_id,
           ${bodySql((text) => text)} as body, ${bodySql(foldForSearch)} as folded
    from (select t.i, t.id as ticket_id, t.company_no, j, t.created_at + t.gap * (j - 1) as created_at,
                 j % 2 = 0 and ${hashOf(key, 30)} % 6 = 0 as is_internal,
                 case when j % 2 = 1 then t.requester_id
                      else ${uuidOf('staff', `coalesce(t.assignee_no, 1 + ${hashOf(key, 31)} % ${STAFF_COUNT})`)} end as author_id
          from bench_tickets t cross join lateral generate_series(1, t.message_count) as j) as t`);
  await run(`
    insert into messages (ticket_id, company_id, author_id, body, is_internal, created_at)
    select ticket_id, ${uuidOf('company', 'company_no')}, author_id, body, is_internal, created_at
    from bench_messages
    order by i, j`);
}

/**
 * «created» for every ticket; open → in progress at the first staff message; then
 * the step to the ticket's status now (closed: a «closed» event).
 */
async function seedEvents(run: Run) {
  const staffOf = uuidOf(
    'staff',
    `coalesce(t.assignee_no, 1 + ${hashOf('t.i', 40)} % ${STAFF_COUNT})`,
  );
  await run(`
    insert into ticket_events (ticket_id, company_id, actor_id, kind, data, created_at)
    select t.id, ${uuidOf('company', 't.company_no')}, e.actor_id, e.kind::ticket_event_kind, e.data, e.created_at
    from bench_tickets t
    cross join lateral (values
      (1, t.requester_id, 'created', '{}'::jsonb, t.created_at),
      (2, ${staffOf}, 'status_changed', '${JSON.stringify({ from: S.opened, to: S.worked })}'::jsonb, t.created_at + t.gap),
      (3, ${staffOf}, case when t.status = '${S.closed}' then '${S.closedEventKind}' else 'status_changed' end,
          jsonb_build_object('from', case when t.message_count > 1 then '${S.worked}' else '${S.opened}' end, 'to', t.status::text),
          t.created_at + t.gap * (t.message_count - 1) + interval '1 minute')
    ) as e(step, actor_id, kind, data, created_at)
    where e.step = 1
       or (e.step = 2 and t.message_count > 1 and t.status <> '${S.opened}')
       or (e.step = 3 and t.status <> '${S.opened}' and not (t.status = '${S.worked}' and t.message_count > 1))
    order by t.i, e.step`);
}

/**
 * Three tickets in ten have a finished, billable task by their assignee, and, as
 * stopping its timer writes, a «task_charged» ledger line in the month (on the
 * company's clock) the task started: the packages are monthly from 2020-01-01.
 */
async function seedTasksAndLedger(run: Run) {
  await run(`
    insert into tasks (id, ticket_id, company_id, subscription_id, staff_id, description, started_at, ended_at,
                       is_billable, billing_increment_minutes, billable_minutes, created_at, updated_at)
    select ${uuidOf('task', 't.i')}, t.id, ${uuidOf('company', 't.company_no')}, ${uuidOf('subscription', 't.company_no')},
           ${uuidOf('staff', 't.assignee_no')}, 'Έλεγχος και διόρθωση από απόσταση',
           t.created_at + t.gap / 2, t.created_at + t.gap / 2 + (d.minutes || ' minutes')::interval,
           true, 15, ceil(d.minutes / 15.0)::int * 15,
           t.created_at + t.gap / 2, t.created_at + t.gap / 2 + (d.minutes || ' minutes')::interval
    from bench_tickets t cross join lateral (select 5 + ${hashOf('t.i', 50)} % 115 as minutes) d
    where t.has_task and t.assignee_no is not null`);
  await run(`
    insert into ledger_entries (company_id, subscription_id, kind, minutes, charged_at, period_start_date,
                                period_last_date, task_id, ticket_id, actor_user_id, is_late, created_at)
    select k.company_id, k.subscription_id, 'task_charged', k.billable_minutes, k.started_at, p.start_date,
           (p.start_date + interval '1 month' - interval '1 day')::date, k.id, k.ticket_id, k.staff_id, false, k.ended_at
    from tasks k
    join companies c on c.id = k.company_id
    cross join lateral (select date_trunc('month', k.started_at at time zone c.time_zone)::date as start_date) p`);
}

/** Most requesters and assignees have seen their ticket as it is now. */
async function seedReads(run: Run) {
  await run(`
    insert into ticket_reads (user_id, ticket_id, read_at)
    select t.requester_id, t.id, t.created_at + t.gap * (t.message_count - 1) from bench_tickets t
    where ${hashOf('t.i', 60)} % 10 < 7
    union all
    select ${uuidOf('staff', 't.assignee_no')}, t.id, t.created_at + t.gap * (t.message_count - 1) from bench_tickets t
    where t.assignee_no is not null and ${hashOf('t.i', 61)} % 10 < 8`);
}

/**
 * How search text is written: a ticket's folded subject, then its public
 * messages in order (internal notes are never searchable by customers). The one
 * place that knows where search text lives.
 */
async function writeSearchText(run: Run) {
  // As the app writes it (ticket-search.repository.ts): one row for the folded subject, one per public message.
  await run(`
    insert into ticket_search (ticket_id, company_id, message_id, text)
    select t.id, t.company_id, null, b.folded_subject
    from bench_tickets b join tickets t on t.id = b.id`);
  await run(`
    insert into ticket_search (ticket_id, company_id, message_id, text)
    select m.ticket_id, m.company_id, m.id, b.folded
    from bench_messages b
    join messages m on m.ticket_id = b.ticket_id and m.created_at = b.created_at
    where not b.is_internal
    order by b.i, b.j`);
}
