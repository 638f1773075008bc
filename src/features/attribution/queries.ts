import 'server-only';
import type { ModeAttribution, OrigineAttribution } from '@/generated/prisma/enums';
import type { Acteur } from '@/server/acteur';
import { writeAudit } from '@/server/audit';
import { db } from '@/server/db';
import { startOfTodayUtc } from '@/server/dates';
import { canGererAttribution, canReadAttribution } from '@/server/policy';
import { jourParis } from '@/features/agenda/regles/calendrier-paris';
import { loadChargesTs } from './charges';
import { auDessusDuSeuil, chargeParEtpt } from './regles/charge';

const DAY_MS = 86_400_000;

export type EdsAttributionDto = { id: number; nom: string; mode: ModeAttribution; seuil: number | null; version: number };
export type EdsChoixDto = { id: number; nom: string };
export type TsChargeDto = { agentId: number; nom: string; fileActive: number; etpt: number; charge: number | null; auDessus: boolean };
export type DossierEnAttenteDto = {
  dossierId: number;
  foyerId: number;
  nomReference: string;
  commune: string | null;
  depuis: Date;
  joursAttente: number;
  motif: string | null;
  /** The current assignment row (0: none, a dossier without history): the concurrency token of the forms. */
  courant: number;
};
type Entete = { eds: EdsAttributionDto; edsChoix: EdsChoixDto[]; gerer: boolean };

/**
 * The EDS a page is about: `?eds=` when given (out of scope = null = 404), else the acteur's first EDS.
 * Null also for roles without the attribution pages.
 */
async function entete(acteur: Acteur, edsParam: string): Promise<Entete | null> {
  const lisibles = acteur.edsIds.filter((e) => canReadAttribution(acteur, e));
  if (lisibles.length === 0) return null;
  const voulu = edsParam === '' ? lisibles[0] : Number(edsParam);
  if (voulu === undefined || !lisibles.includes(voulu)) return null;
  const eds = await db.eds.findMany({ where: { id: { in: lisibles } }, orderBy: { nom: 'asc' }, select: { id: true, nom: true, modeAttribution: true, seuilFileActive: true, version: true } });
  const courant = eds.find((e) => e.id === voulu);
  if (!courant) return null;
  return {
    eds: { id: courant.id, nom: courant.nom, mode: courant.modeAttribution, seuil: courant.seuilFileActive, version: courant.version },
    edsChoix: eds.map((e) => ({ id: e.id, nom: e.nom })),
    gerer: canGererAttribution(acteur, courant.id),
  };
}

async function chargesDto(edsId: number, seuil: number | null): Promise<TsChargeDto[]> {
  return (await loadChargesTs(db, edsId)).map((t) => ({
    agentId: t.agentId,
    nom: `${t.prenom} ${t.nom}`,
    fileActive: t.fileActive,
    etpt: t.etpt,
    charge: chargeParEtpt(t),
    auDessus: seuil !== null && auDessusDuSeuil(t, seuil),
  }));
}

/**
 * The "à attribuer" queue of an EDS: open dossiers whose current assignment names no TS, and dossiers
 * with neither history nor référent. Oldest first. Data-layer helper (callers check policy and audit).
 */
async function loadFile(edsId: number, now: Date): Promise<DossierEnAttenteDto[]> {
  const today = startOfTodayUtc(now);
  const dossiers = await db.dossier.findMany({
    where: {
      edsId,
      statut: { not: 'ARCHIVE' },
      OR: [{ attributions: { some: { fin: null, agentId: null } } }, { referentId: null, attributions: { none: {} } }],
    },
    take: 500,
    select: {
      id: true,
      foyerId: true,
      dateOuverture: true,
      attributions: { where: { fin: null }, select: { id: true, debut: true, motif: true } },
      foyer: {
        select: {
          communeCode: true,
          appartenances: {
            where: { role: 'REFERENCE', debut: { lte: today }, OR: [{ fin: null }, { fin: { gte: today } }] },
            take: 1,
            select: { personne: { select: { nom: true, prenom: true } } },
          },
        },
      },
    },
  });
  const codes = [...new Set(dossiers.map((d) => d.foyer.communeCode).filter((c): c is string => c !== null))];
  const communes = new Map((await db.commune.findMany({ where: { code: { in: codes } }, select: { code: true, nom: true } })).map((c) => [c.code, c.nom]));
  return dossiers
    .map((d) => {
      const courant = d.attributions[0];
      const depuis = courant?.debut ?? d.dateOuverture;
      const ref = d.foyer.appartenances[0]?.personne;
      return {
        dossierId: d.id,
        foyerId: d.foyerId,
        nomReference: ref ? `${ref.nom.toUpperCase()} ${ref.prenom}` : `Foyer n° ${d.foyerId}`,
        commune: d.foyer.communeCode ? (communes.get(d.foyer.communeCode) ?? d.foyer.communeCode) : null,
        depuis,
        joursAttente: Math.max(0, Math.floor((now.getTime() - depuis.getTime()) / DAY_MS)),
        motif: courant?.motif ?? null,
        courant: courant?.id ?? 0,
      };
    })
    .sort((x, y) => x.depuis.getTime() - y.depuis.getTime() || x.dossierId - y.dossierId);
}

