/**
 * What moved hours on a subscription (DESIGN.md, Hours). Every line of the
 * ledger is one of these; its minutes are signed (+ charged, − given back).
 */
export const LEDGER_KINDS = [
  /** A finished task charged its minutes (stopped, or added by hand). */
  'task_charged',
  /** A task's minutes changed in place (start, duration). */
  'task_edited',
  /** A task left one period, ticket or package for another: two lines, − and +. */
  'task_moved',
  /** A task was deleted: its minutes given back. */
  'task_deleted',
  /** A task was made non-billable: its minutes given back. */
  'task_unbilled',
  /** A non-billable task was made billable. */
  'task_billed',
  /** Staff added or removed minutes by hand, with a reason (also the answer to a dispute). */
  'adjustment',
] as const;
export type LedgerKind = (typeof LEDGER_KINDS)[number];

/** Where a dispute («Αμφισβήτηση») on a ledger line stands. */
export const DISPUTE_STATUSES = ['open', 'corrected', 'explained'] as const;
export type DisputeStatus = (typeof DISPUTE_STATUSES)[number];
