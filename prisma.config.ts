import { defineConfig } from 'prisma/config';

// The URL is only needed by `prisma migrate deploy` on machines that have the native engine;
// our own scripts (scripts/db) resolve the database themselves (embedded by default).
export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  datasource: { url: process.env.DATABASE_URL ?? 'postgresql://localhost/sillage' },
});
