import { describe, expect, it } from 'vitest';
import { redactLinkTokens } from '../app.js';
import { withoutSecrets } from '../email/email-kinds.js';
import { renderTicketClosed } from '../email/templates/ticket-closed.js';
import { can } from '../policies/authorize.js';
import { goodPercent } from './rating-report.service.js';

const site = { companyName: 'Aitima', publicUrl: 'https://support.example.gr' };
const closed = {
  ticketNumber: 1042,
  subject: 'Δεν τυπώνει',
  closedByName: 'Νίκος Αλεξίου',
  lastMessage: null,
};

describe('the closing email’s rating links', () => {
  it('offers good and bad, both carrying the closing’s token, in Greek and English', () => {
    const el = renderTicketClosed({ ...closed, ratingToken: 'tok_123' }, 'el', site);
    expect(el.text).toContain('Πώς τα πήγαμε;');
    expect(el.text).toContain(
      '👍 Καλή εξυπηρέτηση: https://support.example.gr/rate/tok_123?rating=good',
    );
    expect(el.text).toContain(
      '👎 Κακή εξυπηρέτηση: https://support.example.gr/rate/tok_123?rating=bad',
    );
    expect(el.html).toContain('href="https://support.example.gr/rate/tok_123?rating=bad"');
    const en = renderTicketClosed({ ...closed, ratingToken: 'tok_123' }, 'en', site);
    expect(en.text).toContain('How did we do?');
  });

  it('has no rating links without a token (an email queued before ratings, or already sent)', () => {
    const email = renderTicketClosed({ ...closed, ratingToken: null }, 'el', site);
    expect(email.text).not.toContain('/rate/');
    expect(withoutSecrets('ticket_closed', { ...closed, ratingToken: 'tok' })).toMatchObject({
      ratingToken: null,
    });
  });

  it('keeps the links’ tokens out of the logs', () => {
    expect(redactLinkTokens('/rate/SECRET?rating=good')).toBe('/rate/[redacted]?rating=good');
    expect(redactLinkTokens('/api/rating-links/SECRET')).toBe('/api/rating-links/[redacted]');
  });
});

describe('who may rate', () => {
  const ticket = { companyId: 'c1', requesterId: 'u1' };
  it('the requester and a company_admin of the company; never staff or anyone else', () => {
    expect(can({ userId: 'u1', role: 'member', companyId: 'c1' }, 'ticket.rate', ticket)).toBe(
      true,
    );
    expect(
      can({ userId: 'u2', role: 'company_admin', companyId: 'c1' }, 'ticket.rate', ticket),
    ).toBe(true);
    expect(can({ userId: 'u3', role: 'member', companyId: 'c1' }, 'ticket.rate', ticket)).toBe(
      false,
    );
    expect(can({ userId: 'u4', role: 'agent', companyId: null }, 'ticket.rate', ticket)).toBe(
      false,
    );
    expect(can({ userId: 'u5', role: 'admin', companyId: null }, 'ticket.rate', ticket)).toBe(
      false,
    );
    expect(
      can({ userId: 'u6', role: 'company_admin', companyId: 'c2' }, 'ticket.rate', ticket),
    ).toBe(false);
  });
});

describe('the percent good', () => {
  it('is whole, and 0 with no ratings', () => {
    expect(goodPercent(2, 1)).toBe(67);
    expect(goodPercent(1, 2)).toBe(33);
    expect(goodPercent(0, 0)).toBe(0);
    expect(goodPercent(5, 0)).toBe(100);
  });
});
