import { describe, expect, it } from 'vitest';
import type { ListenHandlers } from '../db/postgres-listener.js';
import { type LiveChange, parseLiveChange, startLiveHub } from './live-hub.js';

const COMPANY = '6f1c2a4e-8d7b-4c3a-9e2f-1a2b3c4d5e6f';

describe('parseLiveChange', () => {
  it('reads the table and company the trigger announces', () => {
    expect(parseLiveChange(JSON.stringify({ table: 'ticket_events', companyId: COMPANY }))).toEqual(
      {
        companyId: COMPANY,
        areas: ['tickets'],
      },
    );
    expect(parseLiveChange(JSON.stringify({ table: 'tasks', companyId: COMPANY }))?.areas).toEqual([
      'tasks',
    ]);
    expect(
      parseLiveChange(JSON.stringify({ table: 'subscriptions', companyId: COMPANY }))?.areas,
    ).toEqual(['subscriptions']);
  });

  it('ignores what it does not know: another table, no company, not JSON', () => {
    expect(parseLiveChange(JSON.stringify({ table: 'users', companyId: COMPANY }))).toBeNull();
    expect(parseLiveChange(JSON.stringify({ table: 'tickets', companyId: null }))).toBeNull();
    expect(parseLiveChange('tickets')).toBeNull();
    expect(parseLiveChange('null')).toBeNull();
  });
});

describe('startLiveHub', () => {
  async function hubWithFakeDatabase() {
    let handlers: ListenHandlers | undefined;
    let stopped = false;
    const hub = await startLiveHub({
      listen: async (_channel, given) => {
        handlers = given;
        return async () => {
          stopped = true;
        };
      },
    });
    return { hub, say: () => handlers!, isStopped: () => stopped };
  }

  it('hands each change to every subscriber until they leave', async () => {
    const { hub, say } = await hubWithFakeDatabase();
    const first: LiveChange[] = [];
    const second: LiveChange[] = [];
    const leave = hub.subscribe((change) => first.push(change));
    hub.subscribe((change) => second.push(change));
    say().onMessage(JSON.stringify({ table: 'tickets', companyId: COMPANY }));
    leave();
    say().onMessage(JSON.stringify({ table: 'tasks', companyId: COMPANY }));
    expect(first).toEqual([{ companyId: COMPANY, areas: ['tickets'] }]);
    expect(second.map((change) => change.areas)).toEqual([['tickets'], ['tasks']]);
  });

  it('after missed messages tells everyone that anything may have changed', async () => {
    const { hub, say, isStopped } = await hubWithFakeDatabase();
    const heard: LiveChange[] = [];
    hub.subscribe((change) => heard.push(change));
    say().onGap();
    expect(heard).toEqual([{ companyId: null, areas: ['tickets', 'tasks', 'subscriptions'] }]);
    await hub.close();
    expect(isStopped()).toBe(true);
  });
});
