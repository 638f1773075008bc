import { Prisma } from '@/generated/prisma/client';
import type { Contexte } from '../moteur/contexte';
import type { Indicateur } from '../moteur/indicateur';
import { distribuer, type Distribution } from '../moteur/valeurs';

const PAS_EN_COURS = (ctx: Contexte) => Prisma.sql`p.debut <= ${ctx.p.au}::date AND p.fin >= ${ctx.p.du}::date`;

/** Start of a day in Europe/Paris as a timestamptz, so the contact and rdv indexes on (foyer_id, timestamp) are used. */
const debutJour = (jour: Prisma.Sql) => Prisma.sql`((${jour})::timestamp AT TIME ZONE 'Europe/Paris')`;

/**
 * `ind_pas p` with `pc.jour`, the day of the PAS's first accueil contact (null when none): the earliest fiche contact
 * (physique or téléphone) or honoured rdv with an agent who is not a TS (secrétaire…) of the foyer, after the day of
 * the previous PAS's last rdv (ever, for a first PAS) and on or before the PAS's first rdv. TS rdv are left out: they
 * make the PAS itself (there is none between two PAS, and the first one would always be its own "contact").
 */
const pasAvecPremierContact = Prisma.sql`
  ind_pas p
  LEFT JOIN ind_pas prec ON prec.foyer_id = p.foyer_id AND prec.pas_no = p.pas_no - 1
  LEFT JOIN LATERAL (
    SELECT min(x.jour) AS jour FROM (
      SELECT (c.date AT TIME ZONE 'Europe/Paris')::date AS jour FROM contact c
      WHERE c.foyer_id = p.foyer_id AND c.canal IN ('PHYSIQUE', 'TELEPHONE')
        AND c.date < ${debutJour(Prisma.sql`p.debut + 1`)}
        AND (prec.fin IS NULL OR c.date >= ${debutJour(Prisma.sql`prec.fin + 1`)})
      UNION ALL
      SELECT (r.debut AT TIME ZONE 'Europe/Paris')::date FROM rendez_vous r
      JOIN agent a ON a.id = r.agent_id AND a.role <> 'TRAVAILLEUR_SOCIAL'
      WHERE r.foyer_id = p.foyer_id AND r.statut = 'HONORE'
        AND r.debut < ${debutJour(Prisma.sql`p.debut + 1`)}
        AND (prec.fin IS NULL OR r.debut >= ${debutJour(Prisma.sql`prec.fin + 1`)})
    ) x
  ) pc ON TRUE`;

/** Whole calendar months from `a` to `b` (dates), as PostgreSQL's age(). */
export const moisEntre = (a: Prisma.Sql, b: Prisma.Sql) =>
  Prisma.sql`(extract(year FROM age(${b}, ${a})) * 12 + extract(month FROM age(${b}, ${a})))::int`;

export type Statistiques = { moyenne_jours: number | null; distribution: Distribution; effectif: number; sans_valeur: number };

/**
 * Mean of `jours` and distribution of `classe` over the rows of `sql` (integer columns `jours` and `classe`),
 * aggregated in PostgreSQL: only one row per class comes back. Rows with a null `jours` are counted in `sans_valeur`.
 * `bornes` are the lower bounds of the classes (see `distribuer`).
 */
export async function statistiques(ctx: Contexte, sql: Prisma.Sql, bornes: number[]): Promise<Statistiques> {
  const seuils = Prisma.raw(`ARRAY[${bornes.map((b) => Math.trunc(b)).join(',')}]::int[]`);
  const rows = await ctx.q<{ i: number | null; n: number; somme: number | null }>(Prisma.sql`
    SELECT CASE WHEN x.jours IS NULL THEN NULL ELSE width_bucket(x.classe, ${seuils}) END AS i,
      count(*)::int AS n, sum(x.jours)::float8 AS somme
    FROM (${sql}) x GROUP BY 1`);
  const avecValeur = rows.filter((r) => r.i !== null);
  const effectif = avecValeur.reduce((s, r) => s + r.n, 0);
  const somme = avecValeur.reduce((s, r) => s + (r.somme ?? 0), 0);
  return {
    moyenne_jours: effectif === 0 ? null : somme / effectif,
    distribution: { bornes: distribuer([], bornes).bornes, effectifs: bornes.map((_, k) => rows.find((r) => r.i === k + 1)?.n ?? 0) },
    effectif,
    sans_valeur: rows.filter((r) => r.i === null).reduce((s, r) => s + r.n, 0),
  };
}

/** Days between consecutive rdv (honoured only, or all programmed) of the same accompagnement PAS ongoing in the period. */
function ecartsSql(ctx: Contexte, honoresSeulement: boolean) {
  const statut = honoresSeulement ? Prisma.sql`r.statut = 'HONORE'` : Prisma.sql`TRUE`;
  return Prisma.sql`
    SELECT e.jours, e.jours / 7 AS classe FROM (
      SELECT r.jour - lag(r.jour) OVER (PARTITION BY r.foyer_id, r.pas_no ORDER BY r.jour) AS jours
      FROM ind_rdv r JOIN ind_pas p ON p.foyer_id = r.foyer_id AND p.pas_no = r.pas_no
      WHERE p.accompagnement AND ${PAS_EN_COURS(ctx)} AND ${statut}
    ) e WHERE e.jours IS NOT NULL`;
}

