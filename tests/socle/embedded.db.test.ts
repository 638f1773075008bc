import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { startEmbedded } from '../../scripts/db/embedded';
import { describeDatabaseError } from '../../scripts/db/errors';
import { freePort } from '../setup/free-port';

const dataDir = mkdtempSync(join(tmpdir(), 'sillage-embedded-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe('PostgreSQL embarqué', () => {
  it('un second démarrage sur la même base la réutilise sans la corrompre', async () => {
    const port = await freePort();
    const first = await startEmbedded({ dataDir, port, database: 'sillage', quiet: true });
    const client = new pg.Client({ connectionString: first.url });
    await client.connect();
    await client.query('CREATE TABLE temoin (id int); INSERT INTO temoin VALUES (42)');
    await client.end();

    const second = await startEmbedded({ dataDir, port, database: 'sillage', quiet: true });
    expect(second.url).toBe(first.url);
    await second.stop(); // does not stop the server it did not start
    const again = new pg.Client({ connectionString: first.url });
    await again.connect();
    expect((await again.query('SELECT id FROM temoin')).rows).toEqual([{ id: 42 }]);
    await again.end();
    await first.stop();

    const restarted = await startEmbedded({ dataDir, port, database: 'sillage', quiet: true });
    const after = new pg.Client({ connectionString: restarted.url });
    await after.connect();
    expect((await after.query('SELECT id FROM temoin')).rows).toEqual([{ id: 42 }]);
    await after.end();
    await restarted.stop();
  });
});

describe('erreurs de base de données', () => {
  it('une base injoignable donne une seule ligne claire en français', async () => {
    const port = await freePort();
    const client = new pg.Client({ connectionString: `postgresql://x:y@127.0.0.1:${port}/z`, connectionTimeoutMillis: 2000 });
    const error = await client.connect().catch((e: unknown) => e);
    const message = describeDatabaseError(error);
    expect(message).toMatch(/^Base de données injoignable/);
    expect(message).not.toContain('\n');
  });
});

describe('démarrage sans base joignable', () => {
  it('le moteur de migrations aussi donne une seule ligne claire', async () => {
    const { applyMigrations } = await import('../../scripts/db/schema-engine');
    const port = await freePort();
    const error = await applyMigrations(`postgresql://x:y@127.0.0.1:${port}/z`).catch((e: unknown) => e);
    expect(describeDatabaseError(error)).toMatch(/^Base de données injoignable[^\n]*$/);
  });
});
