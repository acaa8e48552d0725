import { ConfigError, loadConfig } from './config/config.js';
import { DataDirLockedError } from './db/data-dir-lock.js';
import { startServer, stopOnSignals } from './server.js';

/** `npm start`: the product on the configured (by default embedded) database. */
try {
  const server = await startServer(loadConfig());
  stopOnSignals(server);
  if (server.setupCode) {
    console.log(
      `\n  Aitima is running at ${server.url}\n  First run: open ${server.url}/setup and enter the setup code  ${server.setupCode}\n`,
    );
  }
} catch (error) {
  if (error instanceof ConfigError || error instanceof DataDirLockedError) {
    console.error(`Aitima cannot start.\n${error.message}`);
  } else {
    console.error('Aitima cannot start:', error);
  }
  process.exit(1);
}
