import { ceilingApp, serveToBench } from './ceiling-server.js';

/**
 * The ceiling of the stack on this machine: Fastify alone, in its own process,
 * answering GET / with a fixed JSON of about BENCH_BARE_BYTES bytes (the size of
 * a queue page), compressed as the app's answers are — no database, no session, no
 * schema. The bench loads it exactly as it loads the app, and compares.
 */
const bytes = Number(process.env.BENCH_BARE_BYTES ?? 10_000);
const row = {
  number: 1001,
  subject: 'Διόρθωση στο μενού της αρχικής σελίδας',
  status: 'in_progress',
  company: 'Εταιρεία 1 Α.Ε.',
  lastActivityAt: '2026-12-04T10:00:00.000Z',
};
const rowBytes = Buffer.byteLength(JSON.stringify(row)) + 1;
const page = {
  items: Array.from({ length: Math.max(1, Math.round(bytes / rowBytes)) }, () => row),
  total: 100_000,
};

const app = await ceilingApp();
app.get('/', async () => page);
await serveToBench(app, 'none');
