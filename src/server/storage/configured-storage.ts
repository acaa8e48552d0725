import path from 'node:path';
import type { FileStorage } from './file-storage.js';
import { localFileStorage } from './local-file-storage.js';
import { type S3Settings, s3ClientOf, s3FileStorage } from './s3-file-storage.js';

/**
 * Where uploads live for a configuration: one bucket for every process when S3 is
 * set up, else this machine's DATA_DIR/uploads. The server, backup and restore all
 * ask here, so they always read and write the same place.
 */
export function configuredFileStorage(settings: { s3?: S3Settings; dataDir: string }): FileStorage {
  return settings.s3
    ? s3FileStorage(s3ClientOf(settings.s3), settings.s3.bucket)
    : localFileStorage(path.join(settings.dataDir, 'uploads'));
}
