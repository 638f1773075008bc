import 'server-only';
import { dateColonne, jourParis } from '@/features/agenda/regles/calendrier-paris';
import type { Acteur } from '@/server/acteur';
import { writeAudit } from '@/server/audit';
import { db } from '@/server/db';
import { canAdminister } from '@/server/policy';
import { pageListe, type PageListe } from '@/ui/pagination';

export type AgentAdminDto = { id: number; nom: string; email: string | null; role: string; niveau: number; eds: string[]; structure: string | null; actif: boolean };
export type ReferentielDto = { code: string; libelle: string; actif: boolean };
export type MotifSortieDto = ReferentielDto & { classe: string };
/** Amounts as decimal strings ("3000.00"): exact, and plain data for the page. */
export type DispositifDto = ReferentielDto & { montantMin: string; montantMax: string; plafondFoyer12m: string | null };
export type AdministrationDto = {
  /** One page of the accounts, by name. */
  agents: AgentAdminDto[];
  pageAgents: PageListe;
  domaines: ReferentielDto[];
  typesAction: ReferentielDto[];
  motifsSortie: MotifSortieDto[];
  motifsContact: ReferentielDto[];
  dispositifs: DispositifDto[];
};

const referentielSelect = { code: true, libelle: true, actif: true } as const;

/**
 * The administration page (read-only for now): one page of the accounts (`page`, as in "?page=2") and the
 * reference lists. Admin only; null → 404. Audited.
 */
export async function getAdministration(acteur: Acteur, page = '', now = new Date()): Promise<AdministrationDto | null> {
  if (!canAdminister(acteur)) return null;
  const today = dateColonne(jourParis(now));
  const pageAgents = pageListe(page, await db.agent.count());
  const [agents, domaines, typesAction, motifsSortie, motifsContact, dispositifs] = await Promise.all([
    db.agent.findMany({
      orderBy: [{ nom: 'asc' }, { prenom: 'asc' }, { id: 'asc' }],
      skip: pageAgents.skip,
      take: pageAgents.take,
      select: {
        id: true,
        nom: true,
        prenom: true,
        email: true,
        role: true,
        niveau: true,
        actif: true,
        structure: { select: { nom: true } },
        territoire: { select: { nom: true } },
        affectations: {
          where: { debut: { lte: today }, OR: [{ fin: null }, { fin: { gte: today } }] },
          orderBy: { debut: 'asc' },
          select: { eds: { select: { nom: true } } },
        },
      },
    }),
    db.domaine.findMany({ orderBy: [{ ordre: 'asc' }, { code: 'asc' }], select: referentielSelect }),
    db.typeAction.findMany({ orderBy: [{ ordre: 'asc' }, { code: 'asc' }], select: referentielSelect }),
    db.motifSortie.findMany({ orderBy: [{ ordre: 'asc' }, { code: 'asc' }], select: { ...referentielSelect, classe: true } }),
    db.motifContact.findMany({ orderBy: [{ ordre: 'asc' }, { code: 'asc' }], select: referentielSelect }),
    db.dispositif.findMany({ orderBy: { code: 'asc' }, select: { ...referentielSelect, montantMin: true, montantMax: true, plafondFoyer12m: true } }),
  ]);

  await db.$transaction((tx) => writeAudit(tx, acteur.id, { action: 'LECTURE', objet: 'Agents', details: { nombre: agents.length, page: pageAgents.page } }));

  return {
    pageAgents,
    agents: agents.map((a) => ({
      id: a.id,
      nom: `${a.prenom} ${a.nom}`,
      email: a.email,
      role: a.role,
      niveau: a.niveau,
      eds: a.territoire ? [`Territoire : ${a.territoire.nom}`] : a.affectations.map((x) => x.eds.nom),
      structure: a.structure?.nom ?? null,
      actif: a.actif,
    })),
    domaines,
    typesAction,
    motifsSortie,
    motifsContact,
    dispositifs: dispositifs.map((d) => ({
      code: d.code,
      libelle: d.libelle,
      actif: d.actif,
      montantMin: d.montantMin.toFixed(2),
      montantMax: d.montantMax.toFixed(2),
      plafondFoyer12m: d.plafondFoyer12m?.toFixed(2) ?? null,
    })),
  };
}
