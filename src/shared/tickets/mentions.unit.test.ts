import { describe, expect, it } from 'vitest';
import { mentionedUserIds, mentionToken, splitMentions, withMentionNames } from './mentions.js';

const ANNA = '7b0c6a52-3f7e-4c55-9f39-2f1c6a1f0a11';
const NIKOS = 'C2D4E6F8-1A3B-4C5D-8E9F-0A1B2C3D4E5F';

describe('mentions in an internal note', () => {
  it('reads each mentioned id once, lowercased', () => {
    const body = `${mentionToken('Άννα Κ.', ANNA)} και ${mentionToken('Νίκος', NIKOS)}, ξανά ${mentionToken('Άννα', ANNA)}`;
    expect(mentionedUserIds(body)).toEqual([ANNA, NIKOS.toLowerCase()]);
  });

  it('ignores what only looks like a mention', () => {
    expect(mentionedUserIds('@Άννα, [Άννα](x), @[Άννα](not-an-id), email@example.gr')).toEqual([]);
  });

  it('splits the text around mentions for highlighting', () => {
    expect(splitMentions(`Δες ${mentionToken('Άννα', ANNA)} αυτό.`)).toEqual([
      { kind: 'text', text: 'Δες ' },
      { kind: 'mention', name: 'Άννα', userId: ANNA },
      { kind: 'text', text: ' αυτό.' },
    ]);
  });

  it('a name with brackets cannot break out of its token', () => {
    const token = mentionToken('Άννα] (evil', ANNA);
    expect(splitMentions(token)).toEqual([{ kind: 'mention', name: 'Άννα (evil', userId: ANNA }]);
  });

  it('shows mentions as @Name in emails', () => {
    expect(withMentionNames(`Για ${mentionToken('Άννα', ANNA)}: κοίτα.`)).toBe('Για @Άννα: κοίτα.');
  });
});
