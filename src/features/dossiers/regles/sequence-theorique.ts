/**
 * The séquence a dossier should have given its honoured rendez-vous with a travailleur social over the last
 * 12 months (schéma départemental de 2013, Val-de-Marne L875): fewer than 3 → ACCUEIL, 3 to 6 → SUIVI,
 * more than 6 → ACCOMPAGNEMENT. Shown beside the séquence the TS declares.
 */
export type SequenceTheorique = 'ACCUEIL' | 'SUIVI' | 'ACCOMPAGNEMENT';

export function sequenceTheorique(rdvHonores12Mois: number): SequenceTheorique {
  if (rdvHonores12Mois > 6) return 'ACCOMPAGNEMENT';
  if (rdvHonores12Mois >= 3) return 'SUIVI';
  return 'ACCUEIL';
}
