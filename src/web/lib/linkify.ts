/** A piece of a message body: plain text, or a web address to make clickable. */
export type TextPart =
  | { kind: 'text'; text: string }
  | { kind: 'link'; text: string; href: string };

const URL_PATTERN = /\bhttps?:\/\/[^\s<>"'«»]+/giu;
// Sentence punctuation right after an address belongs to the sentence, not the address.
const TRAILING = /[.,;:!?'"»)\]]+$/u;

/**
 * Splits plain text into text and http(s) links, for rendering as React nodes
 * (never as HTML). A closing bracket stays in the link only when it opened inside it.
 */
export function linkify(text: string): TextPart[] {
  const parts: TextPart[] = [];
  let last = 0;
  for (const match of text.matchAll(URL_PATTERN)) {
    let url = match[0];
    const trailing = TRAILING.exec(url)?.[0] ?? '';
    url = url.slice(0, url.length - trailing.length);
    // Keep a ")" that closes a "(" inside the address (Wikipedia-style links).
    if (trailing.startsWith(')') && url.includes('(') && !url.includes(')')) url += ')';
    const start = match.index;
    if (start > last) parts.push({ kind: 'text', text: text.slice(last, start) });
    parts.push({ kind: 'link', text: url, href: url });
    last = start + url.length;
  }
  if (last < text.length) parts.push({ kind: 'text', text: text.slice(last) });
  return parts;
}
