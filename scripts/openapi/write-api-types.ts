/** npm run api:types — regenerates src/web/api/generated/openapi.ts from the server's routes. */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { API_TYPES_FILE, generateApiTypes } from './api-types.js';

mkdirSync(path.dirname(API_TYPES_FILE), { recursive: true });
writeFileSync(API_TYPES_FILE, await generateApiTypes());
process.stdout.write(`Wrote ${path.relative(process.cwd(), API_TYPES_FILE)}\n`);
