import { Prisma } from '@/generated/prisma/client';
import type { Contexte } from '../moteur/contexte';
import { foyersEnPasSql } from '../moteur/sql';
import type { Indicateur } from '../moteur/indicateur';
import { parAnnee, ratio, type ParAnnee } from '../moteur/valeurs';

type EffectifsRow = { annee: number; etpt: number; effectif: number; etp: number };

/**
 * TS staffing per year window: ETPT = Σ quotité × days of the affectation inside the window / days in the
 * year; effectif and ETP on the window's last day. Scoped by the affectation's EDS and by the TS.
 */
export async function effectifsTs(ctx: Contexte) {
  const eds = ctx.p.eds === null ? Prisma.sql`TRUE` : Prisma.sql`af.eds_id = (SELECT id FROM eds WHERE code = ${ctx.p.eds})`;
  const ts = ctx.p.ts === null ? Prisma.sql`TRUE` : Prisma.sql`af.agent_id = ${ctx.p.ts}`;
  const rows = await ctx.q<EffectifsRow>(Prisma.sql`
    SELECT y.annee,
      coalesce(sum(af.quotite * (least(coalesce(af.fin, y.fin), y.fin) - greatest(af.debut, y.debut) + 1))
        / (make_date(y.annee, 12, 31) - make_date(y.annee, 1, 1) + 1), 0)::float8 AS etpt,
      count(DISTINCT af.agent_id) FILTER (WHERE af.fin IS NULL OR af.fin >= y.fin)::int AS effectif,
      coalesce(sum(af.quotite) FILTER (WHERE af.fin IS NULL OR af.fin >= y.fin), 0)::float8 AS etp
    FROM ind_annee y
    LEFT JOIN affectation af ON af.debut <= y.fin AND (af.fin IS NULL OR af.fin >= y.debut) AND ${eds} AND ${ts}
      AND af.agent_id IN (SELECT id FROM agent WHERE role = 'TRAVAILLEUR_SOCIAL')
    GROUP BY y.annee`);
  return {
    effectif: parAnnee(ctx.annees, rows, (r) => r.effectif),
    etp: parAnnee(ctx.annees, rows, (r) => r.etp),
    etpt: parAnnee(ctx.annees, rows, (r) => r.etpt),
  };
}

/** Distinct foyers per year from a query returning `(annee, foyer_id)` rows. */
async function foyersParAnnee(ctx: Contexte, lignes: Prisma.Sql): Promise<ParAnnee> {
  const rows = await ctx.q<{ annee: number; n: number }>(Prisma.sql`SELECT l.annee, count(DISTINCT l.foyer_id)::int AS n FROM (${lignes}) l GROUP BY l.annee`);
  return parAnnee(ctx.annees, rows, (r) => r.n);
}

/** Foyers (in scope) with a PAS ongoing in each year: information, accompagnement, or either (null). */
export function foyersEnPas(ctx: Contexte, accompagnement: boolean | null): Promise<ParAnnee> {
  return foyersParAnnee(ctx, foyersEnPasSql(accompagnement));
}

/** TS rdv per year: honoured, or programmed (HONORE + NON_HONORE, the only statuses ind_rdv holds). */
export async function rdvTsParAnnee(ctx: Contexte, honores: boolean): Promise<ParAnnee> {
  const rows = await ctx.q<{ annee: number; n: number }>(Prisma.sql`
    SELECT y.annee, count(*)::int AS n FROM ind_annee y JOIN ind_rdv r ON r.jour BETWEEN y.debut AND y.fin
    WHERE ${honores ? Prisma.sql`r.statut = 'HONORE'` : Prisma.sql`TRUE`} GROUP BY y.annee`);
  return parAnnee(ctx.annees, rows, (r) => r.n);
}

/**
 * Foyers accueillis by a TS in the year: an honoured rdv with a TS, or an accueil contact taken by a TS
 * (by that TS when the scope is one TS, as ind_rdv holds only its rdv then).
 */
