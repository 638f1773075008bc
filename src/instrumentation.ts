/**
 * Runs once when a Next.js server instance starts (not during `next build`). In the Node.js runtime it
 * schedules the background refresh of the dashboards' indicators (src/server/jobs/indicateurs.ts),
 * unless `SILLAGE_INDICATEURS_MINUTES=0`. The import stays dynamic and inside the runtime test so that
 * the Edge build never bundles the database client.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    if (process.env.SILLAGE_INDICATEURS_MINUTES?.trim() === '0') return;
    try {
      const { demarrerJobIndicateurs } = await import('./server/jobs/indicateurs');
      demarrerJobIndicateurs();
    } catch (error) {
      console.error(`[indicateurs] Le calcul périodique des indicateurs n'a pas pu démarrer : ${error instanceof Error ? error.message.replace(/\s+/g, ' ') : String(error)}`);
    }
  }
}
