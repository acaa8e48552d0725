import { defineConfig } from 'drizzle-kit';

// Only `generate` is used: migrations are applied by the server itself (src/server/db/migrate.ts).
export default defineConfig({
  dialect: 'postgresql',
  schema: './src/server/db/schema.ts',
  out: './drizzle',
});
