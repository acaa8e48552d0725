import { eq, sql } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient } from '../../../../test/support/api-client.js';
import {
  createResponseChecker,
  type DocumentedResponse,
  dereference,
} from '../../../../test/support/openapi-fuzz/response-check.js';
import {
  arbitraryFor,
  type JsonSchema,
  type KnownValues,
} from '../../../../test/support/openapi-fuzz/schema-arbitrary.js';
import { createTestApp, type TestApp } from '../../../../test/support/test-app.js';
import type { Role } from '../../../shared/roles.js';
import { hashPassword } from '../../auth/password.js';
import { companies, users } from '../../db/schema.js';
import { DEMO_PASSWORD, seedDemo } from '../../demo/demo-seed.js';

/**
 * Issue 12, item 7: the API fuzzed from its own OpenAPI document, as a customer
 * (company_admin, member) and as staff (agent, admin), on the seeded demo data so that
 * ids are real. Fails on any 5xx and on any answer the document does not promise.
 * Fixed seed, bounded requests; FUZZ_SEED and FUZZ_RUNS (per operation and role) replay
 * or widen a run: `FUZZ_RUNS=40 npx vitest run --project api <this file>`.
 */
const SEED = Number(process.env.FUZZ_SEED ?? 20261204);
const RUNS = Number(process.env.FUZZ_RUNS ?? 3);
const ROLES: Role[] = ['company_admin', 'member', 'agent', 'admin'];
// A stream that stays open until the client leaves: its own tests cover it.
const SKIPPED = new Set(['GET /api/live']);

interface Operation {
  operationId: string;
  parameters?: { name: string; in: string; required?: boolean; schema: JsonSchema }[];
  requestBody?: { content: Record<string, { schema: JsonSchema }> };
  responses: Record<string, DocumentedResponse>;
}

let t: TestApp;
let operations: { method: string; path: string; operation: Operation }[];
let known: KnownValues;
const clients = new Map<Role, { client: ApiClient; email: string }>();
let demoHash: string;

beforeAll(async () => {
  t = await createTestApp();
  const logins = (await seedDemo(t.db)) ?? [];
  demoHash = await hashPassword(DEMO_PASSWORD);
  for (const role of ROLES) {
    const login = logins.find((candidate) => candidate.role === role);
    if (!login) throw new Error(`the demo has no ${role}`);
    const client = new ApiClient(t.app);
    await client.logIn(login.email, DEMO_PASSWORD);
    clients.set(role, { client, email: login.email });
  }
  known = await knownValues();
  const document = t.app.swagger() as unknown as Record<string, unknown>;
  const paths = dereference(document.paths, document) as Record<string, Record<string, Operation>>;
  operations = Object.entries(paths).flatMap(([path, item]) =>
    Object.entries(item)
      .filter(([method]) => !SKIPPED.has(`${method.toUpperCase()} ${path}`))
      .map(([method, operation]) => ({ method: method.toUpperCase(), path, operation })),
  );
}, 120_000);
afterAll(() => t.close());

/** Ids and numbers of the seeded rows, from every table that has them. */
async function knownValues(): Promise<KnownValues> {
  const tables = [
    'companies',
    'users',
    'sessions',
    'packages',
    'subscriptions',
    'tickets',
    'attachments',
    'tasks',
    'outbox_emails',
    'mailboxes',
    'inbound_emails',
    'statements',
    'ledger_entries',
    'ledger_disputes',
  ];
  const uuids: string[] = [];
  for (const table of tables) {
    const result = await t.db.execute(sql.raw(`select id::text as id from ${table} limit 8`));
    for (const row of (result as { rows: { id: string }[] }).rows) uuids.push(row.id);
  }
  const tickets = await t.db.execute(sql.raw('select number from tickets limit 10'));
  const numbers = (tickets as { rows: { number: number }[] }).rows.map((row) => Number(row.number));
  return { uuids: uuids.sort(), numbers };
}

