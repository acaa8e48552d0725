import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { API_TYPES_FILE, generateApiTypes } from './api-types.js';

// The web client is typed from src/web/api/generated/openapi.ts: a route whose schema
// changed without `npm run api:types` would leave the client typed against the old API.
describe('the generated API types', () => {
  it('match what the server documents today (run `npm run api:types` if not)', async () => {
    const committed = readFileSync(API_TYPES_FILE, 'utf8');
    const fresh = await generateApiTypes();
    expect(
      fresh === committed,
      'src/web/api/generated/openapi.ts is stale: npm run api:types',
    ).toBe(true);
  }, 180_000);
});
