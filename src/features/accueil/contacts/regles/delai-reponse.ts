/**
 * The 48-hour answer target of the accueil (seed 000, L390, L877).
 * A REQUEST is a fiche contact of a foyer whose suite asks the service to come back: RENDEZ_VOUS (a rdv is
 * to be booked) or TRANSMIS_REFERENT (the référent is to call back). An ANSWER is a rdv of the foyer created
 * after it for a date after it (whatever its later status: the person has a date) — its answer instant is the
 * earlier of its creation and its start —, or a later contact of the foyer logged by its référent. A request stays open while no answer came at or after it; several requests before the answer are
 * one request, dated by the FIRST (the time since the first contact is what the person lived).
 * Hours are calendar hours: a request on Friday evening is late on Sunday evening (the target says 48 hours).
 */
export const DELAI_REPONSE_HEURES = 48;

export const SUITES_DEMANDE = ['RENDEZ_VOUS', 'TRANSMIS_REFERENT'] as const;

const HEURE_MS = 3_600_000;

/** The start of the open request (its first contact after the last answer), or null when every request was answered. */
export function debutDemandeOuverte(demandes: readonly Date[], derniereReponse: Date | null): Date | null {
  let debut: Date | null = null;
  for (const d of demandes) {
    // An answer at the very instant of the request answers it (a référent logging their own rdv contact).
    if (derniereReponse !== null && d.getTime() <= derniereReponse.getTime()) continue;
    if (debut === null || d.getTime() < debut.getTime()) debut = d;
  }
  return debut;
}

/** Whole hours elapsed since the first contact of the request (0 if in the future). */
export function heuresEcoulees(debut: Date, now: Date): number {
  return Math.max(0, Math.floor((now.getTime() - debut.getTime()) / HEURE_MS));
}

/** Beyond the target: strictly more than 48 hours since the first contact. */
export function delaiDepasse(debut: Date, now: Date): boolean {
  return now.getTime() - debut.getTime() > DELAI_REPONSE_HEURES * HEURE_MS;
}

/** "3 h", "2 j 5 h": the waiting time as the desk reads it. */
export function formatAttente(heures: number): string {
  if (heures < 24) return `${heures} h`;
  const jours = Math.floor(heures / 24);
  const reste = heures % 24;
  return reste === 0 ? `${jours} j` : `${jours} j ${reste} h`;
}
