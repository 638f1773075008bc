import { auDessusDuSeuil, chargeParEtpt, type ChargeTs } from './charge';

/** The TS of the foyer's secteur, as read today; `disponible` = active TS with an affectation in the EDS today. */
export type TsDuSecteur = ChargeTs & { agentId: number; nom: string; disponible: boolean };

export type SecteurPropose = { id: number; nom: string; ts: TsDuSecteur | null };

/** Who gets a new dossier: a TS (by secteur), or nobody yet (a queue), with why in plain French. */
export type Proposition =
  | { agentId: number; origine: 'SECTEUR'; motif: string }
  | { agentId: null; origine: 'SECTEUR' | 'REGULATION'; motif: string };

const nombre = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1 });

/**
 * The assignment rule of a new dossier (issue 6, item 4). Régulation: the team's queue until the weekly
 * meeting. Secteur: the TS of the foyer's secteur unless the secteur is unknown or vacant, its TS is not
 * (or no longer) available in the EDS, or is at or over the EDS's threshold — then the responsable's queue.
 */
export function proposerAttribution(input: { mode: 'SECTEUR' | 'REGULATION'; secteur: SecteurPropose | null; seuil: number | null }): Proposition {
  if (input.mode === 'REGULATION') return { agentId: null, origine: 'REGULATION', motif: 'En attente de la réunion de régulation.' };
  const { secteur, seuil } = input;
  if (!secteur) return { agentId: null, origine: 'SECTEUR', motif: 'Aucun secteur ne couvre l’adresse du foyer.' };
  if (!secteur.ts) return { agentId: null, origine: 'SECTEUR', motif: `${secteur.nom} : secteur vacant.` };
  if (!secteur.ts.disponible) return { agentId: null, origine: 'SECTEUR', motif: `${secteur.nom} : ${secteur.ts.nom} n’est pas en poste dans l’EDS aujourd’hui.` };
  if (auDessusDuSeuil(secteur.ts, seuil)) {
    const charge = chargeParEtpt(secteur.ts);
    return {
      agentId: null,
      origine: 'SECTEUR',
      motif: `${secteur.nom} : ${secteur.ts.nom} a atteint le seuil de charge (${nombre.format(charge ?? 0)} foyers par ETPT pour un seuil de ${seuil ?? '—'}).`,
    };
  }
  return { agentId: secteur.ts.agentId, origine: 'SECTEUR', motif: `${secteur.nom}.` };
}
