/**
 * `npm run dev` / `npm start`: the database named by DATABASE_URL, or the embedded PostgreSQL started
 * here; pending migrations applied; demo data loaded on first start only; then Next.js. Ctrl-C stops
 * Next.js and the embedded database cleanly.
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createScriptClient } from './db/client';
import { resolveDatabase } from './db/connect';
import { describeDatabaseError } from './db/errors';
import { applyMigrations } from './db/schema-engine';
import { isDatabaseEmpty, seedDemo } from '../prisma/seed/demo';
import { optionsNodeProduction } from './memoire-next';

const mode = process.argv[2] === 'start' ? 'start' : 'dev';
const nextArgs = process.argv.slice(3);

async function prepare(url: string) {
  const applied = await applyMigrations(url);
  if (applied.length) console.log(`Migrations appliquées : ${applied.join(', ')}`);
  if (process.env.SILLAGE_SEED_DEMO === 'non') return;
  const prisma = createScriptClient(url);
  try {
    if (await isDatabaseEmpty(prisma)) {
      console.log('Base vide : chargement du département de démonstration…');
      await seedDemo(prisma);
      console.log('Données de démonstration chargées (comptes dans le README).');
    }
  } finally {
    await prisma.$disconnect();
  }
}

let database: Awaited<ReturnType<typeof resolveDatabase>>;
try {
  database = await resolveDatabase();
  await prepare(database.url);
} catch (error) {
  console.error(describeDatabaseError(error));
  process.exit(1);
}

const require = createRequire(import.meta.url);
const port = process.env.PORT ?? '3000';
const nextBin = require.resolve('next/dist/bin/next');
const child = spawn(process.execPath, [...(mode === 'start' ? optionsNodeProduction() : []), nextBin, mode, ...nextArgs], {
  stdio: 'inherit',
  env: {
    ...process.env,
    DATABASE_URL: database.url,
    NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? localSecret(),
    NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${port}`,
  },
});

/** Without NEXTAUTH_SECRET, a random secret kept in the git-ignored .data/ folder (sessions survive restarts). */
function localSecret(): string {
  const file = '.data/nextauth-secret';
  if (!existsSync(file)) {
    mkdirSync('.data', { recursive: true });
    writeFileSync(file, randomBytes(32).toString('base64url'), { mode: 0o600 });
  }
  return readFileSync(file, 'utf8').trim();
}

let stopping = false;
async function shutdown(code: number) {
  if (stopping) return;
  stopping = true;
  if (child.exitCode === null) child.kill('SIGTERM');
  await database.stop();
  process.exit(code);
}
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => void shutdown(0));
child.on('exit', (code) => void shutdown(code ?? 0));
