import EmailReplyParser from 'email-reply-parser';

// What email-reply-parser does not know: the headers and signatures our (mostly Greek) customers'
// mail clients write above the quoted history. Each test is on one whole line, so a sentence that
// merely contains "έγραψε" or ">" is never taken for one.

/** "Στις Πέμ 3 Δεκ 2026 στις 10:15 π.μ., Aitima <…> έγραψε:" (Gmail, Apple Mail, Thunderbird in Greek), with a time or an address. */
const GREEK_WROTE_HEADER = /^(?:Στις\s.*(?:\d:\d\d|@).*|Ο\/Η\s.*|.*\sο\/η\s.*)έγραψε\s?:$/u;
/** "On Thu, Dec 3, 2026 at 10:15 AM Aitima <…> wrote:" (Gmail, Apple Mail, Thunderbird), with a time or an address. */
const ENGLISH_WROTE_HEADER = /^On\s.*(?:\d:\d\d|@).*\swrote\s?:$/u;
/** "Aitima <support@example.com> wrote:" / "… έγραψε:" with the sender's address. */
const ADDRESS_WROTE_HEADER = /^.{0,200}<[^<>\s]+@[^<>\s]+>,?\s(?:wrote|έγραψε)\s?:$/u;
/** "-----Original Message-----", «-----Αρχικό μήνυμα-----», Gmail's and Apple's forward markers. */
const ORIGINAL_MESSAGE_LINE =
  /^(?:-{2,}\s*(?:original message|αρχικό μήνυμα|forwarded message|προωθημένο μήνυμα)\s*-{2,}|begin forwarded message:|αρχή προωθημένου μηνύματος:)$/iu;
/** Outlook's "________________________________" line above its header block, or its <hr> as text. */
const OUTLOOK_RULE = /^(?:_{10,}|-{10,})$/u;
/** The first line of Outlook's header block: "From: …", «Από: …» (also in bold from HTML). */
const OUTLOOK_FROM = /^\*?(?:From|Από)\s?:\*?\s*\S/u;
/** The other lines of Outlook's header block, in English and Greek. */
const OUTLOOK_FIELD =
  /^\*?(?:Sent|Date|To|Cc|Subject|Στάλθηκε|Ημερομηνία|Προς|Κοιν\.?|Θέμα)\s?:\*?(?:\s|$)/u;
/** The signature delimiter "-- " (also without its space, as some clients strip it). */
const SIGNATURE_DELIMITER = /^-- ?$/u;
/** "Sent from my iPhone", «Στάλθηκε από το iPhone μου», "Get Outlook for Android" and kin. */
const MOBILE_SIGNATURE =
  /^(?:Sent from my \S.{0,40}|Sent from (?:Outlook|Mail|Yahoo Mail|Samsung)\b.{0,40}|Get Outlook for (?:iOS|Android).{0,20}|Στάλθηκε από (?:το|την|τη) .{1,40} μου\.?|Στάλθηκε από .{0,30}(?:iPhone|iPad|Android|Samsung|Galaxy|Outlook|Huawei|Xiaomi).{0,20}|Αποστολή από .{0,40}(?:Windows|iPhone|iPad|Android|Samsung|Galaxy|Outlook).{0,20}|Λήψη του Outlook για (?:iOS|Android).{0,20})$/u;

// email-reply-parser runs backtracking regular expressions over the whole text (quadratic on some
// inputs: 8 s for 190 KB); past this size "> " lines are dropped by us, so no mail stalls the worker.
const REPLY_PARSER_MAX_LENGTH = 20_000;
const WROTE_HEADER_MAX_LENGTH = 400;

/**
 * Only what the person wrote this time: the quoted history (and the header above it), the "-- "
 * signature and "Sent from my iPhone" lines cut. Never empty when the text is not: if cutting would
 * leave nothing, the whole text comes back trimmed.
 */
export function extractReplyText(text: string): string {
  const whole = tidy(text);
  if (whole === '') return '';
  const lines = whole.split('\n');
  const cut = findCutLine(lines);
  const head = cut === -1 ? whole : lines.slice(0, cut).join('\n');
  const reply = tidy(withoutQuotedBlocks(head));
  if (reply !== '') return reply;
  // Bottom-posting: the person answered below the quoted history.
  if (/^>/mu.test(whole)) {
    const below = tidy(withoutQuotedBlocks(withoutWroteHeaders(lines).join('\n')));
    if (below !== '') return below;
  }
  return whole;
}

