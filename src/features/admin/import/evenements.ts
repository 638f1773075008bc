/**
 * What the upload route streams to the form, one JSON object per line (NDJSON): the files found, the
 * progress of each file (check, then write), then the result. Shared by the server and the browser.
 */
import type { CompteFichier } from '@/features/echange/import-dossier';
import type { NomFichier } from '@/features/echange/schemas';

export type ResultatImportDto =
  /** Everything was written. */
  | { statut: 'importe'; comptes: CompteFichier[]; avertissements: string[]; dureeMs: number }
  /** Rows with errors (`fichier:ligne: colonne: raison`, the first ones up to the import's limit): nothing was written. */
  | { statut: 'erreurs'; erreurs: string[]; totalErreurs: number; avertissements: string[] }
  /** The archive itself was refused (not a zip, too big, sub-folders…): nothing was read nor written. */
  | { statut: 'archive-invalide'; message: string }
  /** The import stopped: `rienEnregistre` when it is certain that nothing was written. */
  | { statut: 'echec'; message: string; rienEnregistre: boolean };

export type EvenementImport =
  | { type: 'debut'; fichiers: NomFichier[]; avertissements: string[] }
  | {
      type: 'progression';
      etape: 'verification' | 'ecriture';
      fichier: NomFichier;
      /** Rank of the file among those imported (1-based) and their number. */
      rang: number;
      nombre: number;
      /** verification: rows read so far, total unknown (null); ecriture: rows written out of the file's rows. */
      fait: number;
      total: number | null;
      /** Progress of the whole import, 0 to 1. */
      avancement: number;
    }
  | { type: 'fin'; resultat: ResultatImportDto };

/** Share of the whole import given to the check of the files (the write is the longer part). */
export const PART_VERIFICATION = 0.4;

/**
 * Splits a growing NDJSON text into events: returns the complete lines' events and where the unread
 * rest starts. Blank lines (keep-alive) are skipped.
 */
export function lireEvenements(texte: string, depuis: number): { evenements: EvenementImport[]; suite: number } {
  const evenements: EvenementImport[] = [];
  let debut = depuis;
  for (let fin = texte.indexOf('\n', debut); fin !== -1; fin = texte.indexOf('\n', debut)) {
    const ligne = texte.slice(debut, fin).trim();
    debut = fin + 1;
    if (ligne !== '') evenements.push(JSON.parse(ligne) as EvenementImport);
  }
  return { evenements, suite: debut };
}
