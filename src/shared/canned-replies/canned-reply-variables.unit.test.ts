import { describe, expect, it } from 'vitest';
import { fillCannedReply } from './canned-reply-variables.js';

const values = { customer_name: 'Μαρία', ticket_number: '1016', agent_name: 'Νίκος Αγγέλου' };

describe('fillCannedReply', () => {
  it('fills every known variable, each time it appears, spaces inside braces allowed', () => {
    expect(
      fillCannedReply(
        'Καλημέρα {{customer_name}}, για το #{{ ticket_number }} ({{ticket_number}}). {{agent_name}}',
        values,
      ),
    ).toBe('Καλημέρα Μαρία, για το #1016 (1016). Νίκος Αγγέλου');
  });

  it('leaves unknown names and inherited properties as written', () => {
    expect(fillCannedReply('{{customer}} {{constructor}} {{ agent_name', values)).toBe(
      '{{customer}} {{constructor}} {{ agent_name',
    );
  });

  it('does not read a value as a pattern ($& stays as typed)', () => {
    expect(fillCannedReply('Γεια {{customer_name}}', { ...values, customer_name: '$&$1' })).toBe(
      'Γεια $&$1',
    );
  });
});
