import { describe, expect, it } from 'vitest';
import { insertAtCursor } from './insert-at-cursor';

describe('insertAtCursor', () => {
  it('puts the text at the cursor and the cursor after it', () => {
    expect(
      insertAtCursor('Καλημέρα. Ευχαριστώ', 'Δοκιμάστε ξανά. ', {
        selectionStart: 10,
        selectionEnd: 10,
      }),
    ).toEqual({
      value: 'Καλημέρα. Δοκιμάστε ξανά. Ευχαριστώ',
      caret: 26,
    });
  });

  it('replaces a selection', () => {
    expect(insertAtCursor('α ΧΧΧ β', 'γ', { selectionStart: 2, selectionEnd: 5 })).toEqual({
      value: 'α γ β',
      caret: 3,
    });
  });

  it('appends without a field', () => {
    expect(insertAtCursor('α', 'β', null)).toEqual({ value: 'αβ', caret: 2 });
  });
});
