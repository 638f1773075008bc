import 'server-only';
import type { Acteur } from '@/server/acteur';
import { writeAudit } from '@/server/audit';
import { db } from '@/server/db';
import { startOfTodayUtc } from '@/server/dates';
import { canReadConfidentiel, canReadFoyer, canReadSuivi, canSearchFoyers, canWriteNote, scopeFoyers } from '@/server/policy';
import { loadDossierCible } from './cible';
import { loadParcours, type ParcoursDto } from './parcours';
import { jourParis } from '@/features/agenda/regles/calendrier-paris';

export type MembreDto = { personneId: number; nom: string; prenom: string; dateNaissance: Date; sexe: string; role: string };
export type RendezVousDto = { id: number; debut: Date; mode: string; statut: string; agent: string; compteRendu?: string | null };
export type FoyerPageDto = {
  id: number;
  adresse: string | null;
  commune: string | null;
  eds: string;
  referent: string | null;
  sequenceDeclaree: string;
  statut: string;
  membres: MembreDto[];
  rendezVous: RendezVousDto[];
  notes: { id: number; date: Date; texte: string }[] | null;
  /** Computed séquence and PAS: social content, for those who read the follow-up. */
  parcours: ParcoursDto | null;
  droits: { suivi: boolean; confidentiel: boolean; ecrireNote: boolean };
};

/**
 * The dossier page of a foyer, or null when it does not exist or is out of the acteur's scope
 * (both answer "not found"). Comptes rendus and notes are only selected for the case team.
 * The read is audited.
 */
export async function getFoyerPage(acteur: Acteur, foyerId: number): Promise<FoyerPageDto | null> {
  const today = startOfTodayUtc();
  const cible = await loadDossierCible(db, foyerId, today);
  if (!cible || !canReadFoyer(acteur, cible)) return null;
  const confidentiel = canReadConfidentiel(acteur, cible);
  const suivi = canReadSuivi(acteur, cible);

  const foyer = await db.foyer.findUniqueOrThrow({
    where: { id: foyerId },
    select: {
      id: true,
      adresse: true,
      communeCode: true,
      dossier: { select: { sequenceDeclaree: true, statut: true, eds: { select: { nom: true } }, referent: { select: { nom: true, prenom: true } } } },
      appartenances: {
        where: { OR: [{ fin: null }, { fin: { gte: today } }] },
        orderBy: [{ role: 'asc' }, { debut: 'asc' }],
        select: { role: true, personne: { select: { id: true, nom: true, prenom: true, dateNaissance: true, sexe: true } } },
      },
      rendezVous: {
        orderBy: { debut: 'desc' },
        take: 20,
        select: { id: true, debut: true, mode: true, statut: true, compteRendu: confidentiel, agent: { select: { nom: true, prenom: true } } },
      },
      notes: confidentiel ? { orderBy: { date: 'desc' }, select: { id: true, date: true, texte: true } } : false,
    },
  });
  const commune = foyer.communeCode ? await db.commune.findUnique({ where: { code: foyer.communeCode }, select: { nom: true } }) : null;
  const parcours = suivi ? await loadParcours(db, foyerId, jourParis(new Date())) : null;

  await db.$transaction((tx) =>
    writeAudit(tx, acteur.id, { action: 'LECTURE', objet: 'Foyer', objetId: foyerId, foyerId, details: { confidentiel } }),
  );

  return {
    id: foyer.id,
    adresse: foyer.adresse,
    commune: commune?.nom ?? null,
    eds: foyer.dossier?.eds.nom ?? '',
    referent: foyer.dossier?.referent ? `${foyer.dossier.referent.prenom} ${foyer.dossier.referent.nom}` : null,
    sequenceDeclaree: foyer.dossier?.sequenceDeclaree ?? 'ACCUEIL',
    statut: foyer.dossier?.statut ?? 'ACTIF',
    membres: foyer.appartenances.map((a) => ({
      personneId: a.personne.id,
      nom: a.personne.nom,
      prenom: a.personne.prenom,
      dateNaissance: a.personne.dateNaissance,
      sexe: a.personne.sexe,
      role: a.role,
    })),
    rendezVous: foyer.rendezVous.map((r) => ({
      id: r.id,
      debut: r.debut,
      mode: r.mode,
      statut: r.statut,
      agent: `${r.agent.prenom} ${r.agent.nom}`,
      ...(confidentiel ? { compteRendu: r.compteRendu ?? null } : {}),
    })),
    notes: confidentiel ? (foyer.notes ?? []) : null,
    parcours,
    droits: { suivi, confidentiel, ecrireNote: canWriteNote(acteur, cible) },
  };
}

