/**
 * A TS's workload against the EDS's threshold (Eds.seuilFileActive, foyers per ETPT).
 * File active: distinct foyers with an honoured rdv with the TS over the last 12 months (the indicators'
 * definition, on a rolling year: moisAvant(today, 12) to now). ETPT: the sum of the TS's quotités in the EDS today.
 */
export type ChargeTs = { fileActive: number; etpt: number };

/** Foyers per ETPT, or null without ETPT today (no affectation: the TS cannot take a dossier). */
export function chargeParEtpt(c: ChargeTs): number | null {
  return c.etpt > 0 ? c.fileActive / c.etpt : null;
}

/**
 * True when the TS may not receive a new dossier by secteur: at or above the threshold (one more foyer
 * would put them over it), or without ETPT. No threshold set: never over.
 */
export function auDessusDuSeuil(c: ChargeTs, seuil: number | null): boolean {
  const charge = chargeParEtpt(c);
  if (charge === null) return true;
  return seuil !== null && charge >= seuil;
}
