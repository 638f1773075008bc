/**
 * `npm run export -- DIR`: writes the 17 files of the exchange format (../shared/spec/format-echange.md)
 * from DATABASE_URL or the embedded database, after applying pending migrations. Re-importing the
 * folder into an empty database gives the same data.
 */
import { resolve } from 'node:path';
import { unsafeExportDossier } from '@/features/echange/export-dossier';
import { createLigneProgression, formatBarre, formatCompte } from '@/features/echange/progression';
import { formatNombre } from '@/features/echange/valeurs';
import { createScriptClient } from './db/client';
import { withDatabase } from './db/connect';
import { describeDatabaseError } from './db/errors';
import { applyMigrations } from './db/schema-engine';

const USAGE = 'Usage : npm run export -- DOSSIER   (créé s’il n’existe pas ; les fichiers de même nom sont remplacés)';

async function main(): Promise<number> {
  const arg = process.argv[2];
  if (!arg || arg === '--help' || arg === '-h' || arg.startsWith('-')) {
    console.error(USAGE);
    return arg === '--help' || arg === '-h' ? 0 : 2;
  }
  const dir = resolve(arg);
  const progression = createLigneProgression(process.stderr);
  const debut = Date.now();
  return withDatabase(async (url) => {
    const appliquees = await applyMigrations(url);
    if (appliquees.length > 0) console.log(`Migrations appliquées : ${appliquees.join(', ')}`);
    const prisma = createScriptClient(url);
    try {
      const resultat = await unsafeExportDossier(prisma, dir, {
        onProgress: (p) =>
          progression.afficher(p.fichier, formatBarre(p.fichier.padEnd(17), p.total === 0 ? 1 : p.fait / p.total, formatCompte(p.fait, p.total)), p.fait >= p.total),
      });
      progression.terminer();
      for (const a of resultat.avertissements) console.warn(`Attention : ${a}`);
      for (const c of resultat.comptes) console.log(`${c.fichier.padEnd(18)} ${formatNombre(c.lignes).padStart(12)} ligne${c.lignes > 1 ? 's' : ''}`);
      const secondes = ((Date.now() - debut) / 1000).toFixed(1).replace('.', ',');
      console.log(`Export écrit dans ${dir} en ${secondes} s.`);
      return 0;
    } finally {
      progression.terminer();
      await prisma.$disconnect();
    }
  });
}

try {
  process.exit(await main());
} catch (error) {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
  const message = code.startsWith('E') && error instanceof Error && !/ECONN|ENOTFOUND|ETIMEDOUT/.test(code)
    ? `Écriture impossible : ${error.message}`
    : describeDatabaseError(error);
  console.error(`\n${message}`);
  process.exit(1);
}
