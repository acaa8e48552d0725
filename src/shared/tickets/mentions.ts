/**
 * @mentions of staff in internal notes. A mention is written into the note's text
 * as `@[Name](user-id)`: the name is what readers see, the id is whom it means.
 * The server reads the ids from the text and checks each is active staff; the
 * text a person typed by hand can never mention anyone the server did not check.
 */
const MENTION = /@\[([^\]\n]{1,120})\]\(([0-9a-fA-F-]{36})\)/g;

/** A piece of a note: plain text, or a mention. */
export type MentionPart =
  | { kind: 'text'; text: string }
  | { kind: 'mention'; name: string; userId: string };

/** The token that mentions a person; brackets in the name would end it early, so they go. */
export const mentionToken = (name: string, userId: string): string =>
  `@[${name.replace(/[[\]\n]/g, '').trim()}](${userId})`;

/** The ids a note mentions, each once, lowercased, in order of first mention. */
export function mentionedUserIds(body: string): string[] {
  return [...new Set([...body.matchAll(MENTION)].map((match) => match[2]!.toLowerCase()))];
}

/** The note in pieces, for showing mentions highlighted. */
export function splitMentions(body: string): MentionPart[] {
  const parts: MentionPart[] = [];
  let last = 0;
  for (const match of body.matchAll(MENTION)) {
    if (match.index > last) parts.push({ kind: 'text', text: body.slice(last, match.index) });
    parts.push({ kind: 'mention', name: match[1]!, userId: match[2]!.toLowerCase() });
    last = match.index + match[0].length;
  }
  if (last < body.length) parts.push({ kind: 'text', text: body.slice(last) });
  return parts;
}

/** The note as a person reads it: each mention as «@Name» (for emails). */
export const withMentionNames = (body: string): string =>
  body.replace(MENTION, (_token, name: string) => `@${name}`);
