/**
 * THE authorization module. Pure and synchronous: the UI uses it to hide what an acteur may not do,
 * the data layer uses it to refuse. Built from a few primitives (same EDS, case team, partner
 * structure). Unknown roles fail closed. Lists are filtered with the `scope…` functions below, so no
 * inline filter elsewhere decides who sees what.
 */
import type { Prisma } from '@/generated/prisma/client';
import type { Role } from '@/generated/prisma/enums';

export type ActeurPolicy = {
  id: number;
  role: Role;
  niveau: number;
  edsIds: readonly number[];
  structureId: number | null;
};

/** What policy needs to know about a foyer's dossier. */
export type DossierCible = {
  edsId: number;
  referentId: number | null;
  /** Agents of the case team today (besides the référent). */
  equipeIds: readonly number[];
  /** Partner structures to which a member of the foyer is oriented today (RSA). */
  structureIds: readonly number[];
};

// ── Primitives ──
const inEds = (a: ActeurPolicy, edsId: number) => a.edsIds.includes(edsId);
const isReferent = (a: ActeurPolicy, d: DossierCible) => d.referentId === a.id;
const isCaseTeam = (a: ActeurPolicy, d: DossierCible) => isReferent(a, d) || d.equipeIds.includes(a.id);
const isPartnerOf = (a: ActeurPolicy, d: DossierCible) =>
  a.role === 'PARTENAIRE' && a.structureId !== null && d.structureIds.includes(a.structureId);

// ── Foyers and dossiers ──
/** Identity, composition, agenda: the EDS staff of the foyer's EDS, or the partner it is oriented to. */
export function canReadFoyer(a: ActeurPolicy, d: DossierCible): boolean {
  switch (a.role) {
    case 'SECRETAIRE':
    case 'TRAVAILLEUR_SOCIAL':
    case 'RESPONSABLE_EDS':
    case 'RESPONSABLE_TERRITOIRE':
      return inEds(a, d.edsId);
    case 'PARTENAIRE':
      return isPartnerOf(a, d);
    default:
      return false;
  }
}

/** Social content of the dossier (diagnostic, objectives, actions, contracts, aids): social workers and managers. */
export function canReadSuivi(a: ActeurPolicy, d: DossierCible): boolean {
  if (!canReadFoyer(a, d)) return false;
  return a.role === 'TRAVAILLEUR_SOCIAL' || a.role === 'RESPONSABLE_EDS' || a.role === 'RESPONSABLE_TERRITOIRE' || isPartnerOf(a, d);
}

/** Comptes rendus and notes (secret partagé): the case team only — not the EDS manager, not the secrétaire. */
export function canReadConfidentiel(a: ActeurPolicy, d: DossierCible): boolean {
  return canReadFoyer(a, d) && isCaseTeam(a, d);
}

export function canWriteNote(a: ActeurPolicy, d: DossierCible): boolean {
  return canReadConfidentiel(a, d) && (a.role === 'TRAVAILLEUR_SOCIAL' || a.role === 'PARTENAIRE');
}

/** Administrative data of the dossier: social workers, managers, and secrétaires with the niveau 2 habilitation. */
export function canEditAdministratif(a: ActeurPolicy, d: DossierCible): boolean {
  if (!canReadFoyer(a, d) || a.role === 'PARTENAIRE') return false;
  return a.role !== 'SECRETAIRE' || a.niveau === 2;
}

// ── Agendas ──
export function canReadAgendaOf(a: ActeurPolicy, agent: { id: number; edsIds: readonly number[] }): boolean {
  if (a.id === agent.id) return a.role !== 'DIRECTION' && a.role !== 'ADMIN';
  if (a.role === 'SECRETAIRE' || a.role === 'RESPONSABLE_EDS' || a.role === 'RESPONSABLE_TERRITOIRE') {
    return agent.edsIds.some((e) => inEds(a, e));
  }
  return false;
}

// ── Steering ──
/** Indicators of one EDS (aggregates). */
export function canReadIndicateursEds(a: ActeurPolicy, edsId: number): boolean {
  if (a.role === 'DIRECTION') return true;
  return (a.role === 'RESPONSABLE_EDS' || a.role === 'RESPONSABLE_TERRITOIRE') && inEds(a, edsId);
}

export function canReadIndicateursDepartement(a: ActeurPolicy): boolean {
  return a.role === 'DIRECTION';
}

export function canAdminister(a: ActeurPolicy): boolean {
  return a.role === 'ADMIN';
}

// ── Scopes: Prisma filters for lists ──
const NOTHING = { id: { in: [] as number[] } };

