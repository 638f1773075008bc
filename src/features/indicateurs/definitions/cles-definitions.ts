/**
 * Labels and exact rules of the key indicators (indicateurs.md §4, Val-de-Marne table n° 1), keyed like the
 * object `calculerIndicateursCles` returns: shown in the xlsx and csv exports beside the 55 definitions.
 */
export const DEFINITIONS_CLES: Record<string, { libelle: string; definition: string }> = {
  file_active_par_etpt: {
    libelle: 'File active par travailleur social (par ETPT)',
    definition:
      "Foyers ayant une PAS (information ou accompagnement) en cours dans l'année, comptés une fois même s'ils ont eu les deux types, rapportés à l'ETPT des travailleurs sociaux de l'année (indicateur 44).",
  },
  file_active_par_ts: {
    libelle: 'File active de chaque travailleur social',
    definition: "Pour chaque travailleur social : foyers distincts ayant eu au moins un rendez-vous honoré avec lui dans l'année.",
  },
  rdv_par_etpt: { libelle: 'Rendez-vous par travailleur social (par ETPT)', definition: 'Indicateur 49 : rendez-vous honorés de l’année rapportés à l’ETPT.' },
  rdv_par_foyer_accompagne: {
    libelle: 'Rendez-vous par foyer accompagné et par an',
    definition: 'Indicateur 19, type accompagnement : rendez-vous honorés de l’année des PAS d’accompagnement, par foyer en accompagnement.',
  },
  proportion_accompagnes: {
    libelle: 'Proportion de foyers accompagnés parmi les foyers avec rendez-vous',
    definition: 'Indicateur 6 : foyers en accompagnement parmi les foyers en information ou en accompagnement, par année.',
  },
  duree_moyenne_accompagnement_jours: {
    libelle: 'Durée moyenne de la période d’accompagnement (jours)',
    definition: 'Moyenne de (fin − début), en jours, des PAS d’accompagnement terminées à la date de référence dont la fin est dans la période.',
  },
  part_accompagnes_7_rdv_ou_plus: {
    libelle: 'Proportion de foyers accompagnés avec 7 rendez-vous ou plus',
    definition:
      'Foyers ayant une PAS d’accompagnement en cours dans la période, dont au moins une PAS d’accompagnement compte 7 rendez-vous honorés ou plus (toute la PAS, connue à la date de référence), rapportés à tous ces foyers.',
  },
  taux_sorties_positives: {
    libelle: 'Taux de sorties positives',
    definition:
      'Comme l’indicateur 42 : bilans datés dans la période, des foyers du périmètre, dont le motif de sortie est classé positif (référentiel des motifs), rapportés à tous ces bilans (chaque bilan porte un motif).',
  },
  cout_personne_information: {
    libelle: 'Coût d’une personne en information (aides comprises)',
    definition:
      "Par année : coût annuel saisi d'un ETPT de travailleur social × ETPT de l'année (indicateur 44) × part des rendez-vous honorés de l'année appartenant à des PAS d'information (le temps de travail est réparti entre information et accompagnement au prorata des rendez-vous, pour ne pas le compter deux fois), plus les aides payées dans l'année aux foyers ayant une PAS d'information en cours, divisé par les personnes de référence de ces foyers (indicateur 2). Indisponible tant que le coût d'un ETPT n'est pas saisi pour l'année.",
  },
  cout_personne_accompagnement: {
    libelle: 'Coût d’une personne en accompagnement (aides comprises)',
    definition:
      "Comme le coût d'une personne en information, pour les PAS d'accompagnement : coût des ETPT × part des rendez-vous honorés de l'année appartenant à des PAS d'accompagnement, plus les aides payées dans l'année aux foyers en accompagnement, divisé par leurs personnes de référence (indicateur 3).",
  },
};
