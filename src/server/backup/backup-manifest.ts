import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { migrationsFolder } from '../db/migrate.js';

/** The secrets kept in DATA_DIR when the environment does not give them. */
export const SECRET_FILES = ['session-secret', 'mailbox-secret-key'] as const;

/** Names inside the archive. */
export const ARCHIVE = {
  manifest: 'manifest.json',
  database: 'database.sql',
  secretsFolder: 'secrets/',
  uploadsFolder: 'uploads/',
} as const;

const countsSchema = z.object({
  companies: z.number(),
  users: z.number(),
  tickets: z.number(),
  messages: z.number(),
  tasks: z.number(),
  attachments: z.number(),
  ledgerEntries: z.number(),
  ledgerMinutes: z.number(),
});

/** What the archive says of itself; read first on restore, before anything is written. */
export const manifestSchema = z.object({
  format: z.literal('aitima-backup'),
  formatVersion: z.literal(1),
  createdAt: z.string(),
  engine: z.enum(['pglite', 'postgres']),
  /** Migrations applied to the dumped database: a restore needs code with exactly these. */
  migrations: z.number().int().nonnegative(),
  lastMigration: z.string().optional(),
  counts: countsSchema,
  files: z.object({ count: z.number().int().nonnegative() }),
  secrets: z.array(z.enum(SECRET_FILES)),
  /** Given by environment variables: not in the archive, the operator keeps them. */
  secretsFromEnvironment: z.array(z.string()),
});

export type BackupManifest = z.infer<typeof manifestSchema>;

/** The migrations this code ships (Drizzle's journal), in order. */
export function shippedMigrations(): string[] {
  const journal = JSON.parse(
    readFileSync(path.join(migrationsFolder, 'meta', '_journal.json'), 'utf8'),
  ) as { entries: { tag: string }[] };
  return journal.entries.map((entry) => entry.tag);
}
