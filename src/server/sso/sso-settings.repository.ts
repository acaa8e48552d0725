import { eq } from 'drizzle-orm';
import type { Executor } from '../db/database.js';
import { ssoSettings } from '../db/schema.js';

export type SsoSettingsRow = typeof ssoSettings.$inferSelect;

/** The settings an admin saved in the console, if any (one row at most). */
export async function findSsoSettings(db: Executor): Promise<SsoSettingsRow | undefined> {
  const [row] = await db.select().from(ssoSettings).where(eq(ssoSettings.id, 1)).limit(1);
  return row;
}

/** Saves the console's settings (the one row, made or replaced). */
export async function saveSsoSettings(
  db: Executor,
  values: Omit<typeof ssoSettings.$inferInsert, 'id' | 'updatedAt'>,
): Promise<void> {
  const row = { ...values, id: 1, updatedAt: new Date() };
  await db.insert(ssoSettings).values(row).onConflictDoUpdate({ target: ssoSettings.id, set: row });
}
