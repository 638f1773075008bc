/**
 * Plausibility of a foyer's composition over time (issue 6, "Bad input"). Pure; days are "YYYY-MM-DD" strings
 * (they compare as text) and a membership covers [debut, fin], fin included, fin null = still there.
 * - one reference person at a time;
 * - a child is born at least ECART_MIN_PARENT_ENFANT years after the reference person it lives with;
 * - nobody arrives before being born, leaves before arriving, or arrives / leaves in the future.
 */
import type { RoleFoyer } from '@/generated/prisma/enums';

/** Below this age gap, a "child" is more likely a sibling or a data-entry error (a parent at 11). */
export const ECART_MIN_PARENT_ENFANT = 12;

export type Periode = { role: RoleFoyer; dateNaissance: string; debut: string; fin: string | null; nom?: string };

export type ErreurComposition =
  | { type: 'DEUX_REFERENCES'; autre: Periode }
  | { type: 'ENFANT_TROP_AGE'; enfant: Periode; reference: Periode }
  | { type: 'ARRIVEE_AVANT_NAISSANCE' }
  | { type: 'DATE_FUTURE' };

const FIN_DES_TEMPS = '9999-12-31';

export function chevauchent(a: { debut: string; fin: string | null }, b: { debut: string; fin: string | null }): boolean {
  return a.debut <= (b.fin ?? FIN_DES_TEMPS) && b.debut <= (a.fin ?? FIN_DES_TEMPS);
}

/** The same calendar day `annees` later ("2000-02-29" + 12 → "2012-02-29", compared as text: fine for a bound). */
function plusAnnees(jour: string, annees: number): string {
  return `${String(Number(jour.slice(0, 4)) + annees).padStart(4, '0')}${jour.slice(4)}`;
}

function enfantTropAge(enfant: Periode, reference: Periode): boolean {
  return chevauchent(enfant, reference) && enfant.dateNaissance < plusAnnees(reference.dateNaissance, ECART_MIN_PARENT_ENFANT);
}

/** What is wrong if `arrivant` joins a foyer whose memberships (past, current, future) are `membres`. */
export function verifierArrivee(membres: readonly Periode[], arrivant: Periode, aujourdhui: string): ErreurComposition[] {
  const erreurs: ErreurComposition[] = [];
  if (arrivant.debut > aujourdhui) erreurs.push({ type: 'DATE_FUTURE' });
  if (arrivant.debut < arrivant.dateNaissance) erreurs.push({ type: 'ARRIVEE_AVANT_NAISSANCE' });
  for (const m of membres) {
    if (arrivant.role === 'REFERENCE' && m.role === 'REFERENCE' && chevauchent(arrivant, m)) erreurs.push({ type: 'DEUX_REFERENCES', autre: m });
    if (arrivant.role === 'ENFANT' && m.role === 'REFERENCE' && enfantTropAge(arrivant, m)) erreurs.push({ type: 'ENFANT_TROP_AGE', enfant: arrivant, reference: m });
    if (arrivant.role === 'REFERENCE' && m.role === 'ENFANT' && enfantTropAge(m, arrivant)) erreurs.push({ type: 'ENFANT_TROP_AGE', enfant: m, reference: arrivant });
  }
  return erreurs;
}

/** Every problem of a whole composition (a new foyer born of a separation), each member checked against those before it. */
export function verifierComposition(membres: readonly Periode[], aujourdhui: string): ErreurComposition[] {
  return membres.flatMap((m, i) => verifierArrivee(membres.slice(0, i), m, aujourdhui));
}

export type ErreurFin = 'FIN_AVANT_DEBUT' | 'DATE_FUTURE' | null;

/** A departure: `fin` is the last day in the foyer. */
export function verifierDepart(periode: { debut: string }, fin: string, aujourdhui: string): ErreurFin {
  if (fin > aujourdhui) return 'DATE_FUTURE';
  if (fin < periode.debut) return 'FIN_AVANT_DEBUT';
  return null;
}
