import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { drizzle } from 'drizzle-orm/pglite';
import { migrate } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { openPostgres, pgliteExtensions } from '../../src/server/db/client.js';
import { migrationsFolder, runMigrations } from '../../src/server/db/migrate.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** PGlite: a tarball of a migrated data folder that each test file loads into memory. */
    pgliteTemplateFile: string;
    /** PostgreSQL: the migrated database each test file copies with CREATE DATABASE … TEMPLATE. */
    postgresTemplateDatabase: string;
  }
}

/**
 * Migrates one template database per test run, so that each test file starts
 * from a fresh copy in a moment instead of migrating from scratch.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const databaseUrl = process.env.DATABASE_URL;
  if (databaseUrl) {
    const name = `aitima_template_${process.pid}`;
    await adminQuery(databaseUrl, `drop database if exists ${name}`);
    await adminQuery(databaseUrl, `create database ${name}`);
    const connection = openPostgres(withDatabase(databaseUrl, name), 1);
    await runMigrations(connection);
    await connection.close();
    project.provide('postgresTemplateDatabase', name);
    project.provide('pgliteTemplateFile', '');
    return () => adminQuery(databaseUrl, `drop database if exists ${name}`);
  }
  const folder = mkdtempSync(path.join(os.tmpdir(), 'aitima-template-'));
  const client = await PGlite.create({ extensions: pgliteExtensions });
  await migrate(drizzle(client), { migrationsFolder });
  const dump = await client.dumpDataDir('none');
  await client.close();
  const file = path.join(folder, 'template.tar');
  writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  project.provide('pgliteTemplateFile', file);
  project.provide('postgresTemplateDatabase', '');
  return async () => rmSync(folder, { recursive: true, force: true });
}

/** The same server URL with another database name. */
export function withDatabase(databaseUrl: string, name: string): string {
  const url = new URL(databaseUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** Runs one statement outside any transaction (CREATE/DROP DATABASE need that). */
export async function adminQuery(databaseUrl: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}
