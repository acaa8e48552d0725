import { describe, expect, it } from 'vitest';
import { withQuery } from './query-string';

describe('withQuery', () => {
  it('adds what is set, encoded, and leaves out what is not', () => {
    const path = withQuery('/api/tickets', {
      q: 'τιμολόγια & ΦΠΑ',
      page: 2,
      mine: true,
      unassigned: false,
      status: undefined,
      companyId: null,
      month: '',
    });
    expect(path.startsWith('/api/tickets?')).toBe(true);
    const params = new URL(path, 'http://localhost').searchParams;
    expect([...params.entries()]).toEqual([
      ['q', 'τιμολόγια & ΦΠΑ'],
      ['page', '2'],
      ['mine', 'true'],
    ]);
  });

  it('is the bare path when nothing is set', () => {
    expect(withQuery('/api/audit.csv', { from: '', to: undefined })).toBe('/api/audit.csv');
  });
});
