/**
 * `npm run db:seed [-- --reset] [--reference AAAA-MM-JJ] [--foyers N] [--graine N]`: applies pending
 * migrations, then loads the demonstration département into DATABASE_URL or the embedded database.
 * Refuses a database that already holds data unless --reset, which empties the domain tables (the
 * reference lists are kept).
 */
import { parseArgs } from 'node:util';
import { createScriptClient } from './client';
import { withDatabase } from './connect';
import { describeDatabaseError } from './errors';
import { applyMigrations } from './schema-engine';
import { seedDemo, type SeedSummary } from '../../prisma/seed/demo';
import { LIBELLES, TABLES_DU_DOMAINE } from '../generate/tables';

class UsageError extends Error {}

function readOptions() {
  let parsed;
  try {
    parsed = parseArgs({
      options: {
        reset: { type: 'boolean', default: false },
        reference: { type: 'string' },
        foyers: { type: 'string' },
        graine: { type: 'string' },
      },
      strict: true,
    });
  } catch (error) {
    throw new UsageError(`${error instanceof Error ? error.message : String(error)}\nUsage : npm run db:seed -- [--reset] [--reference AAAA-MM-JJ] [--foyers N] [--graine N]`);
  }
  const { values } = parsed;
  const integer = (text: string | undefined, name: string) => {
    if (text === undefined) return undefined;
    if (!/^\d+$/.test(text)) throw new UsageError(`--${name} attend un nombre entier (reçu : ${text}).`);
    return Number(text);
  };
  let reference: Date | undefined;
  if (values.reference !== undefined) {
    reference = new Date(`${values.reference}T00:00:00Z`);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(values.reference) || Number.isNaN(reference.getTime())) {
      throw new UsageError(`--reference attend une date AAAA-MM-JJ (reçu : ${values.reference}).`);
    }
  }
  return { reset: values.reset, reference, foyers: integer(values.foyers, 'foyers'), seed: integer(values.graine, 'graine') };
}

function printSummary(summary: SeedSummary, seconds: number) {
  console.log(`Département de démonstration chargé en ${seconds.toFixed(1)} s (date de référence ${summary.reference}, graine ${summary.seed}) :`);
  const width = Math.max(...Object.keys(summary.counts).map((table) => (LIBELLES[table as keyof typeof LIBELLES] ?? table).length));
  for (const [table, count] of Object.entries(summary.counts)) {
    console.log(`  ${(LIBELLES[table as keyof typeof LIBELLES] ?? table).padEnd(width)}  ${count.toLocaleString('fr-FR')}`);
  }
  console.log('Comptes de démonstration (mot de passe Sillage-Demo-2026) : secretaire@, ts@, responsable@, territoire@, direction@, admin@, partenaire@demo.sillage.fr');
}

let options: ReturnType<typeof readOptions>;
try {
  options = readOptions();
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(2);
}

try {
  const outcome = await withDatabase(async (url) => {
    const applied = await applyMigrations(url);
    if (applied.length) console.log(`Migrations appliquées : ${applied.join(', ')}`);
    const prisma = createScriptClient(url);
    try {
      const [foyers, agents] = await Promise.all([prisma.foyer.count(), prisma.agent.count()]);
      if (foyers > 0 || agents > 0) {
        if (!options.reset) {
          return `La base contient déjà des données (${foyers} foyers, ${agents} agents) : rien n'a été chargé. Relancez avec --reset pour les effacer et charger la démonstration (npm run db:seed -- --reset).`;
        }
        await prisma.$executeRawUnsafe(`TRUNCATE TABLE ${TABLES_DU_DOMAINE.map((t) => `"${t}"`).join(', ')} RESTART IDENTITY CASCADE`);
        await prisma.parametre.deleteMany({ where: { cle: 'demo_charge_le' } });
        console.log('Données existantes effacées (listes de référence conservées).');
      }
      const started = performance.now();
      const summary = await seedDemo(prisma, { reference: options.reference, foyers: options.foyers, seed: options.seed });
      printSummary(summary, (performance.now() - started) / 1000);
      return null;
    } finally {
      await prisma.$disconnect();
    }
  });
  if (outcome !== null) {
    console.error(outcome);
    process.exit(1);
  }
} catch (error) {
  console.error(describeDatabaseError(error));
  process.exit(1);
}