/** Foyers an acteur may list (same rule as canReadFoyer). `today` is midnight UTC. */
export function scopeFoyers(a: ActeurPolicy, today: Date): Prisma.FoyerWhereInput {
  switch (a.role) {
    case 'SECRETAIRE':
    case 'TRAVAILLEUR_SOCIAL':
    case 'RESPONSABLE_EDS':
    case 'RESPONSABLE_TERRITOIRE':
      return { dossier: { edsId: { in: [...a.edsIds] } } };
    case 'PARTENAIRE':
      if (a.structureId === null) return NOTHING;
      return {
        appartenances: {
          some: {
            debut: { lte: today },
            OR: [{ fin: null }, { fin: { gte: today } }],
            personne: { orientations: { some: orientedTo(a.structureId, today) } },
          },
        },
      };
    default:
      return NOTHING;
  }
}

/** Rendez-vous an acteur may list: those of foyers in scope, or in their own agenda. */
export function scopeRendezVous(a: ActeurPolicy, today: Date): Prisma.RendezVousWhereInput {
  if (a.role === 'DIRECTION' || a.role === 'ADMIN') return NOTHING;
  return { OR: [{ agentId: a.id }, { foyer: scopeFoyers(a, today) }] };
}

export function orientedTo(structureId: number, today: Date): Prisma.OrientationRsaPersonneWhereInput {
  return { structureId, debut: { lte: today }, OR: [{ fin: null }, { fin: { gte: today } }] };
}

// ── Pages of the application (added with the role homes) ──
const EDS_ROLES: readonly Role[] = ['SECRETAIRE', 'TRAVAILLEUR_SOCIAL', 'RESPONSABLE_EDS', 'RESPONSABLE_TERRITOIRE'];

/** The accueil desk of the day (rdv and fiches contact of the EDS): secrétaires. */
export function canUseAccueil(a: ActeurPolicy): boolean {
  return a.role === 'SECRETAIRE';
}

/** An agenda page: their own for EDS staff; others' agendas are then checked with canReadAgendaOf. */
export function canUseAgenda(a: ActeurPolicy): boolean {
  return EDS_ROLES.includes(a.role);
}

/** Searching foyers by name: EDS staff (the results are then limited by scopeFoyers). */
export function canSearchFoyers(a: ActeurPolicy): boolean {
  return EDS_ROLES.includes(a.role);
}

/** The EDS dashboard (activity per TS, alerts): EDS and territory managers. */
export function canReadTableauDeBord(a: ActeurPolicy): boolean {
  return a.role === 'RESPONSABLE_EDS' || a.role === 'RESPONSABLE_TERRITOIRE';
}

/** The list of persons oriented to the partner's structure (empty without a structure). */
export function canReadPartenaireListe(a: ActeurPolicy): boolean {
  return a.role === 'PARTENAIRE';
}

/** Fiches contact an acteur may list: those of foyers in scope. */
export function scopeContacts(a: ActeurPolicy, today: Date): Prisma.ContactWhereInput {
  if (!EDS_ROLES.includes(a.role) && a.role !== 'PARTENAIRE') return NOTHING;
  return { foyer: scopeFoyers(a, today) };
}

/** EDS whose aggregates (dashboard, indicators) an acteur may read, among `edsIds`. */
export function scopeEdsIndicateurs(a: ActeurPolicy, edsIds: readonly number[]): number[] {
  return edsIds.filter((e) => canReadIndicateursEds(a, e));
}

// ── Indicators of the Cour's list (precomputed tables, /indicateurs) ──
/** The indicators page at all: the direction (département and every EDS), EDS and territory managers (their EDS). */
export function canUseIndicateurs(a: ActeurPolicy): boolean {
  return a.role === 'DIRECTION' || a.role === 'RESPONSABLE_EDS' || a.role === 'RESPONSABLE_TERRITOIRE';
}

/** Indicators of a scope: the département (edsId null, also its RSA population) or one EDS. Aggregates only. */
export function canReadIndicateurs(a: ActeurPolicy, edsId: number | null): boolean {
  return edsId === null ? canReadIndicateursDepartement(a) : canReadIndicateursEds(a, edsId);
}

/** Recomputing a scope's indicators now: whoever may read them. */
export function canRecalculerIndicateurs(a: ActeurPolicy, edsId: number | null): boolean {
  return canReadIndicateurs(a, edsId);
}

// ── Import of data in the exchange format (/administration/import) ──
/** Uploading an archive of the exchange format, which writes in every EDS: the administrator only. */
export function canImportDonnees(a: ActeurPolicy): boolean {
  return a.role === 'ADMIN';
}

// ── Accueil: fiches contact, contacts légers, journal de l'accueil (issue 6, items 3 and 6) ──
/** Who logs fiches contact at a desk: its secrétaires and travailleurs sociaux (TS of the day). */
const CONTACT_ROLES: readonly Role[] = ['SECRETAIRE', 'TRAVAILLEUR_SOCIAL'];

