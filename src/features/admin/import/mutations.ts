import 'server-only';
import { randomUUID } from 'node:crypto';
import { formatErreur } from '@/features/echange/erreurs';
import { ErreurImport, unsafeImportSource, type ProgressionImport } from '@/features/echange/import-dossier';
import type { Acteur } from '@/server/acteur';
import { writeAudit } from '@/server/audit';
import { db } from '@/server/db';
import { canImportDonnees } from '@/server/policy';
import { lireArchive, LIMITES, type Limites } from './archive';
import { PART_VERIFICATION, type EvenementImport, type ResultatImportDto } from './evenements';
import { ErreurArchive } from './zip';

export type ResultatImportArchive = ResultatImportDto | { statut: 'introuvable' };

export type ImportArchiveOptions = {
  /** Called for each step (files found, progress per file); never for the result, which is returned. */
  onEvenement?: (e: EvenementImport) => void;
  /** Paris day of the import (tests); default today. */
  aujourdhui?: string;
  limites?: Limites;
};

// One import at a time in this process: two would contend for the same rows in two long transactions.
const verrou = globalThis as unknown as { sillageImportEnCours?: boolean };

/**
 * Imports an archive of the exchange format (administrator only; anyone else: 'introuvable', nothing
 * read nor written). All or nothing, like `npm run import`. Every attempt by the administrator leaves
 * one audit row (objet 'Import'), written once the import is over.
 */
export async function importArchive(acteur: Acteur, octets: Uint8Array, options: ImportArchiveOptions = {}): Promise<ResultatImportArchive> {
  if (!canImportDonnees(acteur)) return { statut: 'introuvable' };
  const resultat = await importer(octets, options);
  await db.$transaction((tx) =>
    writeAudit(tx, acteur.id, {
      action: 'CREATION',
      objet: 'Import',
      details: { archiveOctets: octets.length, ...detailsAudit(resultat) },
    }),
  );
  return resultat;
}

async function importer(octets: Uint8Array, options: ImportArchiveOptions): Promise<ResultatImportDto> {
  const emettre = options.onEvenement ?? (() => {});
  const archive = lireArchive(octets, options.limites ?? LIMITES);
  if (!archive.ok) return { statut: 'archive-invalide', message: archive.message };
  if (verrou.sillageImportEnCours) {
    return { statut: 'echec', message: 'Un autre import est en cours : réessayez quand il sera terminé.', rienEnregistre: true };
  }
  verrou.sillageImportEnCours = true;
  const debut = Date.now();
  try {
    emettre({ type: 'debut', fichiers: archive.fichiers, avertissements: archive.avertissements });
    const avancement = mesurerAvancement(archive.fichiers, archive.tailles);
    const resultat = await unsafeImportSource(db, archive.source, {
      aujourdhui: options.aujourdhui,
      onProgress: (p) => emettre(avancement(p)),
    });
    // The archive's own warnings first (entries left aside), then the import's (unknown CSV files).
    const avertissements = [...archive.avertissements, ...resultat.avertissements];
    if (!resultat.ok) {
      return { statut: 'erreurs', erreurs: resultat.erreurs.map(formatErreur), totalErreurs: resultat.totalErreurs, avertissements };
    }
    return { statut: 'importe', comptes: resultat.comptes, avertissements, dureeMs: Date.now() - debut };
  } catch (error) {
    if (error instanceof ErreurImport) {
      // The transaction was rolled back; the message already names the file and the cause.
      return { statut: 'echec', message: error.message.replace(/\s*Rien n’a été importé\.$/, ''), rienEnregistre: true };
    }
    if (error instanceof ErreurArchive) return { statut: 'echec', message: error.message, rienEnregistre: true };
    const reference = randomUUID().slice(0, 8);
    console.error(`[import ${reference}]`, error);
    return {
      statut: 'echec',
      message: `Une erreur inattendue a interrompu l’import (référence ${reference}). Signalez-la à l’assistance en donnant cette référence.`,
      rienEnregistre: false,
    };
  } finally {
    verrou.sillageImportEnCours = false;
  }
}

/**
 * The import's progress as events. The whole import goes from 0 to 1: the check of the files takes
 * the first part, their write the rest; within each, a file weighs its decompressed size.
 */
function mesurerAvancement(fichiers: readonly string[], tailles: Record<string, number>) {
  const poids = fichiers.map((f) => Math.max(1, tailles[f] ?? 0));
  const total = poids.reduce((s, p) => s + p, 0);
  const avant: number[] = [];
  poids.reduce((s, p, i) => ((avant[i] = s), s + p), 0);
  return (p: ProgressionImport): EvenementImport => {
    const i = Math.max(0, fichiers.indexOf(p.fichier));
    const part = (fraction: number) => ((avant[i] ?? 0) + Math.min(1, Math.max(0, fraction)) * (poids[i] ?? 0)) / total;
    const commun = { type: 'progression' as const, fichier: p.fichier, rang: i + 1, nombre: fichiers.length };
    if (p.etape === 'verification') {
      return { ...commun, etape: 'verification', fait: p.lignes, total: null, avancement: PART_VERIFICATION * part(p.fraction) };
    }
    const fraction = p.total === 0 ? 1 : p.fait / p.total;
    return { ...commun, etape: 'ecriture', fait: p.fait, total: p.total, avancement: PART_VERIFICATION + (1 - PART_VERIFICATION) * part(fraction) };
  };
}

function detailsAudit(r: ResultatImportDto) {
  switch (r.statut) {
    case 'importe':
      return {
        resultat: 'IMPORTE',
        dureeMs: r.dureeMs,
        fichiers: Object.fromEntries(
          r.comptes.map((c) => [c.fichier, { lignes: c.lignes, creees: c.creees, modifiees: c.modifiees, inchangees: c.inchangees, supprimees: c.supprimees }]),
        ),
      };
    case 'erreurs':
      return { resultat: 'ERREURS', erreurs: r.totalErreurs };
    case 'archive-invalide':
      return { resultat: 'ARCHIVE_INVALIDE', message: r.message };
    case 'echec':
      return { resultat: 'ECHEC', message: r.message, rienEnregistre: r.rienEnregistre };
  }
}
