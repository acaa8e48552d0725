import { describe, expect, it } from 'vitest';
import { operationIdFor } from './operation-id.js';

describe('operationIds from method and path', () => {
  it('name lists, reads, creations, edits, deletions and actions the way people say them', () => {
    expect(operationIdFor('get', '/api/tickets')).toBe('listTickets');
    expect(operationIdFor('post', '/api/tickets')).toBe('createTicket');
    expect(operationIdFor('get', '/api/tickets/{number}')).toBe('getTicket');
    expect(operationIdFor('post', '/api/tickets/{number}/messages')).toBe('createTicketMessage');
    expect(operationIdFor('post', '/api/tickets/{number}/close')).toBe('closeTicket');
    expect(operationIdFor('patch', '/api/companies/{id}/contacts/{userId}')).toBe(
      'updateCompanyContact',
    );
    expect(operationIdFor('delete', '/api/mailboxes/{id}')).toBe('deleteMailbox');
    expect(operationIdFor('get', '/api/tasks.csv')).toBe('exportTasksCsv');
    expect(operationIdFor('get', '/api/me/sessions')).toBe('listMySessions');
    expect(operationIdFor('post', '/api/auth/login')).toBe('logIn');
  });

  it('name routes that other parts of the issue add, without anyone listing them', () => {
    expect(operationIdFor('get', '/api/me/tokens')).toBe('listMyTokens');
    expect(operationIdFor('post', '/api/tokens/{id}/revoke')).toBe('revokeToken');
    expect(operationIdFor('get', '/api/webhooks/{id}/deliveries')).toBe('listWebhookDeliveries');
    expect(operationIdFor('post', '/api/webhooks/{id}/deliveries/{deliveryId}/redeliver')).toBe(
      'redeliverWebhookDelivery',
    );
  });
});
