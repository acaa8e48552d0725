/**
 * The text with `insert` put where the cursor is (replacing a selection), and where
 * the cursor goes after it. Without a field (or its cursor), the text goes at the end.
 */
export function insertAtCursor(
  text: string,
  insert: string,
  field: Pick<HTMLTextAreaElement, 'selectionStart' | 'selectionEnd'> | null,
): { value: string; caret: number } {
  const start = Math.min(field?.selectionStart ?? text.length, text.length);
  const end = Math.max(start, Math.min(field?.selectionEnd ?? start, text.length));
  return { value: text.slice(0, start) + insert + text.slice(end), caret: start + insert.length };
}
