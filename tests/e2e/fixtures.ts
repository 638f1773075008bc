import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import pg from 'pg';
import { E2E_DIR } from './dossier';

export const DEMO_PASSWORD = 'Sillage-Demo-2026';
export const COMPTES = {
  secretaire: 'secretaire@demo.sillage.fr',
  ts: 'ts@demo.sillage.fr',
  responsable: 'responsable@demo.sillage.fr',
  territoire: 'territoire@demo.sillage.fr',
  direction: 'direction@demo.sillage.fr',
  admin: 'admin@demo.sillage.fr',
  partenaire: 'partenaire@demo.sillage.fr',
} as const;
export type CompteDemo = keyof typeof COMPTES;

export async function loginAs(page: Page, compte: CompteDemo): Promise<void> {
  await page.goto('/connexion');
  await page.getByLabel('Adresse électronique').fill(COMPTES[compte]);
  await page.getByLabel('Mot de passe').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/connexion'));
}

/** axe-core: no serious or critical violation on the current page. */
export async function expectAccessible(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const graves = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(graves.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
}

/** A query on the e2e database (to pick records of another EDS, check the audit log…). */
export async function queryE2e<T extends pg.QueryResultRow>(sql: string, params: unknown[] = []): Promise<T[]> {
  const { databaseUrl } = JSON.parse(readFileSync(`${E2E_DIR}/state.json`, 'utf8')) as { databaseUrl: string };
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return (await client.query<T>(sql, params)).rows;
  } finally {
    await client.end();
  }
}
