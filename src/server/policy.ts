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