export type FoyerListeDto = { id: number; nomReference: string; commune: string | null; eds: string; referent: string | null };

/** Search foyers in scope by the name of one of their members (accueil, agenda). */
export async function searchFoyers(acteur: Acteur, terme: string, limit = 20): Promise<FoyerListeDto[]> {
  const today = startOfTodayUtc();
  const q = terme.trim();
  const foyers = await db.foyer.findMany({
    where: {
      AND: [
        scopeFoyers(acteur, today),
        q ? { appartenances: { some: { personne: { OR: [{ nom: { contains: q, mode: 'insensitive' } }, { prenom: { contains: q, mode: 'insensitive' } }] } } } } : {},
      ],
    },
    orderBy: { id: 'asc' },
    take: limit,
    select: {
      id: true,
      communeCode: true,
      dossier: { select: { eds: { select: { nom: true } }, referent: { select: { nom: true, prenom: true } } } },
      appartenances: { where: { role: 'REFERENCE' }, orderBy: { debut: 'desc' }, take: 1, select: { personne: { select: { nom: true, prenom: true } } } },
    },
  });
  return foyers.map((f) => ({
    id: f.id,
    nomReference: f.appartenances[0] ? `${f.appartenances[0].personne.nom.toUpperCase()} ${f.appartenances[0].personne.prenom}` : `Foyer n° ${f.id}`,
    commune: f.communeCode,
    eds: f.dossier?.eds.nom ?? '',
    referent: f.dossier?.referent ? `${f.dossier.referent.prenom} ${f.dossier.referent.nom}` : null,
  }));
}

// ── Shared by the lists of other features (accueil, agenda, partenaires) ──

/** Select of a foyer's current reference person, for lists. */
export const referenceSelect = {
  appartenances: { where: { role: 'REFERENCE' }, orderBy: { debut: 'desc' }, take: 1, select: { personne: { select: { nom: true, prenom: true } } } },
} as const;

/** "NOM Prénom" of the reference person, or "Foyer n° 12" when the foyer has none. */
export function nomReference(foyer: { id: number; appartenances: { personne: { nom: string; prenom: string } }[] }): string {
  const p = foyer.appartenances[0]?.personne;
  return p ? `${p.nom.toUpperCase()} ${p.prenom}` : `Foyer n° ${foyer.id}`;
}

export type RechercheFoyersDto = { terme: string; resultats: FoyerListeDto[] | null };

/**
 * The foyer search page: null when the acteur's role may not search (the page answers 404);
 * no search below 2 characters; each search is audited with what it listed.
 */
export async function getRechercheFoyers(acteur: Acteur, terme: string): Promise<RechercheFoyersDto | null> {
  if (!canSearchFoyers(acteur)) return null;
  const q = terme.trim().slice(0, 100);
  if (q.length < 2) return { terme: q, resultats: null };
  const resultats = await searchFoyers(acteur, q, 50);
  await db.$transaction((tx) =>
    writeAudit(tx, acteur.id, { action: 'LECTURE', objet: 'RechercheFoyers', details: { terme: q, nombre: resultats.length, foyerIds: resultats.map((f) => f.id) } }),
  );
  return { terme: q, resultats };
}
