import 'server-only';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '@/generated/prisma/client';

export type Db = PrismaClient;
export type Tx = Parameters<Parameters<PrismaClient['$transaction']>[0]>[0];

function createClient(): PrismaClient {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL n'est pas défini : lancez l'application avec `npm run dev` ou `npm start`.");
  return new PrismaClient({ adapter: new PrismaPg({ connectionString: url }) });
}

// One client per process (Next's dev server reloads modules; keep the pool across reloads).
const globalForDb = globalThis as unknown as { sillageDb?: PrismaClient };

export const db: PrismaClient = globalForDb.sillageDb ?? createClient();
if (process.env.NODE_ENV !== 'production') globalForDb.sillageDb = db;
