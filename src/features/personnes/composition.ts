import 'server-only';
import { attribuerNouveauDossier } from '@/features/attribution/attribuer';
import { ActionError, assertVersion } from '@/server/action';
import type { Tx } from '@/server/db';
import { formatDate } from '@/ui/format';
import type { ErreurComposition, Periode } from './regles/composition';

/** "YYYY-MM-DD" of a `@db.Date` value. */
export const jourDe = (d: Date) => d.toISOString().slice(0, 10);
/** A `@db.Date` value of a day. */
export const colonne = (jour: string) => new Date(`${jour}T00:00:00.000Z`);

/** Every membership of a foyer (past, current, future), as the composition rules read them. */
export async function loadPeriodes(tx: Tx, foyerId: number): Promise<(Periode & { id: number; personneId: number })[]> {
  const rows = await tx.appartenance.findMany({
    where: { foyerId },
    orderBy: [{ debut: 'asc' }, { id: 'asc' }],
    select: { id: true, personneId: true, role: true, debut: true, fin: true, personne: { select: { nom: true, prenom: true, dateNaissance: true } } },
  });
  return rows.map((r) => ({
    id: r.id,
    personneId: r.personneId,
    role: r.role,
    debut: jourDe(r.debut),
    fin: r.fin ? jourDe(r.fin) : null,
    dateNaissance: jourDe(r.personne.dateNaissance),
    nom: `${r.personne.nom.toUpperCase()} ${r.personne.prenom}`,
  }));
}

/** The French message of a composition problem and the field it belongs to. */
export function messageComposition(e: ErreurComposition): { champ: 'role' | 'dateNaissance' | 'depuis'; message: string } {
  switch (e.type) {
    case 'DEUX_REFERENCES':
      return {
        champ: 'role',
        message: `Le foyer a déjà une personne de référence à cette date (${e.autre.nom ?? 'un autre membre'}, depuis le ${formatDate(e.autre.debut)}) : choisissez une autre place ou enregistrez d’abord son départ.`,
      };
    case 'ENFANT_TROP_AGE':
      return {
        champ: 'dateNaissance',
        message: `Un enfant du foyer doit être né au moins 12 ans après la personne de référence (${e.reference.nom ?? 'nouvelle personne de référence'}, née le ${formatDate(e.reference.dateNaissance)}) : vérifiez la date de naissance ou la place dans le foyer.`,
      };
    case 'ARRIVEE_AVANT_NAISSANCE':
      return { champ: 'depuis', message: 'La date d’arrivée dans le foyer ne peut pas précéder la date de naissance.' };
    case 'DATE_FUTURE':
      return { champ: 'depuis', message: 'La date d’arrivée ne peut pas être dans le futur.' };
  }
}

/** Refuses (rolled back, messages at the fields) when the composition rules found problems. */
export function assertComposition(erreurs: readonly ErreurComposition[], champs: Partial<Record<'role' | 'dateNaissance' | 'depuis', string>> = {}): void {
  if (erreurs.length === 0) return;
  const fieldErrors: Record<string, string[]> = {};
  for (const e of erreurs) {
    const { champ, message } = messageComposition(e);
    const cle = champs[champ] ?? champ;
    fieldErrors[cle] = [...(fieldErrors[cle] ?? []), message];
  }
  throw new ActionError('INVALIDE', 'Certains champs sont à corriger.', fieldErrors);
}

/** Optimistic locking of a composition: every change of a foyer's memberships bumps the foyer's version. */
export async function bumpVersionFoyer(tx: Tx, foyerId: number, version: number): Promise<void> {
  const { count } = await tx.foyer.updateMany({ where: { id: foyerId, version }, data: { version: { increment: 1 } } });
  assertVersion(count);
}

/** The commune must exist (a forged code answers at the field). */
export async function assertCommune(tx: Tx, code: string | undefined): Promise<void> {
  if (code !== undefined && !(await tx.commune.findUnique({ where: { code }, select: { code: true } }))) {
    throw new ActionError('INVALIDE', 'Certains champs sont à corriger.', { communeCode: ['Choisissez une commune de la liste.'] });
  }
}

/**
 * Opens a new foyer and its dossier in `edsId` (opened today), then assigns the dossier by the EDS's rule
 * (attribution feature), all in the caller's transaction.
 */
export async function ouvrirFoyer(
  tx: Tx,
  { edsId, adresse, communeCode, today, acteurId }: { edsId: number; adresse?: string; communeCode?: string; today: Date; acteurId: number },
): Promise<{ foyerId: number; dossierId: number }> {
  const foyer = await tx.foyer.create({ data: { adresse: adresse ?? null, communeCode: communeCode ?? null, dateOuverture: today }, select: { id: true } });
  const dossier = await tx.dossier.create({ data: { foyerId: foyer.id, edsId, dateOuverture: today }, select: { id: true } });
  await attribuerNouveauDossier(tx, dossier.id, acteurId);
  return { foyerId: foyer.id, dossierId: dossier.id };
}
