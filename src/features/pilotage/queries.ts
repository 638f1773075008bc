import 'server-only';
import { z } from 'zod';
import { Prisma } from '@/generated/prisma/client';
import { ajouterJours, bornesAnnee, dateColonne, debutJourParis, jourParis, moisAvant } from '@/features/agenda/regles/calendrier-paris';
import type { Acteur } from '@/server/acteur';
import { db } from '@/server/db';
import { canReadIndicateursDepartement, canReadTableauDeBord, scopeEdsIndicateurs } from '@/server/policy';

/** Horizon of the "CER à échéance" alert, in days. */
export const HORIZON_CER_JOURS = 30;
/** A dossier without contact for this many months is flagged (mise en veille comes at 12). */
export const MOIS_SANS_CONTACT = 11;

export type ActiviteTsDto = { id: number; nom: string; fileActive: number; rdvHonores: number; rdvNonRenseignes: number };
export type TableauDeBordDto = {
  annee: number;
  eds: { id: number; nom: string; travailleursSociaux: ActiviteTsDto[]; cerAEcheance: number; sansContact: number }[];
};

const count = z.coerce.number().int().nonnegative();
const activiteRow = z.object({ agent_id: z.number().int(), eds_id: z.number().int(), file_active: count, rdv_honores: count, rdv_non_renseignes: count });
const edsCountRow = z.object({ eds_id: z.number().int(), n: count });

/**
 * The dashboard of EDS and territory managers: activity of each TS of their EDS this year and the
 * EDS's alerts. Aggregates only, limited to the EDS the acteur manages. Null → 404.
 */
export async function getTableauDeBord(acteur: Acteur, now = new Date()): Promise<TableauDeBordDto | null> {
  if (!canReadTableauDeBord(acteur)) return null;
  const jour = jourParis(now);
  const today = dateColonne(jour);
  const annee = bornesAnnee(jour);
  const edsIds = scopeEdsIndicateurs(acteur, acteur.edsIds);
  if (edsIds.length === 0) return { annee: annee.annee, eds: [] };

  const [eds, ts] = await Promise.all([
    db.eds.findMany({ where: { id: { in: edsIds } }, orderBy: { nom: 'asc' }, select: { id: true, nom: true } }),
    db.agent.findMany({
      where: {
        role: 'TRAVAILLEUR_SOCIAL',
        actif: true,
        affectations: { some: { edsId: { in: edsIds }, debut: { lte: today }, OR: [{ fin: null }, { fin: { gte: today } }] } },
      },
      orderBy: [{ nom: 'asc' }, { prenom: 'asc' }],
      select: { id: true, nom: true, prenom: true, affectations: { where: { edsId: { in: edsIds }, debut: { lte: today }, OR: [{ fin: null }, { fin: { gte: today } }] }, select: { edsId: true } } },
    }),
  ]);
  const edsSql = Prisma.join(edsIds);
  const seuil = moisAvant(jour, MOIS_SANS_CONTACT);

  const [activite, cer, sansContact] = await Promise.all([
    ts.length === 0
      ? Promise.resolve([])
      : db.$queryRaw<unknown[]>(Prisma.sql`
          SELECT r.agent_id, d.eds_id,
            count(DISTINCT r.foyer_id) FILTER (WHERE r.statut = 'HONORE' AND r.debut >= ${annee.debut} AND r.debut < ${annee.fin}) AS file_active,
            count(*) FILTER (WHERE r.statut = 'HONORE' AND r.debut >= ${annee.debut} AND r.debut < ${annee.fin}) AS rdv_honores,
            count(*) FILTER (WHERE r.statut = 'PROGRAMME' AND r.debut < ${now}) AS rdv_non_renseignes
          FROM rendez_vous r
          JOIN dossier d ON d.foyer_id = r.foyer_id
          WHERE d.eds_id IN (${edsSql}) AND r.agent_id IN (${Prisma.join(ts.map((t) => t.id))})
          GROUP BY r.agent_id, d.eds_id`),
    db.$queryRaw<unknown[]>(Prisma.sql`
      SELECT d.eds_id, count(DISTINCT c.id) AS n
      FROM contrat c
      JOIN dossier d ON d.foyer_id = c.foyer_id
      WHERE d.eds_id IN (${edsSql}) AND c.type = 'CER'
        AND c.fin BETWEEN ${jour}::date AND ${ajouterJours(jour, HORIZON_CER_JOURS)}::date
      GROUP BY d.eds_id`),
    db.$queryRaw<unknown[]>(Prisma.sql`
      SELECT d.eds_id, count(*) AS n
      FROM dossier d
      WHERE d.eds_id IN (${edsSql}) AND d.statut = 'ACTIF' AND d.date_ouverture <= ${seuil}::date
        AND NOT EXISTS (SELECT 1 FROM contact c WHERE c.foyer_id = d.foyer_id AND c.date >= ${debutJourParis(seuil)})
        AND NOT EXISTS (SELECT 1 FROM rendez_vous r WHERE r.foyer_id = d.foyer_id AND r.statut = 'HONORE' AND r.debut >= ${debutJourParis(seuil)})
      GROUP BY d.eds_id`),
  ]);

  const activites = z.array(activiteRow).parse(activite);
  const parEds = (rows: unknown[]) => new Map(z.array(edsCountRow).parse(rows).map((r) => [r.eds_id, r.n]));
  const cerParEds = parEds(cer);
  const sansContactParEds = parEds(sansContact);

  return {
    annee: annee.annee,
    eds: eds.map((e) => ({
      id: e.id,
      nom: e.nom,
      travailleursSociaux: ts
        .filter((t) => t.affectations.some((a) => a.edsId === e.id))
        .map((t) => {
          const row = activites.find((a) => a.agent_id === t.id && a.eds_id === e.id);
          return {
            id: t.id,
            nom: `${t.prenom} ${t.nom}`,
            fileActive: row?.file_active ?? 0,
            rdvHonores: row?.rdv_honores ?? 0,
            rdvNonRenseignes: row?.rdv_non_renseignes ?? 0,
          };
        }),
      cerAEcheance: cerParEds.get(e.id) ?? 0,
      sansContact: sansContactParEds.get(e.id) ?? 0,
    })),
  };
}

