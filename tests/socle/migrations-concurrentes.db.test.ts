/**
 * Several application instances start together on a new database: each applies the pending migrations at
 * start (scripts/serve.ts), and Prisma's advisory lock, taken by the schema engine, makes it happen once.
 */
import pg from 'pg';
import { afterAll, expect, it } from 'vitest';
import { describeDatabaseError } from '../../scripts/db/errors';
import { applyMigrations, listMigrations } from '../../scripts/db/schema-engine';

const base = `sillage_migrations_${process.env.VITEST_POOL_ID ?? '0'}`;
const url = new URL(process.env.DATABASE_URL!);
const adminUrl = Object.assign(new URL(url), { pathname: '/postgres' }).toString();
const cible = Object.assign(new URL(url), { pathname: `/${base}` }).toString();

async function admin(sql: string) {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

afterAll(() => admin(`DROP DATABASE IF EXISTS "${base}" WITH (FORCE)`));

it('trois instances qui démarrent ensemble appliquent chaque migration une fois', async () => {
  await admin(`DROP DATABASE IF EXISTS "${base}" WITH (FORCE)`);
  await admin(`CREATE DATABASE "${base}"`);
  const appliquees = await Promise.all([applyMigrations(cible), applyMigrations(cible), applyMigrations(cible)]);
  const toutes = listMigrations().migrationDirectories.map((m) => m.path);
  expect(appliquees.flat().sort()).toEqual([...toutes].sort());

  const client = new pg.Client({ connectionString: cible });
  await client.connect();
  try {
    const { rows } = await client.query<{ n: number }>('SELECT count(*)::int AS n FROM _prisma_migrations WHERE finished_at IS NOT NULL');
    expect(rows[0]!.n).toBe(toutes.length);
  } finally {
    await client.end();
  }
}, 120_000);

it('une instance qui attend le verrou trop longtemps le dit en une ligne', () => {
  const erreur = Object.assign(new Error('Timed out trying to acquire a postgres advisory lock (SELECT pg_advisory_lock(72707369)). Timeout: 10000ms.'), { code: 'P1002' });
  expect(describeDatabaseError(erreur)).toMatch(/^Migrations en cours d'application par une autre instance[^\n]*$/);
});
