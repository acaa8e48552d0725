import { eq } from 'drizzle-orm';
import { RECENT_AUTHENTICATION_MS } from '../../src/server/auth/recent-authentication.js';
import type { Database } from '../../src/server/db/database.js';
import { sessions } from '../../src/server/db/schema.js';

/**
 * Makes every session of a user look signed in just over the recent window ago, so
 * that the next sensitive change answers `reauthentication_required` (no waiting).
 */
export async function ageSessionsOf(db: Database, userId: string): Promise<void> {
  await db
    .update(sessions)
    .set({ authenticatedAt: new Date(Date.now() - RECENT_AUTHENTICATION_MS - 60_000) })
    .where(eq(sessions.userId, userId));
}
