import 'server-only';
import { jourParis } from '@/features/agenda/regles/calendrier-paris';
import { loadDossierCible } from '@/features/dossiers/cible';
import type { Acteur } from '@/server/acteur';
import { writeAudit } from '@/server/audit';
import { startOfTodayUtc } from '@/server/dates';
import { db, type Tx } from '@/server/db';
import { canCreateFoyer, canCreatePersonne, canEditComposition, canFusionnerPersonnes, canReadFoyer, canUseFusion } from '@/server/policy';
import { jourDe } from './composition';
import { findDoublons, type DoublonDto } from './doublons';
import { compterLiens, loadDossiersDesPersonnes, type TableLien } from './fusion-liens';
import { detailsFusionSchema, libelleTable, loadFusion } from './mutations-fusion';
import { lireJour } from './schemas';

type Option = { value: string; label: string };

/** Communes of the given EDS, for the address of a new foyer. */
async function communesDesEds(client: Tx | typeof db, edsIds: readonly number[]): Promise<Option[]> {
  const communes = await client.commune.findMany({ where: { edsId: { in: [...edsIds] } }, orderBy: { nom: 'asc' }, select: { code: true, nom: true } });
  return communes.map((c) => ({ value: c.code, label: c.nom }));
}

/** Names typed in the search box, to pre-fill the form ("DUPONT Marie 05/03/1980" → nom, prénom, date). */
export function lirePreRemplissage(q: string): { nom: string; prenom: string; dateNaissance: string } {
  const mots = q.trim().slice(0, 100).split(/\s+/).filter(Boolean);
  const date = mots.map((m) => lireJour(m)).find((j) => j !== null) ?? '';
  const noms = mots.filter((m) => /\p{L}/u.test(m));
  return { nom: noms[0] ?? '', prenom: noms.slice(1).join(' '), dateNaissance: date };
}

export type MembreResumeDto = { nom: string; role: string; dateNaissance: string };
export type NouvellePersonneFormulaireDto = {
  aujourdhui: string;
  eds: Option[];
  communes: Option[];
  /** Joining an existing foyer; null: a new foyer. */
  foyer: { id: number; version: number; libelle: string; membres: MembreResumeDto[] } | null;
  preRemplissage: { nom: string; prenom: string; dateNaissance: string };
};

/**
 * The "nouvelle personne" form: the acteur's EDS and their communes for a new foyer, or the foyer to join
 * (its current members, read only by those who may change its composition; audited). Null = 404.
 */
export async function getNouvellePersonneFormulaire(acteur: Acteur, foyerId: number | null, q: string): Promise<NouvellePersonneFormulaireDto | null> {
  if (!canCreatePersonne(acteur)) return null;
  const today = startOfTodayUtc();
  const base = { aujourdhui: jourParis(new Date()), preRemplissage: lirePreRemplissage(q) };
  if (foyerId === null) {
    const edsIds = acteur.edsIds.filter((e) => canCreateFoyer(acteur, e));
    if (edsIds.length === 0) return null;
    const eds = await db.eds.findMany({ where: { id: { in: edsIds } }, orderBy: { nom: 'asc' }, select: { id: true, nom: true } });
    return { ...base, eds: eds.map((e) => ({ value: String(e.id), label: e.nom })), communes: await communesDesEds(db, edsIds), foyer: null };
  }
  const cible = await loadDossierCible(db, foyerId, today);
  if (!cible || !canEditComposition(acteur, cible)) return null;
  return db.$transaction(async (tx) => {
    const foyer = await tx.foyer.findUniqueOrThrow({
      where: { id: foyerId },
      select: {
        id: true,
        version: true,
        appartenances: {
          where: { OR: [{ fin: null }, { fin: { gte: today } }] },
          orderBy: [{ role: 'asc' }, { debut: 'asc' }],
          select: { role: true, personne: { select: { nom: true, prenom: true, dateNaissance: true } } },
        },
      },
    });
    await writeAudit(tx, acteur.id, { action: 'LECTURE', objet: 'Composition', objetId: foyerId, foyerId, details: { formulaire: 'nouvelle-personne' } });
    const membres = foyer.appartenances.map((a) => ({ nom: `${a.personne.nom.toUpperCase()} ${a.personne.prenom}`, role: a.role, dateNaissance: jourDe(a.personne.dateNaissance) }));
    const reference = foyer.appartenances.find((a) => a.role === 'REFERENCE');
    return {
      ...base,
      eds: [],
      communes: [],
      foyer: { id: foyer.id, version: foyer.version, libelle: reference ? `Foyer de ${reference.personne.nom.toUpperCase()} ${reference.personne.prenom}` : `Foyer n° ${foyer.id}`, membres },
    };
  });
}

export type AppartenanceDto = { id: number; personneId: number; nom: string; dateNaissance: string; role: string; debut: string; fin: string | null; enCours: boolean };
export type CompositionDto = {
  foyerId: number;
  version: number;
  libelle: string;
  aujourdhui: string;
  /** Every membership, past and current (the history is kept). */
  historique: AppartenanceDto[];
  communes: Option[];
  peutModifier: boolean;
};

