import pg from 'pg';

/** The bench's own database on DATABASE_URL's server, named after this process. */
export async function createBenchDatabase(adminUrl: string): Promise<string> {
  const name = `aitima_bench_${process.pid}`;
  await withAdmin(adminUrl, (client) => client.query(`create database ${name}`));
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** The name of the database a URL names. */
export const databaseNameOf = (url: string) => new URL(url).pathname.slice(1);

/** Drops the bench's database (ending any connection left to it). */
export async function dropBenchDatabase(adminUrl: string, benchUrl: string): Promise<void> {
  const name = databaseNameOf(benchUrl);
  await withAdmin(adminUrl, (client) =>
    client.query(`drop database if exists ${name} with (force)`),
  );
}

async function withAdmin(adminUrl: string, work: (client: pg.Client) => Promise<unknown>) {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await work(client);
  } finally {
    await client.end();
  }
}
