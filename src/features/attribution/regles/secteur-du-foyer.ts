import { extraireVoie } from './voie';

/** One piece of a secteur, as stored (the street already normalized by extraireVoie). */
export type ZoneSecteur = { secteurId: number; communeCode: string; voie: string | null; iris: string | null };

export type SecteurTrouve = { secteurId: number; par: 'VOIE' | 'COMMUNE' };

/**
 * The secteur of a foyer's address among the zones of its EDS: in a commune split by streets, the zone of
 * its street; otherwise (street not listed, or unreadable) the zone of the whole commune. Null when the
 * foyer has no commune or the commune is in no secteur: the dossier then waits in the queue.
 * IRIS zones are kept for the map but never match here: a foyer carries no IRIS code.
 * Zones are taken in the order given (by id): a street drawn twice by mistake goes to the first secteur.
 */
export function secteurDuFoyer(zones: readonly ZoneSecteur[], foyer: { communeCode: string | null; adresse: string | null }): SecteurTrouve | null {
  if (!foyer.communeCode) return null;
  const commune = zones.filter((z) => z.communeCode === foyer.communeCode);
  const voie = extraireVoie(foyer.adresse);
  if (voie) {
    const parVoie = commune.find((z) => z.voie !== null && extraireVoie(z.voie) === voie);
    if (parVoie) return { secteurId: parVoie.secteurId, par: 'VOIE' };
  }
  const entiere = commune.find((z) => z.voie === null && z.iris === null);
  return entiere ? { secteurId: entiere.secteurId, par: 'COMMUNE' } : null;
}