export type IndicateursLigneDto = {
  edsId: number | null;
  eds: string;
  foyersAccueillis: number;
  rdvHonores: number;
  rdvProgrammes: number;
  aidesPayees: number;
  /** Euros, summed in cents so the total is exact. */
  montantAidesPayees: number;
};
export type IndicateursDto = { annee: number; lignes: IndicateursLigneDto[]; total: IndicateursLigneDto };

const indicateurRow = z.object({ eds_id: z.number().int().nullable(), n: count });
const rdvRow = z.object({ eds_id: z.number().int().nullable(), honores: count, programmes: count });
const aideRow = z.object({ eds_id: z.number().int().nullable(), n: count, centimes: count });

/**
 * Key indicators of the current year for the direction: per EDS (of the foyer's dossier) and for the
 * département. Aggregates only, no personal data. Null → 404.
 */
export async function getIndicateursCles(acteur: Acteur, now = new Date()): Promise<IndicateursDto | null> {
  if (!canReadIndicateursDepartement(acteur)) return null;
  const jour = jourParis(now);
  const annee = bornesAnnee(jour);

  const [toutesEds, foyers, rdv, aides] = await Promise.all([
    db.eds.findMany({ orderBy: { nom: 'asc' }, select: { id: true, nom: true } }),
    db.$queryRaw<unknown[]>(Prisma.sql`
      SELECT d.eds_id, count(DISTINCT a.foyer_id) AS n
      FROM (
        SELECT foyer_id FROM contact WHERE date >= ${annee.debut} AND date < ${annee.fin}
        UNION
        SELECT foyer_id FROM rendez_vous WHERE statut = 'HONORE' AND debut >= ${annee.debut} AND debut < ${annee.fin}
      ) a
      LEFT JOIN dossier d ON d.foyer_id = a.foyer_id
      GROUP BY d.eds_id`),
    db.$queryRaw<unknown[]>(Prisma.sql`
      SELECT d.eds_id,
        count(*) FILTER (WHERE r.statut = 'HONORE') AS honores,
        count(*) FILTER (WHERE r.statut IN ('HONORE', 'NON_HONORE')) AS programmes
      FROM rendez_vous r
      JOIN agent ag ON ag.id = r.agent_id AND ag.role = 'TRAVAILLEUR_SOCIAL'
      LEFT JOIN dossier d ON d.foyer_id = r.foyer_id
      WHERE r.debut >= ${annee.debut} AND r.debut < ${annee.fin}
      GROUP BY d.eds_id`),
    db.$queryRaw<unknown[]>(Prisma.sql`
      SELECT d.eds_id, count(*) AS n, coalesce(sum(a.montant * 100), 0)::bigint AS centimes
      FROM aide a
      LEFT JOIN dossier d ON d.foyer_id = a.foyer_id
      WHERE a.statut = 'PAYEE' AND a.date_paiement BETWEEN ${annee.premierJour}::date AND ${annee.dernierJour}::date
      GROUP BY d.eds_id`),
  ]);

  const edsLisibles = new Set(scopeEdsIndicateurs(acteur, toutesEds.map((e) => e.id)));
  const foyersRows = z.array(indicateurRow).parse(foyers);
  const rdvRows = z.array(rdvRow).parse(rdv);
  const aideRows = z.array(aideRow).parse(aides);

  const centimes = new Map(aideRows.map((x) => [x.eds_id, x.centimes]));
  const ligne = (edsId: number | null, nom: string): IndicateursLigneDto => {
    const r = rdvRows.find((x) => x.eds_id === edsId);
    return {
      edsId,
      eds: nom,
      foyersAccueillis: foyersRows.find((x) => x.eds_id === edsId)?.n ?? 0,
      rdvHonores: r?.honores ?? 0,
      rdvProgrammes: r?.programmes ?? 0,
      aidesPayees: aideRows.find((x) => x.eds_id === edsId)?.n ?? 0,
      montantAidesPayees: (centimes.get(edsId) ?? 0) / 100,
    };
  };
  const lignes = toutesEds.filter((e) => edsLisibles.has(e.id)).map((e) => ligne(e.id, e.nom));
  const sansEds = ligne(null, 'Foyers sans dossier rattaché à un EDS');
  if (sansEds.foyersAccueillis + sansEds.rdvProgrammes + sansEds.aidesPayees > 0) lignes.push(sansEds);

  const somme = (key: 'foyersAccueillis' | 'rdvHonores' | 'rdvProgrammes' | 'aidesPayees') => lignes.reduce((s, l) => s + l[key], 0);
  const totalCentimes = lignes.reduce((s, l) => s + (centimes.get(l.edsId) ?? 0), 0);
  const total: IndicateursLigneDto = {
    edsId: null,
    eds: 'Département',
    foyersAccueillis: somme('foyersAccueillis'),
    rdvHonores: somme('rdvHonores'),
    rdvProgrammes: somme('rdvProgrammes'),
    aidesPayees: somme('aidesPayees'),
    montantAidesPayees: totalCentimes / 100,
  };
  return { annee: annee.annee, lignes, total };
}
