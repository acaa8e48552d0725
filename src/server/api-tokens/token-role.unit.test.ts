import { describe, expect, it } from 'vitest';
import { effectiveRole } from './token-role.js';

describe('effectiveRole', () => {
  it("is the user's own role when the token sets none", () => {
    expect(effectiveRole('member', null)).toBe('member');
    expect(effectiveRole('admin', null)).toBe('admin');
  });

  it('is the lower of the two within a family', () => {
    expect(effectiveRole('admin', 'agent')).toBe('agent');
    expect(effectiveRole('agent', 'admin')).toBe('agent');
    expect(effectiveRole('company_admin', 'member')).toBe('member');
    expect(effectiveRole('member', 'company_admin')).toBe('member');
  });

  it('is nothing across families: a customer never acts as staff, nor staff as a customer', () => {
    expect(effectiveRole('member', 'agent')).toBeNull();
    expect(effectiveRole('admin', 'company_admin')).toBeNull();
  });
});
