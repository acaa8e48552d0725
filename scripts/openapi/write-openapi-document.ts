/**
 * Writes the API's OpenAPI document to a file (argument 1, default stdout) without a
 * server or a database. `npm run lint:api` lints what this writes.
 */
import { writeFileSync } from 'node:fs';
import { buildOpenApiDocument } from './build-openapi-document.js';

const text = `${JSON.stringify(await buildOpenApiDocument(), null, 2)}\n`;
const target = process.argv[2];
if (target) writeFileSync(target, text);
else process.stdout.write(text);
