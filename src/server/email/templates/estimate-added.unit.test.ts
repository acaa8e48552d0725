import { describe, expect, it } from 'vitest';
import { renderEstimateAdded } from './estimate-added.js';

const site = { companyName: 'Aitima', publicUrl: 'https://portal.example' };
const data = {
  ticketNumber: 1042,
  subject: 'Μεταφορά email',
  authorName: 'Νίκος Γεωργίου',
  minutes: 105,
  included: 'Μεταφορά <γραμματοκιβωτίων> και έλεγχος',
  token: 'tok_abc-123',
};

describe('the estimate email', () => {
  it('says the hours in words, what is included, and carries the approve and decline links', () => {
    const greek = renderEstimateAdded(data, 'el', site);
    expect(greek.subject).toBe('[#1042] Εκτίμηση για έγκριση: 1 ώρα 45 λεπτά');
    expect(greek.text).toContain('Νίκος Γεωργίου εκτιμά 1 ώρα 45 λεπτά χρεώσιμης εργασίας');
    expect(greek.text).toContain('«Μεταφορά email»');
    expect(greek.text).toContain('Μεταφορά <γραμματοκιβωτίων> και έλεγχος');
    expect(greek.text).toContain(
      'Έγκριση: https://portal.example/estimate/tok_abc-123?decision=approve',
    );
    expect(greek.text).toContain(
      'Απόρριψη: https://portal.example/estimate/tok_abc-123?decision=decline',
    );
    expect(greek.text).not.toMatch(/\d:\d\d/);
    // Customer text is escaped in the HTML body.
    expect(greek.html).toContain('&lt;γραμματοκιβωτίων&gt;');
    expect(greek.html).not.toContain('<γραμματοκιβωτίων>');

    const english = renderEstimateAdded(data, 'en', site);
    expect(english.subject).toBe('[#1042] Estimate for approval: 1 h 45 min');
    expect(english.text).toContain(
      'Approve: https://portal.example/estimate/tok_abc-123?decision=approve',
    );
  });

  it('has no links once its token was scrubbed after sending', () => {
    const sent = renderEstimateAdded({ ...data, token: null }, 'el', site);
    expect(sent.text).not.toContain('/estimate/');
    expect(sent.text).toContain('https://portal.example/tickets/1042');
  });
});
