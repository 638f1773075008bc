import { startEmbedded, type RunningDatabase } from './embedded';

export const EMBEDDED_DATA_DIR = '.data/postgres';
export const EMBEDDED_PORT = Number(process.env.SILLAGE_PG_PORT ?? 54329);

/** The database named by DATABASE_URL, or the embedded one (started if needed). */
export async function resolveDatabase(): Promise<RunningDatabase> {
  const url = process.env.DATABASE_URL;
  if (url) return { url, stop: async () => {} };
  return startEmbedded({ dataDir: EMBEDDED_DATA_DIR, port: EMBEDDED_PORT, database: 'sillage', quiet: true });
}

/** Runs a CLI body against the resolved database and always stops what it started. */
export async function withDatabase<T>(body: (url: string) => Promise<T>): Promise<T> {
  const db = await resolveDatabase();
  try {
    return await body(db.url);
  } finally {
    await db.stop();
  }
}
