import { describe, expect, it } from 'vitest';
import { LIVE_AREAS } from '../../shared/api/live';
import { keysToRefresh } from './live';
import { queryKeys } from './query-keys';

describe('keysToRefresh', () => {
  it('refreshes the tickets and the central screen when tickets change', () => {
    expect(keysToRefresh(['tickets'])).toEqual([queryKeys.tickets.all, queryKeys.dashboard.all]);
  });

  it('refreshes the hours wherever they show when tasks change', () => {
    expect(keysToRefresh(['tasks'])).toEqual(
      expect.arrayContaining([queryKeys.tasks.all, queryKeys.dashboard.all]),
    );
  });

  it('names each key once however many areas changed', () => {
    const keys = keysToRefresh(LIVE_AREAS);
    expect(new Set(keys.map((key) => JSON.stringify(key))).size).toBe(keys.length);
    expect(keys).toEqual(
      expect.arrayContaining([
        queryKeys.tickets.all,
        queryKeys.tasks.all,
        queryKeys.dashboard.all,
        queryKeys.companiesAll,
      ]),
    );
  });
});
