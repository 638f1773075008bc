import type {
  Canal,
  ClasseSortie,
  ModeRendezVous,
  OrientationRsa,
  Role,
  RoleFoyer,
  Sequence,
  StatutDossier,
  StatutRendezVous,
  SuiteContact,
  TypeStructure,
} from '@/generated/prisma/enums';
import type { TrancheAge, TypeSite } from '@/generated/prisma/enums';

/** French labels of the domain's fixed codes (the reference lists an admin extends carry their own labels). */
export const ROLES: Record<Role, string> = {
  SECRETAIRE: 'Secrétaire',
  TRAVAILLEUR_SOCIAL: 'Travailleur social',
  RESPONSABLE_EDS: "Responsable d'EDS",
  RESPONSABLE_TERRITOIRE: 'Responsable de territoire',
  DIRECTION: 'Direction',
  ADMIN: 'Administrateur',
  PARTENAIRE: 'Partenaire',
};

export const MODES_RDV: Record<ModeRendezVous, string> = {
  PRESENTIEL: 'Présentiel',
  TELEPHONE: 'Téléphone',
  DOMICILE: 'Visite à domicile',
};

export const STATUTS_RDV: Record<StatutRendezVous, string> = {
  PROGRAMME: 'Programmé',
  HONORE: 'Honoré',
  NON_HONORE: 'Non honoré',
  ANNULE: 'Annulé',
};

export const SEQUENCES: Record<Sequence, string> = {
  ACCUEIL: 'Accueil',
  SUIVI: 'Suivi',
  ACCOMPAGNEMENT: 'Accompagnement',
  HORS_SEQUENCE: 'Hors séquence (RSA)',
  EN_VEILLE: 'En veille',
  A_ARCHIVER: 'À archiver',
  ARCHIVE: 'Archivé',
};

export const STATUTS_DOSSIER: Record<StatutDossier, string> = {
  ACTIF: 'Actif',
  EN_VEILLE: 'En veille',
  A_ARCHIVER: 'À archiver',
  ARCHIVE: 'Archivé',
};

export const ROLES_FOYER: Record<RoleFoyer, string> = {
  REFERENCE: 'Personne de référence',
  CONJOINT: 'Conjoint(e)',
  ENFANT: 'Enfant',
  AUTRE: 'Autre',
};

export const CANAUX: Record<Canal, string> = {
  PHYSIQUE: 'Accueil physique',
  TELEPHONE: 'Téléphone',
  COURRIER_COURRIEL: 'Courrier ou courriel',
};

export const SUITES_CONTACT: Record<SuiteContact, string> = {
  INFORMATION: 'Information donnée',
  ORIENTATION_PARTENAIRE: 'Orientation vers un partenaire',
  RENDEZ_VOUS: 'Rendez-vous fixé',
  URGENCE: 'Urgence',
  AUTRE: 'Autre',
  TRANSMIS_REFERENT: 'Transmis au référent',
};

export const CLASSES_SORTIE: Record<ClasseSortie, string> = {
  POSITIVE: 'Positive',
  NEUTRE: 'Neutre',
  NEGATIVE: 'Négative',
};

export const ORIENTATIONS_RSA: Record<OrientationRsa, string> = {
  SOCIALE_DEPARTEMENT: 'Sociale (département)',
  SOCIALE_PARTENAIRE: 'Sociale (partenaire)',
  SOCIO_PROFESSIONNELLE: 'Socio-professionnelle',
  PROFESSIONNELLE: 'Professionnelle',
  ACCOMPAGNEMENT_GLOBAL: 'Accompagnement global',
};

export const TYPES_STRUCTURE: Record<TypeStructure, string> = {
  CCAS: 'CCAS',
  ASSOCIATION: 'Association',
  CAF: 'Caf',
  FRANCE_TRAVAIL: 'France Travail',
  AUTRE: 'Autre',
};

export const SEXES: Record<'F' | 'M', string> = { F: 'Femme', M: 'Homme' };

/** The label of a code, or the code itself when the list does not know it (never a blank cell). */
export function libelle<K extends string>(liste: Record<K, string>, code: string | null | undefined): string {
  if (code == null) return '—';
  return (liste as Record<string, string>)[code] ?? code;
}

// ── Accueil: sites and light contacts (issue 6) ──
export const TYPES_SITE: Record<TypeSite, string> = {
  EDS: 'EDS',
  ANTENNE: 'Antenne',
  PERMANENCE: 'Permanence',
  BUS: 'Bus itinérant',
};

export const TRANCHES_AGE: Record<TrancheAge, string> = {
  MOINS_25: 'Moins de 25 ans',
  DE_25_A_39: '25 à 39 ans',
  DE_40_A_59: '40 à 59 ans',
  DE_60_ET_PLUS: '60 ans et plus',
  INCONNUE: 'Âge inconnu',
};

// ── Attribution des dossiers (issue 6, item 4) ──
export const MODES_ATTRIBUTION: Record<'SECTEUR' | 'REGULATION', string> = {
  SECTEUR: 'Par secteur',
  REGULATION: 'En réunion de régulation',
};

export const ORIGINES_ATTRIBUTION: Record<'SECTEUR' | 'REGULATION' | 'MANUELLE', string> = {
  SECTEUR: 'Secteur',
  REGULATION: 'Réunion de régulation',
  MANUELLE: 'Décision du responsable',
};