/** The fiche contact and light contact forms at all. */
export function canUseFicheContact(a: ActeurPolicy): boolean {
  return CONTACT_ROLES.includes(a.role);
}

/**
 * Logging a contact at a desk (a site of `deskEdsId`). The desk must be one of the acteur's EDS. The foyer
 * may belong to another EDS: a person may come to the nearest desk, and the note must reach their référent
 * (the contact counts for the desk's EDS). `dossier` null = light contact (no foyer).
 */
export function canCreateContact(a: ActeurPolicy, cible: { deskEdsId: number; dossier: DossierCible | null }): boolean {
  return canUseFicheContact(a) && inEds(a, cible.deskEdsId);
}

/** The list of a foyer's fiches contact (date, canal, motif, suite): EDS staff who read the foyer, not partners. */
export function canReadContactsFoyer(a: ActeurPolicy, d: DossierCible): boolean {
  return canReadFoyer(a, d) && a.role !== 'PARTENAIRE';
}

/**
 * The pre-evaluation note of a contact: the TS and managers of the foyer's EDS or of the desk that received
 * it (the TS who will take the request, the TS of the day for an urgency), and the case team. Not the
 * secrétaires (the note is social content once written), not partners.
 */
export function canReadNoteAccueil(a: ActeurPolicy, cible: { dossier: DossierCible | null; deskEdsId: number | null }): boolean {
  if (cible.dossier && canReadConfidentiel(a, cible.dossier) && a.role !== 'PARTENAIRE') return true;
  if (a.role !== 'TRAVAILLEUR_SOCIAL' && a.role !== 'RESPONSABLE_EDS' && a.role !== 'RESPONSABLE_TERRITOIRE') return false;
  return (cible.dossier !== null && inEds(a, cible.dossier.edsId)) || (cible.deskEdsId !== null && inEds(a, cible.deskEdsId));
}

/** The journal de l'accueil of an EDS (aggregates and open requests): its secrétaires, TS and managers. */
export function canReadJournalAccueil(a: ActeurPolicy, edsId: number): boolean {
  return EDS_ROLES.includes(a.role) && inEds(a, edsId);
}

/** "Urgences du jour" on the agenda: the TS of the EDS (permanence accueil-urgence). */
export function canReadUrgencesDuJour(a: ActeurPolicy): boolean {
  return a.role === 'TRAVAILLEUR_SOCIAL';
}

/** Contacts received at the desks of the acteur's EDS (whatever the foyer's EDS): EDS staff. */
export function scopeContactsRecus(a: ActeurPolicy): Prisma.ContactWhereInput {
  if (!EDS_ROLES.includes(a.role)) return NOTHING;
  return { edsId: { in: [...a.edsIds] } };
}

// ── Accueil: recherche de personnes (issue 6, item 1) ──
/** The desk roles: the secrétaires and the TS of the day (permanence accueil-urgence). */
const RECHERCHE_ROLES: readonly Role[] = ['SECRETAIRE', 'TRAVAILLEUR_SOCIAL'];

/** Searching persons from the accueil box, across the whole département (a person may come to any desk). */
export function canSearchPersonnes(a: ActeurPolicy): boolean {
  return RECHERCHE_ROLES.includes(a.role);
}

/**
 * What a search result shows: 'DOSSIER' (foyer, référent, séquence, last contact, next rdv) to the staff of
 * the foyer's EDS; 'IDENTITE' (identity, EDS, whether a TS follows the person: name and site) elsewhere, so
 * the desk routes the person to their référent instead of opening a twin dossier. Null: no search at all.
 */
export function niveauResultatRecherche(a: ActeurPolicy, d: DossierCible | null): 'DOSSIER' | 'IDENTITE' | null {
  if (!canSearchPersonnes(a)) return null;
  return d !== null && canReadFoyer(a, d) ? 'DOSSIER' : 'IDENTITE';
}

/** A person's phone and the foyer's address in a search result: EDS staff of the foyer; for a protected person, its case team only. */
export function canReadCoordonneesPersonne(a: ActeurPolicy, p: { protegee: boolean; dossier: DossierCible | null }): boolean {
  if (niveauResultatRecherche(a, p.dossier) !== 'DOSSIER' || p.dossier === null) return false;
  return !p.protegee || isCaseTeam(a, p.dossier);
}

/**
 * Persons a search may list: every person not merged into another. Matched by phone, a protected person is
 * listed only to its case team: finding her by a number would tell whoever typed it that the number is hers.
 */
