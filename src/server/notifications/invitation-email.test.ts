import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCompany, createUser } from '../../../test/support/factories.js';
import { createTestApp, type TestApp } from '../../../test/support/test-app.js';
import { outboxEmails } from '../db/schema.js';
import { queueInvitationEmail } from './invitation-email.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('queueInvitationEmail', () => {
  it('queues one invitation to the invited user, in their language, with the link', async () => {
    const company = await createCompany(t.db);
    const user = await createUser(t.db, 'member', {
      companyId: company.id,
      locale: 'en',
      firstName: 'Nikos',
      lastName: 'Georgiou',
    });
    await t.db.transaction((tx) =>
      queueInvitationEmail(tx, {
        userId: user.id,
        inviteUrl: 'http://localhost:3000/invitation/abc',
        invitedByName: 'Μαρία Παπαδοπούλου',
        companyName: 'Ακμή Α.Ε.',
      }),
    );
    const rows = await t.db
      .select()
      .from(outboxEmails)
      .where(eq(outboxEmails.recipientUserId, user.id));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      kind: 'invitation',
      toAddress: user.email,
      locale: 'en',
      status: 'pending',
      attempts: 0,
      data: {
        recipientName: 'Nikos Georgiou',
        inviteUrl: 'http://localhost:3000/invitation/abc',
        invitedByName: 'Μαρία Παπαδοπούλου',
        companyName: 'Ακμή Α.Ε.',
      },
    });
  });

  it('writes nothing when the transaction that invites rolls back', async () => {
    const user = await createUser(t.db, 'agent');
    await expect(
      t.db.transaction(async (tx) => {
        await queueInvitationEmail(tx, {
          userId: user.id,
          inviteUrl: 'http://localhost:3000/invitation/xyz',
          invitedByName: 'Admin',
          companyName: null,
        });
        throw new Error('the invitation failed');
      }),
    ).rejects.toThrow('the invitation failed');
    const rows = await t.db
      .select()
      .from(outboxEmails)
      .where(eq(outboxEmails.recipientUserId, user.id));
    expect(rows).toHaveLength(0);
  });
});