function accueillisParTs(ctx: Contexte): Promise<ParAnnee> {
  const parCeTs = ctx.p.ts === null ? Prisma.sql`TRUE` : Prisma.sql`c.agent_id = ${ctx.p.ts}`;
  return foyersParAnnee(ctx, Prisma.sql`
    SELECT y.annee, x.foyer_id FROM ind_annee y
    JOIN (
      SELECT r.foyer_id, r.jour FROM ind_rdv r WHERE r.statut = 'HONORE'
      UNION ALL
      SELECT c.foyer_id, (c.date AT TIME ZONE 'Europe/Paris')::date FROM contact c
      JOIN agent a ON a.id = c.agent_id AND a.role = 'TRAVAILLEUR_SOCIAL'
      WHERE c.canal IN ('PHYSIQUE', 'TELEPHONE') AND ${parCeTs}
    ) x ON x.jour BETWEEN y.debut AND y.fin
    JOIN ind_foyer f ON f.foyer_id = x.foyer_id`);
}

/** A per-year count divided by the ETPT of the year, with both beside it (null when no ETPT). */
async function parEtpt(ctx: Contexte, numerateur: ParAnnee) {
  const { etpt } = await effectifsTs(ctx);
  const out: Record<string, unknown> = {};
  for (const a of ctx.annees) out[String(a)] = ratio(numerateur[String(a)] ?? 0, etpt[String(a)] ?? 0);
  return { ...out, numerateur, denominateur: etpt };
}

export const travailleursSociaux: Indicateur[] = [
  {
    numero: '44',
    libelle: 'Travailleurs sociaux par an : effectif physique, ETP, ETPT',
    definition:
      "ETPT = somme, sur les affectations des travailleurs sociaux, de la quotité × jours de l'affectation dans l'année (bornée à la période) / jours de l'année. Effectif physique = travailleurs sociaux distincts dont une affectation couvre le dernier jour de l'année (ou de la période) ; ETP = somme de leurs quotités ce jour-là. Une période qui ne couvre qu'une partie de l'année donne la part correspondante de l'ETPT annuel. Rôle TRAVAILLEUR_SOCIAL seulement ; périmètre EDS : l'EDS de l'affectation ; périmètre TS : ses propres affectations.",
    calculer: effectifsTs,
  },
  {
    numero: '45',
    libelle: 'Foyers accueillis par un travailleur social, par ETPT',
    definition:
      "Foyers ayant eu dans l'année un rendez-vous honoré avec un travailleur social ou un contact d'accueil (physique ou téléphonique) pris par un travailleur social — par ce travailleur social pour le périmètre d'un TS —, rapportés à l'ETPT de l'année (indicateur 44). Les contacts pris par un secrétaire ou un autre agent ne comptent pas ici (ils comptent dans l'indicateur 1).",
    calculer: async (ctx) => parEtpt(ctx, await accueillisParTs(ctx)),
  },
  {
    numero: '46',
    libelle: 'Foyers en information par ETPT',
    definition: "Foyers ayant une PAS d'information en cours dans l'année (indicateur 2) rapportés à l'ETPT de l'année (indicateur 44).",
    calculer: async (ctx) => parEtpt(ctx, await foyersEnPas(ctx, false)),
  },
  {
    numero: '47',
    libelle: 'Foyers en accompagnement par ETPT',
    definition: "Foyers ayant une PAS d'accompagnement en cours dans l'année (indicateur 3) rapportés à l'ETPT de l'année (indicateur 44).",
    calculer: async (ctx) => parEtpt(ctx, await foyersEnPas(ctx, true)),
  },
  {
    numero: '48',
    libelle: 'Rendez-vous programmés par ETPT',
    definition: "Rendez-vous avec un travailleur social programmés dans l'année (honorés ou non honorés, indicateur 11) rapportés à l'ETPT de l'année (indicateur 44).",
    calculer: async (ctx) => parEtpt(ctx, await rdvTsParAnnee(ctx, false)),
  },
  {
    numero: '49',
    libelle: 'Rendez-vous honorés par ETPT',
    definition: "Rendez-vous honorés avec un travailleur social dans l'année (indicateur 12) rapportés à l'ETPT de l'année (indicateur 44).",
    calculer: async (ctx) => parEtpt(ctx, await rdvTsParAnnee(ctx, true)),
  },
];
