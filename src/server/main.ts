import { ConfigError, loadConfig } from './config/config.js';
import { DataDirLockedError } from './db/data-dir-lock.js';
import { startServer, stopOnSignals } from './server.js';

/** `npm start`: the product on the configured (by default embedded) database. */
try {
  stopOnSignals(await startServer(loadConfig()));
} catch (error) {
  if (error instanceof ConfigError || error instanceof DataDirLockedError) {
    console.error(`Aitima cannot start.\n${error.message}`);
  } else {
    console.error('Aitima cannot start:', error);
  }
  process.exit(1);
}