/** The index of the first line where quoted history or a signature begins, or -1. */
function findCutLine(lines: string[]): number {
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!.trim();
    if (line === '') continue;
    if (SIGNATURE_DELIMITER.test(lines[index]!) || MOBILE_SIGNATURE.test(line)) return index;
    if (ORIGINAL_MESSAGE_LINE.test(line)) return index;
    if (isOutlookHeaderBlock(lines, index)) return withRuleAbove(lines, index);
    if (wroteHeaderLength(lines, index) > 0) return index;
  }
  return -1;
}

/** The lines without their "… wrote:" headers. */
function withoutWroteHeaders(lines: string[]): string[] {
  const kept: string[] = [];
  for (let index = 0; index < lines.length; index++) {
    const length = wroteHeaderLength(lines, index);
    if (length > 0) index += length - 1;
    else kept.push(lines[index]!);
  }
  return kept;
}

/**
 * How many lines the "… wrote:" header starting at this line takes (mail clients wrap it over two
 * or three), or 0 when there is none.
 */
function wroteHeaderLength(lines: string[], index: number): number {
  let joined = '';
  for (let offset = 0; offset < 3 && index + offset < lines.length; offset++) {
    const line = lines[index + offset]!.trim();
    if (line === '') return 0;
    joined = offset === 0 ? line : `${joined} ${line}`;
    // Headers are short; the patterns backtrack, so a long (hostile) line is never tried.
    if (joined.length > WROTE_HEADER_MAX_LENGTH) return 0;
    if (
      GREEK_WROTE_HEADER.test(joined) ||
      ENGLISH_WROTE_HEADER.test(joined) ||
      ADDRESS_WROTE_HEADER.test(joined)
    ) {
      return offset + 1;
    }
  }
  return 0;
}

/** "From: …" followed, within a few lines, by at least two more of Outlook's header fields. */
function isOutlookHeaderBlock(lines: string[], index: number): boolean {
  if (!OUTLOOK_FROM.test(lines[index]!.trim())) return false;
  let fields = 0;
  for (let next = index + 1; next < Math.min(lines.length, index + 8); next++) {
    const line = lines[next]!.trim();
    if (line === '') break;
    if (OUTLOOK_FIELD.test(line)) fields++;
  }
  return fields >= 2;
}

/** Moves the cut up to Outlook's rule or an "Original Message" line right above the header block. */
function withRuleAbove(lines: string[], index: number): number {
  let above = index - 1;
  while (above >= 0 && lines[above]!.trim() === '') above--;
  if (above < 0) return index;
  const line = lines[above]!.trim();
  return OUTLOOK_RULE.test(line) || ORIGINAL_MESSAGE_LINE.test(line) ? above : index;
}

/** The text without its "> " quoted blocks (and the headers above them), by email-reply-parser. */
function withoutQuotedBlocks(text: string): string {
  if (text.length > REPLY_PARSER_MAX_LENGTH) {
    return text
      .split('\n')
      .filter((line) => !line.startsWith('>'))
      .join('\n');
  }
  // Signature fragments are kept on purpose: the library takes "Regards," for a signature and hides
  // what follows, which we do not do for «Με εκτίμηση,» either; "-- " and mobile lines are cut above.
  const pieces: string[] = [];
  let hasDroppedQuote = false;
  for (const fragment of new EmailReplyParser().read(text).getFragments()) {
    if (fragment.isQuoted()) {
      hasDroppedQuote = true;
      continue;
    }
    // A blank line where a quoted block was, so the answers of an inline reply stay apart.
    if (hasDroppedQuote && pieces.length > 0) pieces.push('');
    hasDroppedQuote = false;
    pieces.push(fragment.getContent());
  }
  return pieces.join('\n');
}

/** Unix line ends, no trailing spaces except the signature delimiter's, no runs of blank lines. */
function tidy(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replaceAll('\u0000', '')
    .split('\n')
    .map((line) => (line === '-- ' ? line : line.trimEnd()))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
