/**
 * Two application instances on one database (issue 4): the e2e server and a second `next start` spawned here,
 * with the same database and secret, as behind a load balancer. A session opened on one is valid on the other,
 * and the scheduled refresh of the dashboards runs once for both.
 */
import { expect, test } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { freePort } from '../setup/free-port';
import { E2E_DIR } from './dossier';
import { loginAs } from './fixtures';

let seconde: ChildProcess;
let url = '';
let journal = '';

test.beforeAll(async () => {
  const { databaseUrl } = JSON.parse(readFileSync(`${E2E_DIR}/state.json`, 'utf8')) as { databaseUrl: string };
  const port = await freePort();
  url = `http://127.0.0.1:${port}`;
  const next = createRequire(import.meta.url).resolve('next/dist/bin/next');
  seconde = spawn(process.execPath, [next, 'start', '-p', String(port), '-H', '127.0.0.1'], {
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      NEXTAUTH_SECRET: 'e2e-secret-not-for-production',
      NEXTAUTH_URL: url,
      SILLAGE_INDICATEURS_MINUTES: '60',
    },
  });
  seconde.stdout?.on('data', (d: Buffer) => (journal += d.toString()));
  seconde.stderr?.on('data', (d: Buffer) => (journal += d.toString()));
  await expect.poll(async () => (await fetch(`${url}/connexion`).catch(() => null))?.status ?? 0, { timeout: 30_000 }).toBe(200);
});

test.afterAll(() => {
  seconde.kill('SIGTERM');
});

test('une session ouverte sur une instance est valable sur l’autre', async ({ page }) => {
  await loginAs(page, 'ts');
  await expect(page).toHaveURL(/\/agenda/);
  await page.goto(`${url}/agenda`);
  await expect(page).toHaveURL(`${url}/agenda`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('agenda');
});

test('le recalcul programmé des tableaux de bord ne tourne qu’une fois pour les deux instances', async () => {
  test.setTimeout(90_000);
  // The first instance started its pass 15 s after its start; the second one, started later, skips its own.
  await expect.poll(() => journal, { timeout: 60_000 }).toMatch(/\[indicateurs\] .*ce passage est sauté\./);
  expect(journal).not.toMatch(/Tableaux de bord recalculés/);
});
