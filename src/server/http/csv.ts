/**
 * One CSV field: quoted, quotes doubled, and a leading = + - @ tab or CR defused
 * with an apostrophe so that spreadsheets show it rather than run it as a formula.
 */
export function csvField(value: unknown): string {
  const text =
    value === null || value === undefined
      ? ''
      : typeof value === 'string'
        ? value
        : JSON.stringify(value);
  // A plain negative number ("-45", "-0,75") cannot run as a formula: it stays a number.
  const isNumber = /^-\d+([.,]\d+)?$/.test(text);
  const safe = !isNumber && /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return `"${safe.replace(/"/g, '""')}"`;
}

/** A CSV file as spreadsheet programs read it: a byte-order mark (so Greek reads as UTF-8), CRLF lines. */
export function csvDocument(
  header: readonly string[],
  rows: readonly (readonly unknown[])[],
): string {
  const lines = [header, ...rows].map((row) => row.map(csvField).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** A moment as a spreadsheet reads it, on the wall clock of a time zone: "2026-11-24 14:05". */
export function csvDateTime(instant: Date, timeZone: string): string {
  // Swedish writes dates the ISO way, and a spreadsheet recognises that.
  return new Intl.DateTimeFormat('sv-SE', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(instant);
}
