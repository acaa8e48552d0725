import type { LedgerKind } from './ledger-kinds.js';

/** A ledger line as a statement needs it. */
export interface StatementSourceLine {
  kind: LedgerKind;
  minutes: number;
  periodStartDate: string;
  ticketNumber: number | null;
  ticketSubject: string | null;
}

/** The computed part of a statement (see StatementFigures). */
export interface StatementTotals {
  openingBalanceMinutes: number;
  allowanceMinutes: number;
  chargedMinutes: number;
  adjustmentMinutes: number;
  correctionMinutes: number;
  closingBalanceMinutes: number;
  overageMinutes: number;
  byTicket: { ticketNumber: number | null; subject: string | null; minutes: number }[];
}

/**
 * A statement's figures from the lines it carries: its own period's lines
 * (work charged, adjustments) and lines of earlier periods written after their
 * own statement (corrections). Nothing carries over between periods, so the
 * opening balance is 0; the closing balance can go below zero: overage.
 */
export function statementTotals(
  periodStartDate: string,
  allowanceMinutes: number,
  lines: readonly StatementSourceLine[],
): StatementTotals {
  const own = lines.filter((line) => line.periodStartDate === periodStartDate);
  const sum = (items: readonly StatementSourceLine[]) =>
    items.reduce((total, line) => total + line.minutes, 0);
  const charged = own.filter((line) => line.kind !== 'adjustment');
  const chargedMinutes = sum(charged);
  const adjustmentMinutes = sum(own.filter((line) => line.kind === 'adjustment'));
  const correctionMinutes = sum(lines.filter((line) => line.periodStartDate < periodStartDate));
  const openingBalanceMinutes = 0;
  const closingBalanceMinutes =
    openingBalanceMinutes +
    allowanceMinutes -
    chargedMinutes -
    adjustmentMinutes -
    correctionMinutes;
  const tickets = new Map<
    number | null,
    { ticketNumber: number | null; subject: string | null; minutes: number }
  >();
  for (const line of charged) {
    const seen = tickets.get(line.ticketNumber) ?? {
      ticketNumber: line.ticketNumber,
      subject: line.ticketSubject,
      minutes: 0,
    };
    seen.minutes += line.minutes;
    tickets.set(line.ticketNumber, seen);
  }
  return {
    openingBalanceMinutes,
    allowanceMinutes,
    chargedMinutes,
    adjustmentMinutes,
    correctionMinutes,
    closingBalanceMinutes,
    overageMinutes: Math.max(0, -closingBalanceMinutes),
    byTicket: [...tickets.values()]
      .filter((ticket) => ticket.minutes !== 0)
      .sort((a, b) => (a.ticketNumber ?? 0) - (b.ticketNumber ?? 0)),
  };
}
