import 'server-only';
import { z } from 'zod';
import { Prisma } from '@/generated/prisma/client';
import { ajouterJours, bornesAnnee, dateColonne, debutJourParis, jourParis, moisAvant } from '@/features/agenda/regles/calendrier-paris';
import type { Acteur } from '@/server/acteur';
import { db } from '@/server/db';
import { canReadTableauDeBord, scopeEdsIndicateurs } from '@/server/policy';

/** Horizon of the "CER à échéance" alert, in days. */
export const HORIZON_CER_JOURS = 30;
/** A dossier without contact for this many months is flagged (mise en veille comes at 12). */
export const MOIS_SANS_CONTACT = 11;

export type ActiviteTsDto = { id: number; nom: string; fileActive: number; rdvHonores: number; rdvNonRenseignes: number };
export type TableauDeBordDto = {
  annee: number;
  eds: { id: number; code: string; nom: string; travailleursSociaux: ActiviteTsDto[]; cerAEcheance: number; sansContact: number }[];
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
    db.eds.findMany({ where: { id: { in: edsIds } }, orderBy: { nom: 'asc' }, select: { id: true, code: true, nom: true } }),
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
            -- Only the rows some count keeps (a group left out reads as zeros): not the whole history.
            AND ((r.statut = 'HONORE' AND r.debut >= ${annee.debut} AND r.debut < ${annee.fin}) OR (r.statut = 'PROGRAMME' AND r.debut < ${now}))
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
      code: e.code,
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

