/**
 * Drives Prisma's WebAssembly schema engine through the pg driver adapter, because the
 * CLI's native engine cannot be downloaded on our machines (see docs/decisions/001).
 * Migrations keep Prisma's folder format, so `prisma migrate deploy` works wherever the
 * native engine is available.
 */
import { PrismaPg } from '@prisma/adapter-pg';
import { bindMigrationAwareSqlAdapterFactory } from '@prisma/driver-adapter-utils';
import * as bindings from '@prisma/schema-engine-wasm/schema_engine_bg';
import type { MigrationList, SchemaEngine } from '@prisma/schema-engine-wasm';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';

export const SCHEMA_PATH = resolve('prisma/schema.prisma');
export const MIGRATIONS_DIR = resolve('prisma/migrations');

let instantiated = false;

function instantiateWasm() {
  if (instantiated) return;
  const require = createRequire(import.meta.url);
  const wasmPath = join(dirname(require.resolve('@prisma/schema-engine-wasm/schema_engine_bg')), 'schema_engine_bg.wasm');
  const wasmModule = new WebAssembly.Module(readFileSync(wasmPath));
  const instance = new WebAssembly.Instance(wasmModule, { './schema_engine_bg.js': bindings as unknown as WebAssembly.ModuleImports });
  bindings.__wbg_set_wasm(instance.exports);
  (instance.exports.__wbindgen_start as () => void)();
  instantiated = true;
}

/**
 * The pg adapter runs a migration script by splitting it on every ";" — which breaks on a semicolon in a
 * comment, a string or a function body. PostgreSQL runs a multi-statement script in one simple query:
 * send it whole.
 */
class WholeScriptPg extends PrismaPg {
  override async connect() {
    const adapter = await super.connect();
    const internals = adapter as unknown as { client: { query: (sql: string) => Promise<unknown> }; onError: (e: unknown) => never };
    adapter.executeScript = async (script: string) => {
      try {
        await internals.client.query(script);
      } catch (error) {
        internals.onError(error);
      }
    };
    return adapter;
  }
}

/**
 * Explicit fields, not `connectionString`: pg lets a connection string override `database`. The engine
 * never disposes its pools: let idle clients go so nothing outlives the command.
 */
function pgConfig(url: string) {
  const parsed = new URL(url);
  return {
    host: parsed.hostname,
    port: Number(parsed.port || 5432),
    user: decodeURIComponent(parsed.username),
    password: decodeURIComponent(parsed.password),
    database: decodeURIComponent(parsed.pathname.slice(1)),
    idleTimeoutMillis: 1,
    allowExitOnIdle: true,
  };
}

export async function openEngine(url: string): Promise<SchemaEngine> {
  instantiateWasm();
  const adapter = bindMigrationAwareSqlAdapterFactory(new WholeScriptPg(pgConfig(url)));
  const schema = readFileSync(SCHEMA_PATH, 'utf8');
  return bindings.SchemaEngine.new(
    { datamodels: [[SCHEMA_PATH, schema]] },
    (log: string) => {
      if (process.env.DEBUG_SCHEMA_ENGINE) process.stderr.write(`${log}\n`);
    },
    adapter,
  ) as Promise<SchemaEngine>;
}

export function listMigrations(): MigrationList {
  const dirs = existsSync(MIGRATIONS_DIR)
    ? readdirSync(MIGRATIONS_DIR, { withFileTypes: true })
        .filter((d) => d.isDirectory())
        .map((d) => d.name)
        .sort()
    : [];
  const lockPath = join(MIGRATIONS_DIR, 'migration_lock.toml');
  return {
    baseDir: MIGRATIONS_DIR,
    lockfile: { path: 'migration_lock.toml', content: existsSync(lockPath) ? readFileSync(lockPath, 'utf8') : null },
    shadowDbInitScript: '',
    migrationDirectories: dirs.map((name) => {
      const file = join(MIGRATIONS_DIR, name, 'migration.sql');
      return {
        path: name,
        migrationFile: {
          path: 'migration.sql',
          content: existsSync(file) ? { tag: 'ok', value: readFileSync(file, 'utf8') } : { tag: 'error', value: 'missing' },
        },
      };
    }),
  } as MigrationList;
}

const noFilter = { externalTables: [], externalEnums: [] };

/** Applies every committed migration not yet applied; returns their names. */
export async function applyMigrations(url: string): Promise<string[]> {
  const engine = await openEngine(url);
  try {
    const out = await engine.applyMigrations({ migrationsList: listMigrations(), filters: noFilter });
    return out.appliedMigrationNames;
  } finally {
    engine.free();
  }
}

/**
 * SQL that turns the schema `fromSchema` (the committed schema.prisma, or nothing for the first
 * migration) into the current schema.prisma. Datamodel-to-datamodel: the engine's introspection
 * of a shadow database fails through the pg adapter on PostgreSQL's "char" columns (docs/decisions/001).
 */
export async function diffSchema(url: string, fromSchema: string | null): Promise<string> {
  const engine = await openEngine(url);
  try {
    const result = await engine.diff({
      from: fromSchema === null ? { tag: 'empty' } : { tag: 'schemaDatamodel', files: [{ path: SCHEMA_PATH, content: fromSchema }] },
      to: { tag: 'schemaDatamodel', files: [{ path: SCHEMA_PATH, content: readFileSync(SCHEMA_PATH, 'utf8') }] },
      script: true,
      exitCode: null,
      filters: noFilter,
    });
    return result.stdout ?? '';
  } finally {
    engine.free();
  }
}
