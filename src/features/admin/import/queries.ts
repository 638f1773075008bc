import 'server-only';
import { COLONNES, NOMS_FICHIERS, type Colonne, type NomFichier } from '@/features/echange/schemas';
import type { Acteur } from '@/server/acteur';
import { canImportDonnees } from '@/server/policy';
import { TAILLE_MAX_ARCHIVE, TAILLE_MAX_DECOMPRESSEE } from './limites';

export type ImportPageDto = {
  /** The files of the exchange format, in import order, with their columns. */
  fichiers: { nom: NomFichier; colonnes: Colonne[] }[];
  tailleMaxArchive: number;
  tailleMaxDecompressee: number;
};

/** The page `/administration/import` (administrator only; null → 404). Reads no personal data. */
export function getImportPage(acteur: Acteur): ImportPageDto | null {
  if (!canImportDonnees(acteur)) return null;
  return {
    fichiers: NOMS_FICHIERS.map((nom) => ({ nom, colonnes: COLONNES[nom].map((c) => ({ nom: c.nom, requise: c.requise })) })),
    tailleMaxArchive: TAILLE_MAX_ARCHIVE,
    tailleMaxDecompressee: TAILLE_MAX_DECOMPRESSEE,
  };
}