/** The composition page of a foyer: its whole history for EDS staff who read the foyer; the forms for those who may change it. */
export async function getCompositionFoyer(acteur: Acteur, foyerId: number): Promise<CompositionDto | null> {
  const today = startOfTodayUtc();
  const aujourdhui = jourDe(today);
  const cible = await loadDossierCible(db, foyerId, today);
  if (!cible || !canReadFoyer(acteur, cible) || acteur.role === 'PARTENAIRE') return null;
  const peutModifier = canEditComposition(acteur, cible);
  return db.$transaction(async (tx) => {
    const foyer = await tx.foyer.findUniqueOrThrow({
      where: { id: foyerId },
      select: {
        id: true,
        version: true,
        appartenances: {
          orderBy: [{ debut: 'asc' }, { id: 'asc' }],
          select: { id: true, role: true, debut: true, fin: true, personne: { select: { id: true, nom: true, prenom: true, dateNaissance: true } } },
        },
      },
    });
    await writeAudit(tx, acteur.id, { action: 'LECTURE', objet: 'Composition', objetId: foyerId, foyerId, details: { historique: foyer.appartenances.length } });
    const historique = foyer.appartenances.map((a) => {
      const debut = jourDe(a.debut);
      const fin = a.fin ? jourDe(a.fin) : null;
      return {
        id: a.id,
        personneId: a.personne.id,
        nom: `${a.personne.nom.toUpperCase()} ${a.personne.prenom}`,
        dateNaissance: jourDe(a.personne.dateNaissance),
        role: a.role,
        debut,
        fin,
        enCours: debut <= aujourdhui && (fin === null || fin >= aujourdhui),
      };
    });
    const reference = historique.find((a) => a.enCours && a.role === 'REFERENCE');
    return {
      foyerId,
      version: foyer.version,
      libelle: reference ? `Foyer de ${reference.nom}` : `Foyer n° ${foyerId}`,
      aujourdhui,
      historique,
      communes: peutModifier ? await communesDesEds(tx, [cible.edsId]) : [],
      peutModifier,
    };
  });
}

// ── Fusion ──

export type FicheFusionDto = {
  id: number;
  version: number;
  nom: string;
  prenom: string;
  nomNaissance: string | null;
  dateNaissance: string;
  numeroAllocataire: string | null;
  foyers: { id: number; eds: string; role: string; enCours: boolean }[];
  liens: { table: TableLien; libelle: string; nombre: number }[];
};
export type FusionRecenteDto = { auditId: string; at: Date; garder: string; doublon: string; annulee: boolean };
export type FusionPageDto = {
  recherche: { nom: string; naissance: string; message: string | null; candidats: DoublonDto[] | null };
  comparaison: { garder: FicheFusionDto; doublon: FicheFusionDto } | null;
  /** A comparison was asked for records out of scope, unknown or already merged. */
  comparaisonIntrouvable: boolean;
  recentes: FusionRecenteDto[];
};

async function ficheFusion(tx: Tx, id: number, today: Date): Promise<FicheFusionDto | null> {
  const p = await tx.personne.findUnique({
    where: { id },
    select: {
      id: true,
      version: true,
      nom: true,
      prenom: true,
      nomNaissance: true,
      dateNaissance: true,
      numeroAllocataire: true,
      fusionneeDansId: true,
      appartenances: { orderBy: { debut: 'desc' }, select: { foyerId: true, role: true, debut: true, fin: true, foyer: { select: { dossier: { select: { eds: { select: { nom: true } } } } } } } },
    },
  });
  if (!p || p.fusionneeDansId !== null) return null;
  const comptes = await compterLiens(tx, id);
  return {
    id: p.id,
    version: p.version,
    nom: p.nom,
    prenom: p.prenom,
    nomNaissance: p.nomNaissance,
    dateNaissance: jourDe(p.dateNaissance),
    numeroAllocataire: p.numeroAllocataire,
    foyers: p.appartenances.map((a) => ({ id: a.foyerId, eds: a.foyer.dossier?.eds.nom ?? '—', role: a.role, enCours: a.debut <= today && (a.fin === null || a.fin >= today) })),
    liens: (Object.entries(comptes) as [TableLien, number][]).map(([table, nombre]) => ({ table, libelle: libelleTable(table), nombre })),
  };
}

/**
 * The merge page of a responsable d'EDS: find the records of a person (name and birth date, the ladder's
 * second rung), compare two of them, and list her recent merges (each can be undone). Null = 404.
 */
