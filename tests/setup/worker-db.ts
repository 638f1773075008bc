/**
 * Before a worker's first test file: its own database, copied from the migrated template, named by
 * DATABASE_URL so that src/server/db.ts connects to it.
 */
import pg from 'pg';
import { inject } from 'vitest';

const templateUrl = inject('templateUrl');
const template = new URL(templateUrl);
const database = `sillage_test_${process.env.VITEST_POOL_ID ?? '0'}`;

const admin = new pg.Client({ connectionString: templateUrl.replace(template.pathname, '/postgres') });
await admin.connect();
try {
  const exists = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
  if (exists.rowCount === 0) await admin.query(`CREATE DATABASE "${database}" TEMPLATE "${template.pathname.slice(1)}"`);
} finally {
  await admin.end();
}

const url = new URL(templateUrl);
url.pathname = `/${database}`;
process.env.DATABASE_URL = url.toString();