/** One generated request for an operation. */
function requestArbitrary(path: string, operation: Operation) {
  const parameters = operation.parameters ?? [];
  const parameterValue = (parameter: { name: string; schema: JsonSchema }) =>
    parameter.name === 'number'
      ? fc.oneof(fc.constantFrom(...known.numbers), fc.integer({ min: -5, max: 99_999 }))
      : arbitraryFor(parameter.schema, known);
  const inPath = parameters.filter((parameter) => parameter.in === 'path');
  const inQuery = parameters.filter((parameter) => parameter.in === 'query');
  const inHeader = parameters.filter((parameter) => parameter.in === 'header');
  const json = operation.requestBody?.content['application/json']?.schema;
  return fc.record({
    path: fc
      .tuple(...inPath.map(parameterValue))
      .map((values) =>
        inPath.reduce(
          (url, parameter, index) =>
            url.replace(`{${parameter.name}}`, encodeURIComponent(String(values[index]))),
          path,
        ),
      ),
    query: fc
      .tuple(...inQuery.map((parameter) => fc.option(parameterValue(parameter))))
      .map((values) => {
        const search = new URLSearchParams();
        values.forEach((value, index) => {
          if (value === null || value === undefined) return;
          for (const item of Array.isArray(value) ? value : [value]) {
            search.append(
              inQuery[index]!.name,
              typeof item === 'object' ? JSON.stringify(item) : String(item),
            );
          }
        });
        return search.toString();
      }),
    headers: fc
      .tuple(...inHeader.map((parameter) => fc.option(parameterValue(parameter))))
      .map((values) =>
        Object.fromEntries(
          values.flatMap((value, index) =>
            value === null || value === undefined ? [] : [[inHeader[index]!.name, String(value)]],
          ),
        ),
      ),
    body: json ? arbitraryFor(json, known) : fc.constant(undefined),
  });
}

/** Logs a role in again when a request ended its session, deactivated its user or archived its company. */
async function keepSignedIn(role: Role): Promise<void> {
  const entry = clients.get(role)!;
  if ((await entry.client.get('/api/me')).statusCode === 200) return;
  const [user] = await t.db
    .update(users)
    .set({ isActive: true, passwordHash: demoHash })
    .where(eq(users.email, entry.email))
    .returning();
  // Staff requests may have archived the customer's company, which keeps its people out.
  if (user?.companyId) {
    await t.db.update(companies).set({ archivedAt: null }).where(eq(companies.id, user.companyId));
  }
  await entry.client.logIn(entry.email, DEMO_PASSWORD);
}

describe('fuzzing the API from its OpenAPI document', () => {
  it(`answers every generated request as documented, never 5xx (seed ${SEED}, ${RUNS} per operation and role)`, async () => {
    const check = createResponseChecker();
    const failures: string[] = [];
    let sent = 0;
    for (const [index, { method, path, operation }] of operations.entries()) {
      const requests = fc.sample(requestArbitrary(path, operation), {
        seed: SEED + index,
        numRuns: RUNS * ROLES.length,
      });
      for (const [run, request] of requests.entries()) {
        const role = ROLES[run % ROLES.length]!;
        const url = request.query ? `${request.path}?${request.query}` : request.path;
        const response = await clients
          .get(role)!
          .client.request(method as 'GET', url, request.body, request.headers);
        sent += 1;
        const problem = check(operation.responses, response);
        if (problem) {
          failures.push(
            `${operation.operationId} as ${role} (FUZZ_SEED=${SEED}, operation #${index}, run ${run}): ` +
              `${method} ${url} ${JSON.stringify(request.body) ?? ''} ${JSON.stringify(request.headers)} → ${problem}`,
          );
        }
        if (response.statusCode === 401) await keepSignedIn(role);
      }
    }
    if (failures.length > 0) console.error(failures.join('\n\n'));
    expect(failures).toEqual([]);
    expect(sent).toBeGreaterThanOrEqual(operations.length * ROLES.length * RUNS);
  }, 600_000);
});
