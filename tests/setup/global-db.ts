/**
 * Once per test run: a fresh embedded PostgreSQL in a temporary folder, and a template database with
 * every migration applied. Each worker then copies the template (worker-db.ts).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startEmbedded } from '../../scripts/db/embedded';
import { applyMigrations } from '../../scripts/db/schema-engine';
import { freePort } from './free-port';

export const TEMPLATE_DATABASE = 'sillage_template';

declare module 'vitest' {
  export interface ProvidedContext {
    templateUrl: string;
  }
}

export default async function setup(project: TestProject) {
  let stop = async () => {};
  let dataDir: string | null = null;
  let templateUrl = process.env.TEST_DATABASE_TEMPLATE_URL;
  if (!templateUrl) {
    dataDir = mkdtempSync(join(tmpdir(), 'sillage-test-pg-'));
    const db = await startEmbedded({ dataDir, port: await freePort(), database: TEMPLATE_DATABASE, quiet: true });
    stop = db.stop;
    templateUrl = db.url;
  }
  await applyMigrations(templateUrl);
  project.provide('templateUrl', templateUrl);
  return async () => {
    await stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  };
}
