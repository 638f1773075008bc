/**
 * The end-to-end server: a fresh embedded PostgreSQL under .e2e/, migrations, demo data, then the
 * built Next.js app. Writes .e2e/state.json (database URL) for the specs' own checks.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createScriptClient } from '../../scripts/db/client';
import { startEmbedded } from '../../scripts/db/embedded';
import { applyMigrations } from '../../scripts/db/schema-engine';
import { seedDemo } from '../../prisma/seed/demo';
import { freePort } from '../setup/free-port';
import { E2E_DIR } from './dossier';

const port = process.argv[2] ?? '3210';
rmSync(E2E_DIR, { recursive: true, force: true });
mkdirSync(E2E_DIR, { recursive: true });
const db = await startEmbedded({ dataDir: `${E2E_DIR}/postgres`, port: await freePort(), database: 'sillage', quiet: true });
await applyMigrations(db.url);
const prisma = createScriptClient(db.url);
await seedDemo(prisma);
await prisma.$disconnect();
writeFileSync(`${E2E_DIR}/state.json`, JSON.stringify({ databaseUrl: db.url }));

const require = createRequire(import.meta.url);
const next = spawn(process.execPath, [require.resolve('next/dist/bin/next'), 'start', '-p', port, '-H', '127.0.0.1'], {
  stdio: 'inherit',
  env: {
    ...process.env,
    DATABASE_URL: db.url,
    NEXTAUTH_SECRET: 'e2e-secret-not-for-production',
    NEXTAUTH_URL: `http://127.0.0.1:${port}`,
  },
});

async function stop() {
  next.kill('SIGTERM');
  await db.stop();
  process.exit(0);
}
process.on('SIGTERM', () => void stop());
process.on('SIGINT', () => void stop());
next.on('exit', () => void stop());
