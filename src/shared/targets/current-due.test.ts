import { describe, expect, it } from 'vitest';
import { currentDue } from './current-due.js';

const first = new Date('2026-03-02T08:00:00Z');
const resolution = new Date('2026-03-03T15:00:00Z');
const base = { firstResponseDueAt: first, firstRespondedAt: null, resolutionDueAt: resolution };

describe('currentDue', () => {
  it('is the first response until staff answered, then the resolution', () => {
    expect(currentDue({ ...base, status: 'open' })).toEqual({ kind: 'first_response', at: first });
    expect(currentDue({ ...base, status: 'in_progress', firstRespondedAt: first })).toEqual({
      kind: 'resolution',
      at: resolution,
    });
  });

  it('is nothing while the ticket waits for the customer or once it is closed', () => {
    expect(currentDue({ ...base, status: 'waiting_customer', firstRespondedAt: first })).toBeNull();
    expect(currentDue({ ...base, status: 'closed' })).toBeNull();
  });

  it('is nothing when the package sets no targets', () => {
    expect(
      currentDue({
        status: 'open',
        firstResponseDueAt: null,
        firstRespondedAt: null,
        resolutionDueAt: null,
      }),
    ).toBeNull();
  });
});
