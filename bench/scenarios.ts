/** Who sends a scenario's requests: staff (sees every ticket) or a big customer's admin. */
export type Persona = 'agent' | 'customer';

/** One kind of request the bench loads the server with. */
export interface Scenario {
  id: string;
  name: string;
  as: Persona;
  method: 'GET' | 'POST';
  /** "{n}" becomes a random ticket number on every request. */
  path: string;
  body?: string;
  connections: number;
  kind: 'read' | 'write';
}

const search = encodeURIComponent('διορθωση');
const reply = JSON.stringify({ body: 'Ευχαριστούμε, το εξετάζουμε και επανερχόμαστε σήμερα.' });

const queue = { as: 'agent', method: 'GET', path: '/api/tickets', kind: 'read' } as const;
const ticket = { as: 'agent', method: 'GET', path: '/api/tickets/{n}', kind: 'read' } as const;
const replyTo = {
  as: 'agent',
  method: 'POST',
  path: '/api/tickets/{n}/messages',
  body: reply,
  kind: 'write',
} as const;

/**
 * The requests of issue 11's table, in the order they run: reads first, then the
 * replies (which add messages), then the same at 50 connections.
 */
export const SCENARIOS: Scenario[] = [
  { id: 'queue', name: 'staff queue, page 1', connections: 10, ...queue },
  { id: 'ticket', name: 'a ticket with its thread', connections: 10, ...ticket },
  {
    id: 'search',
    name: 'search «διορθωση»',
    as: 'agent',
    method: 'GET',
    path: `/api/tickets?state=all&q=${search}`,
    connections: 10,
    kind: 'read',
  },
  {
    id: 'page-2000',
    name: 'all tickets, page 2,000',
    as: 'agent',
    method: 'GET',
    path: '/api/tickets?state=all&page=2000',
    connections: 10,
    kind: 'read',
  },
  {
    id: 'customer-list',
    name: "a customer's list",
    as: 'customer',
    method: 'GET',
    path: '/api/tickets?state=all',
    connections: 10,
    kind: 'read',
  },
  {
    // «Κεντρική οθόνη»: the packages' figures, the hours allocated over the company's
    // whole ledger (rollover, blocks, overage), the forecast, the latest tickets.
    id: 'dashboard',
    name: "a customer's central screen",
    as: 'customer',
    method: 'GET',
    path: '/api/dashboard',
    connections: 10,
    kind: 'read',
  },
  { id: 'reply', name: 'add a reply', connections: 10, ...replyTo },
  { id: 'queue-50', name: 'staff queue, 50 connections', connections: 50, ...queue },
  { id: 'ticket-50', name: 'a ticket, 50 connections', connections: 50, ...ticket },
  { id: 'reply-50', name: 'a reply, 50 connections', connections: 50, ...replyTo },
];

/** BENCH_SCENARIOS="queue,reply" runs only those (all when unset). */
export function selectScenarios(filter: string | undefined): Scenario[] {
  if (!filter) return SCENARIOS;
  const wanted = new Set(filter.split(',').map((id) => id.trim()));
  const chosen = SCENARIOS.filter((scenario) => wanted.has(scenario.id));
  if (chosen.length === 0) {
    throw new Error(`BENCH_SCENARIOS names none of ${SCENARIOS.map((s) => s.id).join(', ')}`);
  }
  return chosen;
}

/**
 * The tickets a scenario's probe requests name, spread over the whole range. A
 * write's are never a read's: pgbench and the driver route replay a reply's
 * statements thousands of times, each adding a message to its probes' tickets,
 * and a read scenario run later would otherwise replay reads of those swollen
 * threads.
 */
export function probeTicketNumbers(kind: Scenario['kind'], ticketCount: number, probes: number) {
  const shift = kind === 'write' ? 0.25 : 0.5;
  return Array.from(
    { length: probes },
    (_, probe) => 1000 + Math.max(1, Math.round((ticketCount * (probe + shift)) / probes)),
  );
}