/** Classes of indicator 21, in days: same day, within the 48-hour target, a week, two weeks, a month, two, three, more. */
const BORNES_JOURS = [0, 1, 3, 8, 15, 31, 61, 91];
/** One class per week: a gap inside a PAS is under 12 months, so at most 52 weeks. */
const BORNES_SEMAINES = Array.from({ length: 53 }, (_, i) => i);
/** One class per quarter up to five years, then open. */
const BORNES_TRIMESTRES = Array.from({ length: 21 }, (_, i) => i);

const TS_SEUL = 'Pour un travailleur social, seuls ses propres rendez-vous sont pris en compte.';

export const durees: Indicateur[] = [
  {
    numero: '21',
    libelle: 'Délai entre le premier contact et le premier rendez-vous de la PAS',
    definition:
      "Pour chaque PAS en cours dans la période : jours entre le premier contact et le premier rendez-vous de la PAS. Le premier contact est le plus ancien contact d'accueil du foyer postérieur au jour du dernier rendez-vous de sa PAS précédente (depuis toujours pour une première PAS) et au plus tard le jour du premier rendez-vous de la PAS : fiche contact physique ou téléphonique, ou rendez-vous honoré avec un agent qui n'est pas travailleur social (secrétaire d'accueil…) ; les rendez-vous avec un travailleur social forment la PAS elle-même et ne comptent pas. Jours au calendrier de Paris. Moyenne et distribution en jours (0, 1-2, 3-7, 8-14, 15-30, 31-60, 61-90, 91 et plus) ; les PAS sans contact préalable sont exclues et comptées à part (pas_sans_contact).",
    calculer: async (ctx) => {
      const s = await statistiques(
        ctx,
        Prisma.sql`SELECT (p.debut - pc.jour) AS jours, (p.debut - pc.jour) AS classe FROM ${pasAvecPremierContact} WHERE ${PAS_EN_COURS(ctx)}`,
        BORNES_JOURS,
      );
      return { moyenne_jours: s.moyenne_jours, distribution: s.distribution, pas: s.effectif, pas_sans_contact: s.sans_valeur };
    },
  },
  {
    numero: '22',
    libelle: 'Délai moyen entre deux rendez-vous programmés consécutifs (accompagnement)',
    definition: `Jours entre deux rendez-vous programmés (honorés ou non) consécutifs d'une même PAS d'accompagnement en cours dans la période (tous les écarts de ces PAS, connues à la date de référence) ; un rendez-vous non honoré appartient à la PAS désignée par la règle de l'indicateur 17. Moyenne en jours. ${TS_SEUL}`,
    calculer: async (ctx) => {
      const s = await statistiques(ctx, ecartsSql(ctx, false), BORNES_SEMAINES);
      return { moyenne_jours: s.moyenne_jours, ecarts: s.effectif };
    },
  },
  {
    numero: '23',
    libelle: 'Délai entre deux rendez-vous honorés consécutifs (accompagnement)',
    definition: `Jours entre deux rendez-vous honorés consécutifs d'une même PAS d'accompagnement en cours dans la période (tous les écarts de ces PAS, connues à la date de référence) : moyenne en jours, distribution en semaines entières (de 0 à moins d'une semaine, … 52 semaines et plus). ${TS_SEUL}`,
    calculer: async (ctx) => {
      const s = await statistiques(ctx, ecartsSql(ctx, true), BORNES_SEMAINES);
      return { moyenne_jours: s.moyenne_jours, distribution_semaines: s.distribution, ecarts: s.effectif };
    },
  },
  {
    numero: '24',
    libelle: 'Durée du premier contact au dernier rendez-vous des accompagnements terminés',
    definition:
      "Pour les PAS d'accompagnement terminées à la date de référence dont la fin est dans la période : jours entre le premier contact (défini comme pour l'indicateur 21 ; à défaut, le premier rendez-vous de la PAS) et le dernier rendez-vous. Moyenne en jours, distribution en trimestres entiers (mois calendaires écoulés divisés par 3 : de 0 à moins d'un trimestre, … 20 trimestres et plus).",
    calculer: async (ctx) => {
      const depart = Prisma.sql`coalesce(pc.jour, p.debut)`;
      const s = await statistiques(
        ctx,
        Prisma.sql`SELECT (p.fin - ${depart}) AS jours, ${moisEntre(depart, Prisma.sql`p.fin`)} / 3 AS classe FROM ${pasAvecPremierContact}
          WHERE p.accompagnement AND p.terminee AND p.fin BETWEEN ${ctx.p.du}::date AND ${ctx.p.au}::date`,
        BORNES_TRIMESTRES,
      );
      return { moyenne_jours: s.moyenne_jours, distribution_trimestres: s.distribution, pas: s.effectif };
    },
  },
];
