/**
 * The ladder of likely duplicates shown before a person is created (issue 6, item 2), strongest first:
 * 1. the same numéro allocataire (CAF/MSA: one per allocataire);
 * 2. the same birth date and a similar nom or nom de naissance (typos, accents, a married name);
 * 3. the same phone number or e-mail address.
 * Pure: the SQL (features/personnes/doublons.ts) only gathers the rows that may match — same allocataire,
 * same birth date, same phone or e-mail — with the trigram similarity of the names; this rule decides.
 */
import { lireTelephone } from './telephone';

/** Trigram similarity (pg_trgm `similarity`, on normaliser_nom) from which two names are "similar". */
export const SEUIL_NOM_SIMILAIRE = 0.45;

export type SaisieDoublon = {
  numeroAllocataire: string | null;
  /** "YYYY-MM-DD" */
  dateNaissance: string;
  telephone: string | null;
  email: string | null;
};

export type CandidatDoublon = {
  id: number;
  numeroAllocataire: string | null;
  dateNaissance: string;
  telephone: string | null;
  email: string | null;
  /** Best similarity between the typed nom / nom de naissance and the candidate's nom / nom de naissance. */
  similariteNom: number;
};

export type Echelon = 'ALLOCATAIRE' | 'NAISSANCE_NOM' | 'CONTACT';
const RANG: Record<Echelon, number> = { ALLOCATAIRE: 1, NAISSANCE_NOM: 2, CONTACT: 3 };

const allocataire = (v: string | null) => (v ? v.replace(/\s/g, '').toUpperCase() || null : null);
const email = (v: string | null) => (v ? v.trim().toLowerCase() || null : null);
const telephone = (v: string | null) => (v ? lireTelephone(v) : null);

/** The strongest rung a candidate reaches, or null when it is not a likely duplicate. */
export function echelonDoublon(saisie: SaisieDoublon, c: CandidatDoublon): Echelon | null {
  const alloc = allocataire(saisie.numeroAllocataire);
  if (alloc !== null && alloc === allocataire(c.numeroAllocataire)) return 'ALLOCATAIRE';
  if (saisie.dateNaissance === c.dateNaissance && c.similariteNom >= SEUIL_NOM_SIMILAIRE) return 'NAISSANCE_NOM';
  const tel = telephone(saisie.telephone);
  if (tel !== null && tel === telephone(c.telephone)) return 'CONTACT';
  const mail = email(saisie.email);
  if (mail !== null && mail === email(c.email)) return 'CONTACT';
  return null;
}

/** The likely duplicates, strongest rung first, then the most similar name, then the oldest record. */
export function classerDoublons(saisie: SaisieDoublon, candidats: readonly CandidatDoublon[]): { id: number; echelon: Echelon }[] {
  return candidats
    .flatMap((c) => {
      const echelon = echelonDoublon(saisie, c);
      return echelon ? [{ c, echelon }] : [];
    })
    .sort((x, y) => RANG[x.echelon] - RANG[y.echelon] || y.c.similariteNom - x.c.similariteNom || x.c.id - y.c.id)
    .map(({ c, echelon }) => ({ id: c.id, echelon }));
}

/** Whether the user has seen and dismissed every likely duplicate found now ("c'est une autre personne"). */
export function doublonsTousEcartes(trouves: readonly number[], ecartes: readonly number[]): boolean {
  return trouves.every((id) => ecartes.includes(id));
}
