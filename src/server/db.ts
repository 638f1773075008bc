import 'server-only';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '@/generated/prisma/client';

export type Db = PrismaClient;
export type Tx = Parameters<Parameters<PrismaClient['$transaction']>[0]>[0];

/**
 * Connections of this instance's pool (`SILLAGE_PG_CONNEXIONS`, 10 by default): with several instances, their
 * sum must stay under the server's max_connections, or go through a pooler (docs/deploiement.md).
 */
export function connexionsMax(valeur: string | undefined): number {
  const n = Number(valeur?.trim() || '10');
  return Number.isInteger(n) && n >= 2 ? n : 10;
}

function createClient(): PrismaClient {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL n'est pas défini : lancez l'application avec `npm run dev` ou `npm start`.");
  return new PrismaClient({ adapter: new PrismaPg({ connectionString: url, max: connexionsMax(process.env.SILLAGE_PG_CONNEXIONS) }) });
}

// One client per process, created on first use (so `next build` can import routes without a database),
// and kept across the dev server's module reloads.
const globalForDb = globalThis as unknown as { sillageDb?: PrismaClient };

function client(): PrismaClient {
  globalForDb.sillageDb ??= createClient();
  return globalForDb.sillageDb;
}

export const db: PrismaClient = new Proxy({} as PrismaClient, {
  get: (_target, property) => {
    const value: unknown = Reflect.get(client(), property);
    return typeof value === 'function' ? value.bind(client()) : value;
  },
});
