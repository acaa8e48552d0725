// Our tag is "[#1016]"; a space after the hash ("[# 1016]") is accepted because some mail
// clients and people retype it that way. A bare "#1016" in free text is never a tag.
const TICKET_TAG = /\[\s*#\s*(\d{1,9})\s*\]/g;

// Reply and forward prefixes of English, Greek (Gmail "Απ", Outlook "ΑΠ", "Σχετ", "ΠΡΘ") and a few
// other clients, optionally numbered ("Re[2]:", "Re(2):"), with an ASCII or full-width colon.
const REPLY_PREFIX =
  /^\s*(?:re|fwd?|aw|wg|tr|sv|απ|σχετ|πρθ|προωθ)\s*(?:\[\d+\]|\(\d+\))?\s*[:：]\s*/iu;

/** The ticket number of the last "[#1016]" tag in a subject, or null when it has none. */
export function findTicketNumberInSubject(subject: string): number | null {
  let last: number | null = null;
  for (const match of subject.matchAll(TICKET_TAG)) {
    const number = Number(match[1]);
    if (number > 0) last = number;
  }
  return last;
}

/** The subject without its leading reply and forward prefixes, for the subject of a new ticket. */
export function stripReplyPrefixes(subject: string): string {
  let rest = subject.replace(/\s+/g, ' ').trim();
  for (;;) {
    const stripped = rest.replace(REPLY_PREFIX, '');
    if (stripped === rest) return rest.trim();
    rest = stripped;
  }
}