export type AttributionPageDto = Entete & { file: DossierEnAttenteDto[]; ts: TsChargeDto[] };

/** /attribution: the queue of the EDS and the workload of its TS. The read of the waiting foyers is audited. */
export async function getAttributionPage(acteur: Acteur, edsParam: string): Promise<AttributionPageDto | null> {
  const base = await entete(acteur, edsParam);
  if (!base) return null;
  const now = new Date();
  const [file, ts] = await Promise.all([loadFile(base.eds.id, now), chargesDto(base.eds.id, base.eds.seuil)]);
  await db.$transaction((tx) =>
    writeAudit(tx, acteur.id, { action: 'LECTURE', objet: 'FileAttribution', objetId: base.eds.id, details: { foyerIds: file.map((f) => f.foyerId) } }),
  );
  return { ...base, file, ts };
}

export type ZoneDto = { id: number; communeCode: string; commune: string; voie: string | null; iris: string | null };
export type SecteurDto = { id: number; nom: string; version: number; agentId: number | null; agent: string | null; agentEnPoste: boolean; zones: ZoneDto[] };
export type SecteursPageDto = Entete & {
  secteurs: SecteurDto[];
  communes: { code: string; nom: string }[];
  /** Communes of the EDS with no whole-commune zone: their unlisted streets have no secteur. */
  communesSansSecteur: string[];
  ts: TsChargeDto[];
};

/** /attribution/secteurs: the EDS settings and its secteurs (no personal data beyond agents' names). */
export async function getSecteursPage(acteur: Acteur, edsParam: string): Promise<SecteursPageDto | null> {
  const base = await entete(acteur, edsParam);
  if (!base) return null;
  const [secteurs, communes, ts] = await Promise.all([
    db.secteur.findMany({
      where: { edsId: base.eds.id },
      orderBy: { nom: 'asc' },
      select: {
        id: true,
        nom: true,
        version: true,
        agent: { select: { id: true, nom: true, prenom: true } },
        zones: { orderBy: [{ communeCode: 'asc' }, { voie: 'asc' }, { iris: 'asc' }], select: { id: true, communeCode: true, voie: true, iris: true, commune: { select: { nom: true } } } },
      },
    }),
    db.commune.findMany({ where: { edsId: base.eds.id }, orderBy: { nom: 'asc' }, select: { code: true, nom: true } }),
    chargesDto(base.eds.id, base.eds.seuil),
  ]);
  const enPoste = new Set(ts.map((t) => t.agentId));
  const couvertes = new Set(secteurs.flatMap((s) => s.zones.filter((z) => z.voie === null && z.iris === null).map((z) => z.communeCode)));
  return {
    ...base,
    secteurs: secteurs.map((s) => ({
      id: s.id,
      nom: s.nom,
      version: s.version,
      agentId: s.agent?.id ?? null,
      agent: s.agent ? `${s.agent.prenom} ${s.agent.nom}` : null,
      agentEnPoste: s.agent !== null && enPoste.has(s.agent.id),
      zones: s.zones.map((z) => ({ id: z.id, communeCode: z.communeCode, commune: z.commune.nom, voie: z.voie, iris: z.iris })),
    })),
    communes,
    communesSansSecteur: communes.filter((c) => !couvertes.has(c.code)).map((c) => c.nom),
    ts,
  };
}

export type ParticipantDto = { id: number; nom: string; role: string };
export type DecisionDto = { dossierId: number; foyerId: number; nomReference: string; agent: string };
export type RegulationDto = { id: number; date: Date; participants: string; auteur: string; decisions: DecisionDto[] };
export type RegulationPageDto = Entete & { aujourdhui: string; participants: ParticipantDto[]; file: DossierEnAttenteDto[]; ts: TsChargeDto[]; reunions: RegulationDto[] };

