import { describe, expect, it } from 'vitest';
import {
  changeTicketListParams,
  DEFAULT_PARAMS,
  parseTicketListParams,
  serializeTicketListParams,
  ticketListQueryOf,
} from './ticket-list-params';

const COMPANY = '0b6a3a4e-6a8f-4b8a-9c1e-3f1d2e4a5b6c';
const AGENT = '1c7b4b5f-7b9a-4c9b-8d2f-4a2e3f5b6c7d';

describe('ticket list params', () => {
  it('round-trip through the address bar, leaving defaults out', () => {
    const params = {
      ...DEFAULT_PARAMS,
      state: 'all' as const,
      q: 'εκτυπωτής',
      sort: 'number' as const,
      direction: 'asc' as const,
      page: 3,
      companyId: COMPANY,
      mine: true,
    };
    const search = serializeTicketListParams(params);
    expect(search.toString()).toBe(
      'tab=all&q=%CE%B5%CE%BA%CF%84%CF%85%CF%80%CF%89%CF%84%CE%AE%CF%82&sort=number&dir=asc&page=3&company=0b6a3a4e-6a8f-4b8a-9c1e-3f1d2e4a5b6c&mine=1',
    );
    expect(parseTicketListParams(search)).toEqual(params);
    expect(serializeTicketListParams(DEFAULT_PARAMS).toString()).toBe('');
  });

  it('ignores anything malformed in a hand-edited address', () => {
    const parsed = parseTicketListParams(
      new URLSearchParams('tab=x&sort=drop&dir=up&page=-2&status=nope&company=1;drop'),
    );
    expect(parsed).toEqual(DEFAULT_PARAMS);
  });

  it('goes back to page 1 on a filter change and keeps exclusive filters apart', () => {
    const onPage3 = { ...DEFAULT_PARAMS, page: 3, assigneeId: AGENT };
    const mine = changeTicketListParams(onPage3, { mine: true });
    expect(mine).toMatchObject({ page: 1, mine: true, assigneeId: undefined });
    expect(changeTicketListParams(mine, { unassigned: true })).toMatchObject({
      mine: false,
      unassigned: true,
    });
    expect(changeTicketListParams(onPage3, { page: 4 }).page).toBe(4);
  });

  it('drops a status the new tab cannot hold, and a package of another company', () => {
    const waiting = { ...DEFAULT_PARAMS, status: 'waiting_customer' as const };
    expect(changeTicketListParams(waiting, { state: 'closed' }).status).toBeUndefined();
    expect(changeTicketListParams(waiting, { state: 'all' }).status).toBe('waiting_customer');
    const withPackage = { ...DEFAULT_PARAMS, companyId: COMPANY, subscriptionId: AGENT };
    expect(changeTicketListParams(withPackage, { companyId: undefined }).subscriptionId).toBe(
      undefined,
    );
  });

  it('sends staff filters only for staff', () => {
    const params = { ...DEFAULT_PARAMS, q: '  τιμολόγιο ', unassigned: true, companyId: COMPANY };
    expect(ticketListQueryOf(params, false)).toEqual({
      state: 'open',
      sort: 'lastActivity',
      direction: 'desc',
      page: 1,
      pageSize: 20,
      q: 'τιμολόγιο',
    });
    expect(ticketListQueryOf(params, true)).toMatchObject({ unassigned: true, companyId: COMPANY });
  });

  it("keeps «next page»'s cursor with its page, and drops it on any other change", () => {
    const onPage2 = changeTicketListParams(DEFAULT_PARAMS, { page: 2, cursor: 'abc_-1' });
    const search = serializeTicketListParams(onPage2);
    expect(search.toString()).toBe('page=2&after=abc_-1');
    expect(parseTicketListParams(search)).toEqual(onPage2);
    expect(ticketListQueryOf(onPage2, false)).toMatchObject({ page: 2, cursor: 'abc_-1' });
    expect(changeTicketListParams(onPage2, { page: 5 }).cursor).toBeUndefined();
    expect(changeTicketListParams(onPage2, { sort: 'number' }).cursor).toBeUndefined();
    expect(parseTicketListParams(new URLSearchParams('after=abc')).cursor).toBeUndefined();
  });
});