export async function getFusionPage(
  acteur: Acteur,
  params: { nom: string; naissance: string; garder?: number; doublon?: number },
): Promise<FusionPageDto | null> {
  if (!canUseFusion(acteur)) return null;
  const today = startOfTodayUtc();
  return db.$transaction(async (tx) => {
    let recherche: FusionPageDto['recherche'] = { nom: params.nom, naissance: params.naissance, message: null, candidats: null };
    if (params.nom || params.naissance) {
      const jour = lireJour(params.naissance);
      if (!params.nom || jour === null) {
        recherche = { ...recherche, message: 'Saisissez le nom et la date de naissance (jj/mm/aaaa).' };
      } else {
        // Only records whose foyer she may read: those she may merge.
        const candidats = (await findDoublons(tx, acteur, { nom: params.nom, dateNaissance: jour }, today)).filter((c) => c.foyerId !== null);
        recherche = { ...recherche, candidats };
      }
    }
    let comparaison: FusionPageDto['comparaison'] = null;
    let comparaisonIntrouvable = false;
    if (params.garder !== undefined && params.doublon !== undefined) {
      const dossiers = await loadDossiersDesPersonnes(tx, [params.garder, params.doublon]);
      const [garder, doublon] = await Promise.all([ficheFusion(tx, params.garder, today), ficheFusion(tx, params.doublon, today)]);
      if (garder && doublon && params.garder !== params.doublon && canFusionnerPersonnes(acteur, { dossiers })) comparaison = { garder, doublon };
      else comparaisonIntrouvable = true;
    }
    const entrees = await tx.auditLog.findMany({
      where: { acteurId: acteur.id, objet: 'FusionPersonne' },
      orderBy: { at: 'desc' },
      take: 20,
      select: { id: true, at: true, details: true },
    });
    const fusions = entrees.flatMap((e) => {
      const d = detailsFusionSchema.safeParse(e.details);
      return d.success ? [{ e, d: d.data }] : [];
    });
    const personnes = await tx.personne.findMany({
      where: { id: { in: fusions.flatMap(({ d }) => [d.garderId, d.doublonId]) } },
      select: { id: true, nom: true, prenom: true, fusionneeDansId: true },
    });
    const parId = new Map(personnes.map((p) => [p.id, p]));
    const nom = (id: number) => {
      const p = parId.get(id);
      return p ? `${p.nom.toUpperCase()} ${p.prenom} (fiche n° ${id})` : `Fiche n° ${id}`;
    };
    const recentes = fusions.map(({ e, d }) => ({
      auditId: String(e.id),
      at: e.at,
      garder: nom(d.garderId),
      doublon: nom(d.doublonId),
      annulee: parId.get(d.doublonId)?.fusionneeDansId !== d.garderId,
    }));
    await writeAudit(tx, acteur.id, {
      action: 'LECTURE',
      objet: 'FusionPersonne',
      details: {
        recherche: recherche.candidats ? recherche.candidats.map((c) => c.personneId) : null,
        comparaison: comparaison ? [comparaison.garder.id, comparaison.doublon.id] : null,
      },
    });
    return { recherche, comparaison, comparaisonIntrouvable, recentes };
  });
}

export type FusionEntreeDto = {
  auditId: string;
  at: Date;
  auteur: string;
  garder: { id: number; nom: string };
  doublon: { id: number; nom: string; fusionnee: boolean };
  deplacees: { libelle: string; nombre: number }[];
  supprimees: number;
};

/** One merge's audit entry, for its undo page: who, when, which rows moved. Null = 404 (also out of scope). */
export async function getFusionEntree(acteur: Acteur, auditId: bigint): Promise<FusionEntreeDto | null> {
  if (!canUseFusion(acteur)) return null;
  return db.$transaction(async (tx) => {
    const fusion = await loadFusion(tx, auditId);
    if (!fusion || !canFusionnerPersonnes(acteur, fusion)) return null;
    const entree = await tx.auditLog.findUniqueOrThrow({ where: { id: auditId }, select: { at: true, acteur: { select: { nom: true, prenom: true } } } });
    const { garderId, doublonId } = fusion.details;
    const fiche = (id: number) => tx.personne.findUniqueOrThrow({ where: { id }, select: { id: true, nom: true, prenom: true, fusionneeDansId: true } });
    const [garder, doublon] = await Promise.all([fiche(garderId), fiche(doublonId)]);
    await writeAudit(tx, acteur.id, { action: 'LECTURE', objet: 'FusionPersonne', objetId: doublonId, details: { fusionAuditId: String(auditId) } });
    return {
      auditId: String(auditId),
      at: entree.at,
      auteur: entree.acteur ? `${entree.acteur.prenom} ${entree.acteur.nom}` : '—',
      garder: { id: garder.id, nom: `${garder.nom.toUpperCase()} ${garder.prenom}` },
      doublon: { id: doublon.id, nom: `${doublon.nom.toUpperCase()} ${doublon.prenom}`, fusionnee: doublon.fusionneeDansId === garderId },
      deplacees: Object.entries(fusion.details.deplacees)
        .filter(([, ids]) => ids.length > 0)
        .map(([table, ids]) => ({ libelle: libelleTable(table as TableLien), nombre: ids.length })),
      supprimees: fusion.details.supprimees.appartenance.length + fusion.details.supprimees.orientation_rsa.length,
    };
  });
}