export function scopePersonnesRecherche(a: ActeurPolicy, today: Date, critere: { parTelephone: boolean }): Prisma.PersonneWhereInput {
  if (!canSearchPersonnes(a)) return NOTHING;
  if (!critere.parTelephone) return { fusionneeDansId: null };
  const enCours = { debut: { lte: today }, OR: [{ fin: null }, { fin: { gte: today } }] };
  return {
    fusionneeDansId: null,
    OR: [
      { protegee: false },
      {
        appartenances: {
          some: { ...enCours, foyer: { dossier: { OR: [{ referentId: a.id }, { equipe: { some: { ...enCours, agentId: a.id } } }] } } },
        },
      },
    ],
  };
}

// ── Attribution des dossiers: secteurs, file « à attribuer », régulation (issue 6, item 4) ──
/** The attribution pages at all: EDS managers run them, territory managers read them for their EDS. */
export function canUseAttribution(a: ActeurPolicy): boolean {
  return a.role === 'RESPONSABLE_EDS' || a.role === 'RESPONSABLE_TERRITOIRE';
}

/** An EDS's queue, secteurs, régulation meetings and its dossiers' assignment history (read only). */
export function canReadAttribution(a: ActeurPolicy, edsId: number): boolean {
  return canUseAttribution(a) && inEds(a, edsId);
}

/**
 * Drawing the secteurs, setting the mode and threshold, assigning a dossier, recording a régulation
 * meeting: the responsable of the EDS only (the territory manager oversees, the team decides locally).
 */
export function canGererAttribution(a: ActeurPolicy, edsId: number): boolean {
  return a.role === 'RESPONSABLE_EDS' && inEds(a, edsId);
}

// ── Personnes et foyers: création, composition, doublons, fusion (issue 6, item 2) ──
/** Who opens a person's record at the desk: the secrétaires, the TS and the responsable of the EDS. */
const CREATION_PERSONNE_ROLES: readonly Role[] = ['SECRETAIRE', 'TRAVAILLEUR_SOCIAL', 'RESPONSABLE_EDS'];

/** The "nouvelle personne" form at all. */
export function canCreatePersonne(a: ActeurPolicy): boolean {
  return CREATION_PERSONNE_ROLES.includes(a.role);
}

/** Creating a person with a new foyer, whose dossier opens in `edsId`: one of the acteur's EDS. */
export function canCreateFoyer(a: ActeurPolicy, edsId: number): boolean {
  return canCreatePersonne(a) && inEds(a, edsId);
}

/**
 * Changing a foyer's composition (arrival, departure, separation): administrative data of the dossier, so the
 * same rule as canEditAdministratif (TS, managers, secrétaires with the niveau 2 habilitation), and only those
 * who create persons (not the responsable de territoire, who steers).
 */
export function canEditComposition(a: ActeurPolicy, d: DossierCible): boolean {
  return canEditAdministratif(a, d) && a.role !== 'RESPONSABLE_TERRITOIRE';
}

/**
 * Merging two records of the same person (and undoing it): the responsable d'EDS, when every dossier either
 * record belongs to is in her EDS (rows of another EDS's dossier would move under her decision otherwise).
 * Not the direction (it reads no dossier) nor the responsable de territoire (kept to steering).
 */
export function canFusionnerPersonnes(a: ActeurPolicy, cible: { dossiers: readonly DossierCible[] }): boolean {
  return a.role === 'RESPONSABLE_EDS' && cible.dossiers.length > 0 && cible.dossiers.every((d) => inEds(a, d.edsId));
}

/** The merge page at all (each merge is then checked with canFusionnerPersonnes). */
export function canUseFusion(a: ActeurPolicy): boolean {
  return a.role === 'RESPONSABLE_EDS';
}

/**
 * A protected person found among the likely duplicates only by phone or e-mail: listed to her case team only,
 * as in the search (scopePersonnesRecherche): listing her would tell whoever typed the number that it is hers.
 */
export function canListDoublonParContact(a: ActeurPolicy, p: { protegee: boolean; dossier: DossierCible | null }): boolean {
  return !p.protegee || (p.dossier !== null && isCaseTeam(a, p.dossier));
}

// ── Agenda : prise de rendez-vous à l'accueil (issue 6, item 5) ──
/** Who books a rdv at the desk: the secrétaires and the TS (the TS of the day, or for a colleague). */
const RESERVATION_ROLES: readonly Role[] = ['SECRETAIRE', 'TRAVAILLEUR_SOCIAL'];

/**
 * Booking a rdv for a foyer, in the agenda of a TS of its EDS: the secrétaires and TS of the foyer's EDS.
 * Not the managers (they read agendas, the desk fills them), not partners, not another EDS's desk (a person
 * who comes to another desk is passed to their référent with a fiche contact).
 */
export function canBookRendezVous(a: ActeurPolicy, d: DossierCible): boolean {
  return RESERVATION_ROLES.includes(a.role) && inEds(a, d.edsId);
}
