import { describe, expect, it } from 'vitest';
import { areaOfRoute, requiredScope, scopesGrant } from './token-areas.js';

describe('areaOfRoute', () => {
  it.each([
    ['/api/tickets', 'tickets'],
    ['/api/tickets/:number', 'tickets'],
    ['/api/tickets/:number/messages', 'tickets'],
    ['/api/tickets/:number/rating', 'tickets'],
    ['/api/ticket-ratings', 'tickets'],
    ['/api/attachments/:id', 'tickets'],
    ['/api/uploads', 'tickets'],
    ['/api/canned-replies/:id', 'tickets'],
    ['/api/tickets/:number/canned-replies/:id', 'tickets'],
    ['/api/tickets/:number/tasks', 'tasks'],
    ['/api/tickets/:number/tasks/start', 'tasks'],
    ['/api/tasks', 'tasks'],
    ['/api/tasks.csv', 'tasks'],
    ['/api/tasks/:id/stop', 'tasks'],
    ['/api/ledger', 'hours'],
    ['/api/ledger.csv', 'hours'],
    ['/api/ledger/:id/dispute', 'hours'],
    ['/api/disputes/:id/resolve', 'hours'],
    ['/api/companies/:id/ledger/adjustments', 'hours'],
    ['/api/dashboard', 'hours'],
    ['/api/statements/:id/pdf', 'statements'],
    ['/api/subscriptions/:id/statements', 'statements'],
    ['/api/packages/:id', 'packages'],
    ['/api/companies/:id/subscriptions', 'packages'],
    ['/api/subscriptions/:id', 'packages'],
    ['/api/companies', 'companies'],
    ['/api/companies/:id/contacts/:userId/invitation', 'companies'],
    ['/api/staff-users/:id', 'administration'],
    ['/api/audit.csv', 'administration'],
    ['/api/admin/emails/:id/retry', 'administration'],
    ['/api/mailboxes/:id/poll', 'administration'],
    ['/api/inbound-emails/:id/attach', 'administration'],
  ])('%s is in %s', (route, area) => {
    expect(areaOfRoute(route)).toBe(area);
  });

  it.each([
    '/api/me',
    '/api/me/password',
    '/api/me/sessions/:id',
    '/api/me/api-tokens',
    '/api/me/email-change',
    '/api/me/saved-views/:id',
    '/api/auth/email-change/confirm',
    '/api/service-tokens',
    '/api/auth/login',
    '/api/setup',
    '/api/invitations/:token/accept',
    '/api/rating-links/:token',
    '/api/live',
    '/api/health/ready',
    '/api/health/live',
    '/api/tasksomething',
    undefined,
  ])('%s refuses tokens', (route) => {
    expect(areaOfRoute(route)).toBeNull();
  });
});

describe('scopes', () => {
  it('GET and HEAD read; every other method writes', () => {
    expect(requiredScope('GET', 'tickets')).toBe('tickets:read');
    expect(requiredScope('HEAD', 'tickets')).toBe('tickets:read');
    expect(requiredScope('DELETE', 'tasks')).toBe('tasks:write');
  });

  it('write grants read of its own area only', () => {
    expect(scopesGrant(['tickets:write'], 'tickets:read')).toBe(true);
    expect(scopesGrant(['tickets:read'], 'tickets:write')).toBe(false);
    expect(scopesGrant(['tasks:write'], 'tickets:read')).toBe(false);
  });
});
