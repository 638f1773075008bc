/**
 * The tables the generator fills, parents before children (foreign keys are checked row by row during
 * COPY), with the columns it writes in that order. Every column is written explicitly, timestamps
 * included, so that the same graine gives the same rows byte for byte.
 */
export type NomTable =
  | 'territoire' | 'eds' | 'commune' | 'structure_partenaire' | 'convention' | 'agent' | 'affectation' | 'population'
  | 'personne' | 'foyer' | 'appartenance' | 'dossier' | 'membre_equipe' | 'contact' | 'rendez_vous' | 'note'
  | 'diagnostic' | 'diagnostic_domaine' | 'objectif' | 'action' | 'contrat' | 'orientation_rsa' | 'constat_carence'
  | 'aide' | 'bilan' | 'ressource';

export const TABLES: readonly { nom: NomTable; colonnes: readonly string[]; serial: boolean }[] = [
  { nom: 'territoire', colonnes: ['id', 'code', 'nom'], serial: true },
  { nom: 'eds', colonnes: ['id', 'code', 'nom', 'adresse', 'telephone', 'territoire_id'], serial: true },
  { nom: 'commune', colonnes: ['code', 'nom', 'eds_id'], serial: false },
  { nom: 'structure_partenaire', colonnes: ['id', 'code', 'nom', 'type', 'actif'], serial: true },
  { nom: 'convention', colonnes: ['id', 'structure_id', 'debut', 'fin', 'quota'], serial: true },
  {
    nom: 'agent',
    colonnes: ['id', 'nom', 'prenom', 'email', 'role', 'niveau', 'password_hash', 'actif', 'structure_id', 'territoire_id', 'version', 'created_at', 'updated_at'],
    serial: true,
  },
  { nom: 'affectation', colonnes: ['id', 'agent_id', 'eds_id', 'debut', 'fin', 'quotite'], serial: true },
  { nom: 'population', colonnes: ['annee', 'population', 'cout_etpt_ts'], serial: false },
  {
    nom: 'personne',
    colonnes: ['id', 'nom', 'prenom', 'nom_naissance', 'date_naissance', 'sexe', 'numero_allocataire', 'telephone', 'email', 'version', 'created_at', 'updated_at'],
    serial: true,
  },
  { nom: 'foyer', colonnes: ['id', 'commune_code', 'adresse', 'date_ouverture', 'version', 'created_at', 'updated_at'], serial: true },
  { nom: 'appartenance', colonnes: ['id', 'personne_id', 'foyer_id', 'role', 'debut', 'fin'], serial: true },
  {
    nom: 'dossier',
    colonnes: ['id', 'foyer_id', 'eds_id', 'referent_id', 'sequence_declaree', 'statut', 'date_ouverture', 'date_mise_en_veille', 'date_archivage', 'version', 'updated_at'],
    serial: true,
  },
  { nom: 'membre_equipe', colonnes: ['id', 'dossier_id', 'agent_id', 'debut', 'fin'], serial: true },
  {
    nom: 'contact',
    colonnes: ['id', 'foyer_id', 'personne_id', 'eds_id', 'date', 'canal', 'agent_id', 'motif_code', 'motif', 'suite', 'urgence'],
    serial: true,
  },
  {
    nom: 'rendez_vous',
    colonnes: ['id', 'foyer_id', 'personne_id', 'agent_id', 'debut', 'duree_minutes', 'mode', 'statut', 'annule_par', 'compte_rendu', 'version', 'created_at', 'updated_at'],
    serial: true,
  },
  { nom: 'note', colonnes: ['id', 'foyer_id', 'auteur_id', 'date', 'texte'], serial: true },
  { nom: 'diagnostic', colonnes: ['id', 'foyer_id', 'date', 'agent_id', 'synthese', 'version'], serial: true },
  { nom: 'diagnostic_domaine', colonnes: ['diagnostic_id', 'domaine_code'], serial: false },
  { nom: 'objectif', colonnes: ['id', 'foyer_id', 'domaine_code', 'libelle', 'date', 'echeance', 'resultat', 'version'], serial: true },
  { nom: 'action', colonnes: ['id', 'foyer_id', 'objectif_id', 'date', 'type_code', 'domaine_code', 'libelle', 'partenaire', 'agent_id'], serial: true },
  { nom: 'contrat', colonnes: ['id', 'foyer_id', 'personne_id', 'type', 'debut', 'fin', 'date_signature', 'agent_id', 'version'], serial: true },
  { nom: 'orientation_rsa', colonnes: ['id', 'personne_id', 'debut', 'fin', 'orientation', 'structure_id', 'referent_id'], serial: true },
  { nom: 'constat_carence', colonnes: ['id', 'personne_id', 'date', 'motif'], serial: true },
  {
    nom: 'aide',
    colonnes: [
      'id', 'foyer_id', 'personne_id', 'dispositif_code', 'categorie', 'objet', 'montant', 'statut', 'date_demande', 'date_decision',
      'date_paiement', 'mode_paiement', 'instructeur_id', 'decideur_id', 'version',
    ],
    serial: true,
  },
  { nom: 'bilan', colonnes: ['id', 'foyer_id', 'date', 'motif_sortie_code', 'commentaire', 'agent_id'], serial: true },
  { nom: 'ressource', colonnes: ['id', 'foyer_id', 'annee', 'revenus_travail', 'retraite', 'allocations', 'autres'], serial: true },
];

/** Tables emptied by --reset (generator and demo seed): all but the reference lists, precomputed indicators included. */
export const TABLES_DU_DOMAINE = [
  'indicateur_resultat', 'audit_log', 'login_throttle', 'bilan', 'aide', 'ressource', 'constat_carence', 'orientation_rsa', 'contrat',
  'action', 'objectif', 'diagnostic_domaine', 'diagnostic', 'note', 'rendez_vous', 'contact', 'membre_equipe', 'dossier',
  'appartenance', 'foyer', 'personne', 'affectation', 'agent', 'convention', 'structure_partenaire', 'commune', 'eds',
  'territoire', 'population',
] as const;

/** French labels of the summary. */
export const LIBELLES: Record<NomTable, string> = {
  territoire: 'Territoires',
  eds: 'EDS',
  commune: 'Communes',
  structure_partenaire: 'Structures partenaires',
  convention: 'Conventions',
  agent: 'Agents',
  affectation: 'Affectations',
  population: 'Années de population',
  personne: 'Personnes',
  foyer: 'Foyers',
  appartenance: 'Appartenances',
  dossier: 'Dossiers',
  membre_equipe: "Membres d'équipe",
  contact: 'Fiches contact',
  rendez_vous: 'Rendez-vous',
  note: 'Notes',
  diagnostic: 'Diagnostics',
  diagnostic_domaine: 'Problématiques (diagnostics)',
  objectif: 'Objectifs',
  action: 'Actions',
  contrat: 'Contrats',
  orientation_rsa: 'Orientations RSA',
  constat_carence: 'Constats de carence',
  aide: 'Aides financières',
  bilan: 'Bilans',
  ressource: 'Ressources annuelles',
};