/** /attribution/regulation: the waiting foyers to decide on, the team, and the past meetings with their decisions. Audited. */
export async function getRegulationPage(acteur: Acteur, edsParam: string): Promise<RegulationPageDto | null> {
  const base = await entete(acteur, edsParam);
  if (!base) return null;
  const now = new Date();
  const today = startOfTodayUtc(now);
  const [file, ts, equipe, reunions] = await Promise.all([
    loadFile(base.eds.id, now),
    chargesDto(base.eds.id, base.eds.seuil),
    db.agent.findMany({
      where: { actif: true, affectations: { some: { edsId: base.eds.id, debut: { lte: today }, OR: [{ fin: null }, { fin: { gte: today } }] } } },
      orderBy: [{ nom: 'asc' }, { prenom: 'asc' }],
      select: { id: true, nom: true, prenom: true, role: true },
    }),
    db.regulation.findMany({
      where: { edsId: base.eds.id },
      orderBy: [{ date: 'desc' }, { id: 'desc' }],
      take: 20,
      select: {
        id: true,
        date: true,
        participants: true,
        createdBy: { select: { nom: true, prenom: true } },
        attributions: {
          orderBy: { id: 'asc' },
          select: {
            agent: { select: { nom: true, prenom: true } },
            dossier: {
              select: {
                id: true,
                foyerId: true,
                foyer: { select: { appartenances: { where: { role: 'REFERENCE' }, orderBy: { debut: 'desc' }, take: 1, select: { personne: { select: { nom: true, prenom: true } } } } } },
              },
            },
          },
        },
      },
    }),
  ]);
  const dto: RegulationPageDto = {
    ...base,
    aujourdhui: jourParis(now),
    participants: equipe.map((a) => ({ id: a.id, nom: `${a.prenom} ${a.nom}`, role: a.role })),
    file,
    ts,
    reunions: reunions.map((r) => ({
      id: r.id,
      date: r.date,
      participants: r.participants,
      auteur: `${r.createdBy.prenom} ${r.createdBy.nom}`,
      decisions: r.attributions.map((a) => {
        const ref = a.dossier.foyer.appartenances[0]?.personne;
        return {
          dossierId: a.dossier.id,
          foyerId: a.dossier.foyerId,
          nomReference: ref ? `${ref.nom.toUpperCase()} ${ref.prenom}` : `Foyer n° ${a.dossier.foyerId}`,
          agent: a.agent ? `${a.agent.prenom} ${a.agent.nom}` : '—',
        };
      }),
    })),
  };
  const foyerIds = [...new Set([...file.map((f) => f.foyerId), ...dto.reunions.flatMap((r) => r.decisions.map((d) => d.foyerId))])];
  await db.$transaction((tx) => writeAudit(tx, acteur.id, { action: 'LECTURE', objet: 'Regulation', objetId: base.eds.id, details: { foyerIds } }));
  return dto;
}

export type LigneHistoriqueDto = {
  id: number | null;
  debut: Date | null;
  fin: Date | null;
  agent: string | null;
  origine: OrigineAttribution | null;
  decidePar: string | null;
  regulationDate: Date | null;
  motif: string | null;
};
export type HistoriquePageDto = {
  dossierId: number;
  foyerId: number;
  nomReference: string;
  eds: EdsChoixDto;
  gerer: boolean;
  lignes: LigneHistoriqueDto[];
  courant: number;
  agentActuelId: number | null;
  ts: TsChargeDto[];
};

/**
 * The dated assignments of a dossier, newest first. A dossier without history (the demo's, or imported)
 * shows its référent as current with an unknown origin. Out of scope = null (404). Audited.
 */
export async function getHistoriqueDossier(acteur: Acteur, dossierId: number): Promise<HistoriquePageDto | null> {
  const dossier = await db.dossier.findUnique({
    where: { id: dossierId },
    select: {
      id: true,
      foyerId: true,
      edsId: true,
      eds: { select: { id: true, nom: true, seuilFileActive: true } },
      referent: { select: { id: true, nom: true, prenom: true } },
      foyer: { select: { appartenances: { where: { role: 'REFERENCE' }, orderBy: { debut: 'desc' }, take: 1, select: { personne: { select: { nom: true, prenom: true } } } } } },
      attributions: {
        orderBy: [{ debut: 'desc' }, { id: 'desc' }],
        select: {
          id: true,
          debut: true,
          fin: true,
          origine: true,
          motif: true,
          agent: { select: { nom: true, prenom: true } },
          decidePar: { select: { nom: true, prenom: true } },
          regulation: { select: { date: true } },
        },
      },
    },
  });
  if (!dossier || !canReadAttribution(acteur, dossier.edsId)) return null;
  const nom = (a: { nom: string; prenom: string } | null) => (a ? `${a.prenom} ${a.nom}` : null);
  const lignes: LigneHistoriqueDto[] = dossier.attributions.map((a) => ({
    id: a.id,
    debut: a.debut,
    fin: a.fin,
    agent: nom(a.agent),
    origine: a.origine,
    decidePar: nom(a.decidePar),
    regulationDate: a.regulation?.date ?? null,
    motif: a.motif,
  }));
  if (lignes.length === 0 && dossier.referent) {
    lignes.push({ id: null, debut: null, fin: null, agent: nom(dossier.referent), origine: null, decidePar: null, regulationDate: null, motif: null });
  }
  const courant = dossier.attributions.find((a) => a.fin === null);
  const gerer = canGererAttribution(acteur, dossier.edsId);
  const ref = dossier.foyer.appartenances[0]?.personne;
  await db.$transaction((tx) =>
    writeAudit(tx, acteur.id, { action: 'LECTURE', objet: 'AttributionDossier', objetId: dossier.id, foyerId: dossier.foyerId, details: { lignes: lignes.length } }),
  );
  return {
    dossierId: dossier.id,
    foyerId: dossier.foyerId,
    nomReference: ref ? `${ref.nom.toUpperCase()} ${ref.prenom}` : `Foyer n° ${dossier.foyerId}`,
    eds: { id: dossier.eds.id, nom: dossier.eds.nom },
    gerer,
    lignes,
    courant: courant?.id ?? 0,
    agentActuelId: dossier.referent?.id ?? null,
    ts: gerer ? await chargesDto(dossier.edsId, dossier.eds.seuilFileActive) : [],
  };
}
