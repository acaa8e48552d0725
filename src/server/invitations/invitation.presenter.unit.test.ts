import { describe, expect, it } from 'vitest';
import type { UserRow } from '../users/users.repository.js';
import { presentInvitation } from './invitation.presenter.js';

const user = {
  id: '6a1d7c3e-0000-4000-8000-000000000001',
  firstName: 'Νίκος',
  lastName: 'Δημητρίου',
  email: 'nikos@example.test',
  phone: null,
  role: 'member',
  isActive: true,
  passwordHash: null,
  lastLoginAt: null,
} as unknown as UserRow;
const invitation = {
  inviteUrl: 'http://localhost:3000/invitation/abc',
  expiresAt: new Date('2026-12-08T10:00:00Z'),
};
const smtp = { host: 'mail.example.test', port: 587, secure: false };

describe('presentInvitation', () => {
  it('says the email went out only when SMTP is set up', () => {
    expect(presentInvitation({ user, invitation }, { smtp }).emailSent).toBe(true);
    expect(presentInvitation({ user, invitation }, { smtp: undefined }).emailSent).toBe(false);
  });

  it('shows the link, its expiry and the person, never a password hash', () => {
    const shown = presentInvitation({ user, invitation }, { smtp: undefined });
    expect(shown).toMatchObject({
      inviteUrl: invitation.inviteUrl,
      expiresAt: '2026-12-08T10:00:00.000Z',
      person: { email: 'nikos@example.test', hasPassword: false },
    });
    expect(JSON.stringify(shown)).not.toContain('passwordHash');
  });
});
