import { describe, expect, it } from 'vitest';
import { ticketNumberIn } from './ticket-number-search';

describe('ticketNumberIn', () => {
  it('reads «#1016», «1016» and «# 1016» as ticket 1016', () => {
    for (const search of ['#1016', '1016', ' # 1016 ', '#001016']) {
      expect(ticketNumberIn(search), search).toBe(1016);
    }
  });

  it('leaves words, mixed text and impossible numbers to the text search', () => {
    for (const search of ['', '#', 'αίτημα 1016', '1016a', '10.16', '-5', '0', '#99999999999']) {
      expect(ticketNumberIn(search), search).toBeUndefined();
    }
  });
});
