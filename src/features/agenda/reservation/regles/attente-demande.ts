/**
 * How the 48-hour answer target reads on the booking page: "Demande reçue il y a 2 jours et 3 heures —
 * objectif 48 h dépassé". The rule itself (what a request is, what answers it, when it is late) is the
 * accueil's, in accueil/contacts/regles/delai-reponse.ts: this file only words it.
 */
import { DELAI_REPONSE_HEURES, delaiDepasse, heuresEcoulees } from '@/features/accueil/contacts/regles/delai-reponse';

export type AttenteDemande = { heures: number; depasse: boolean; texte: string };

const pluriel = (n: number, mot: string) => `${n} ${mot}${n > 1 ? 's' : ''}`;

/** "moins d’une heure", "5 heures", "1 jour", "2 jours et 3 heures". */
export function dureeEnClair(heures: number): string {
  if (heures < 1) return 'moins d’une heure';
  const jours = Math.floor(heures / 24);
  const reste = heures % 24;
  if (jours === 0) return pluriel(reste, 'heure');
  return reste === 0 ? pluriel(jours, 'jour') : `${pluriel(jours, 'jour')} et ${pluriel(reste, 'heure')}`;
}

/** The waiting time since the first contact of the open request, and whether the target is missed. */
export function attenteDemande(debut: Date, now: Date): AttenteDemande {
  const heures = heuresEcoulees(debut, now);
  const depasse = delaiDepasse(debut, now);
  const objectif = depasse ? `objectif ${DELAI_REPONSE_HEURES} h dépassé` : `dans l’objectif de ${DELAI_REPONSE_HEURES} h`;
  return { heures, depasse, texte: `Demande reçue il y a ${dureeEnClair(heures)} — ${objectif}` };
}
