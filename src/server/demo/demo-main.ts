import { ConfigError, loadConfig } from '../config/config.js';
import { DataDirLockedError } from '../db/data-dir-lock.js';
import { startServer, stopOnSignals } from '../server.js';
import { DEMO_PASSWORD, type DemoLogin, seedDemo } from './demo-seed.js';

/** `npm run demo`: the product on its own data folder (./data-demo), filled with a Greek demo. */
try {
  const config = loadConfig({
    ...process.env,
    DATA_DIR: process.env.DEMO_DATA_DIR || './data-demo',
    DATABASE_URL: '',
  });
  let logins: DemoLogin[] | undefined;
  const server = await startServer(config, {
    beforeListen: async (deps) => {
      logins = await seedDemo(deps.db);
    },
  });
  stopOnSignals(server);
  console.log(`\nAitima demo: ${server.url}  (data in ${config.dataDir})`);
  console.log(
    logins ? 'Demo logins (password for all: ' : 'Demo data already there; logins (password: ',
    `${DEMO_PASSWORD}):`,
  );
  for (const login of logins ?? []) {
    console.log(
      `  ${login.email.padEnd(32)} ${login.role.padEnd(14)} ${login.name}${login.company ? ` — ${login.company}` : ''}`,
    );
  }
  if (!logins)
    console.log('  admin@aitima.demo (admin), maria@papadopoulos-bakery.gr (company_admin), …');
} catch (error) {
  console.error(
    'The demo cannot start:',
    error instanceof ConfigError || error instanceof DataDirLockedError ? error.message : error,
  );
  process.exit(1);
}
