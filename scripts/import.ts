/**
 * `npm run import -- DIR`: loads a folder in the exchange format (../shared/spec/format-echange.md)
 * into DATABASE_URL or the embedded database, after applying pending migrations. All or nothing: on
 * any error, prints `fichier:ligne: colonne: raison` for each (up to 200) and the count, writes nothing,
 * and exits with code 1.
 */
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { compterErreurs, formatErreur } from '@/features/echange/erreurs';
import { ErreurImport, unsafeImportDossier, type ProgressionImport } from '@/features/echange/import-dossier';
import { createLigneProgression, formatBarre, formatCompte } from '@/features/echange/progression';
import { formatNombre } from '@/features/echange/valeurs';
import { createScriptClient } from './db/client';
import { withDatabase } from './db/connect';
import { describeDatabaseError } from './db/errors';
import { applyMigrations } from './db/schema-engine';

const USAGE = 'Usage : npm run import -- DOSSIER   (un dossier de fichiers CSV au format d’échange)';

function dossierLisible(arg: string | undefined): string | null {
  if (!arg || arg.startsWith('-')) return null;
  try {
    return statSync(arg).isDirectory() ? resolve(arg) : null;
  } catch {
    return null;
  }
}

function pluriel(n: number, mot: string) {
  return `${formatNombre(n)} ${mot}${n > 1 ? 's' : ''}`;
}

async function main(): Promise<number> {
  const arg = process.argv[2];
  if (!arg || arg === '--help' || arg === '-h') {
    console.error(USAGE);
    return arg ? 0 : 2;
  }
  const dir = dossierLisible(arg);
  if (!dir) {
    console.error(`Dossier introuvable ou illisible : ${arg}\n${USAGE}`);
    return 2;
  }
  const progression = createLigneProgression(process.stderr);
  const afficher = (p: ProgressionImport) => {
    if (p.etape === 'verification') {
      progression.afficher(`v:${p.fichier}`, formatBarre(`Vérification ${p.fichier.padEnd(17)}`, p.fraction, `${formatNombre(p.lignes)} lignes`), p.fraction >= 1);
    } else {
      const fraction = p.total === 0 ? 1 : p.fait / p.total;
      progression.afficher(`e:${p.fichier}`, formatBarre(`Écriture     ${p.fichier.padEnd(17)}`, fraction, formatCompte(p.fait, p.total)), p.fait >= p.total);
    }
  };
  const debut = Date.now();
  return withDatabase(async (url) => {
    const appliquees = await applyMigrations(url);
    if (appliquees.length > 0) console.log(`Migrations appliquées : ${appliquees.join(', ')}`);
    const prisma = createScriptClient(url);
    try {
      console.log(`Import de ${dir}`);
      const resultat = await unsafeImportDossier(prisma, dir, { onProgress: afficher });
      progression.terminer();
      for (const a of resultat.avertissements) console.warn(`Attention : ${a}`);
      if (!resultat.ok) {
        for (const e of resultat.erreurs) console.error(formatErreur(e));
        const affichees = resultat.erreurs.length < resultat.totalErreurs ? ` (les ${resultat.erreurs.length} premières sont affichées)` : '';
        console.error(`\n${compterErreurs(resultat.totalErreurs)}${affichees} : rien n’a été importé.`);
        return 1;
      }
      for (const c of resultat.comptes) {
        const details = [pluriel(c.creees, 'créée'), pluriel(c.modifiees, 'modifiée'), pluriel(c.inchangees, 'inchangée')];
        if (c.supprimees > 0) details.push(pluriel(c.supprimees, 'supprimée'));
        console.log(`${c.fichier.padEnd(18)} ${pluriel(c.lignes, 'ligne').padStart(16)} : ${details.join(', ')}`);
      }
      const secondes = ((Date.now() - debut) / 1000).toFixed(1).replace('.', ',');
      console.log(`Import terminé en ${secondes} s.`);
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
  console.error(error instanceof ErreurImport ? `\n${error.message}` : `\n${describeDatabaseError(error)}\nRien n’a été importé.`);
  process.exit(1);
}
