import { Prisma } from '@/generated/prisma/client';
import type { Contexte } from '../moteur/contexte';
import { foyersEnPasSql } from '../moteur/sql';
import { indisponible, parAnnee, ratio } from '../moteur/valeurs';
import type { Indicateur } from '../moteur/indicateur';

type ParAnneeRow = { annee: number; foyers: number; personnes: number };

/** Foyers (and their reference persons) accueillis in each year: an accueil contact or an honoured rdv with any agent. */
const accueillisSql = Prisma.sql`
  SELECT a.annee, count(*)::int AS foyers, count(DISTINCT ref.personne_id)::int AS personnes
  FROM ind_accueil a
  LEFT JOIN ind_reference ref ON ref.annee = a.annee AND ref.foyer_id = a.foyer_id
  GROUP BY a.annee`;

/** Foyers with a PAS of the given type ongoing in each year (type null = either). */
function enPasSql(accompagnement: boolean | null) {
  return Prisma.sql`
    SELECT f.annee, count(*)::int AS foyers, count(DISTINCT ref.personne_id)::int AS personnes
    FROM (${foyersEnPasSql(accompagnement)}) f
    LEFT JOIN ind_reference ref ON ref.annee = f.annee AND ref.foyer_id = f.foyer_id
    GROUP BY f.annee`;
}

async function foyersEtPersonnes(ctx: Contexte, sql: Prisma.Sql) {
  const rows = await ctx.q<ParAnneeRow>(sql);
  return { foyers: parAnnee(ctx.annees, rows, (r) => r.foyers), personnes: parAnnee(ctx.annees, rows, (r) => r.personnes) };
}

/** `{ taux, numerateur, denominateur }` per year; taux null when the denominator is 0. */
function tauxParAnnee(annees: number[], num: Record<string, number>, den: Record<string, number>) {
  const taux: Record<string, number | null> = {};
  for (const a of annees) taux[String(a)] = ratio(num[String(a)] ?? 0, den[String(a)] ?? 0);
  return { taux, numerateur: num, denominateur: den };
}

export const foyersSuivis: Indicateur[] = [
  {
    numero: '1',
    libelle: 'Nombre de foyers (et personnes) accueillis par an',
    definition: "Foyers distincts ayant eu dans l'année un contact d'accueil (physique ou téléphonique) ou un rendez-vous honoré avec un agent ; personnes = personnes de référence distinctes au dernier jour de l'année.",
    calculer: (ctx) => foyersEtPersonnes(ctx, accueillisSql),
  },
  {
    numero: '2',
    libelle: 'Nombre de foyers (et personnes) en information',
    definition: "Foyers ayant une période d'action sociale de type information en cours dans l'année.",
    calculer: (ctx) => foyersEtPersonnes(ctx, enPasSql(false)),
  },
  {
    numero: '3',
    libelle: 'Nombre de foyers (et personnes) en accompagnement',
    definition: "Foyers ayant une période d'action sociale de type accompagnement en cours dans l'année.",
    calculer: (ctx) => foyersEtPersonnes(ctx, enPasSql(true)),
  },
  {
    numero: '4',
    libelle: 'Proportion des personnes accueillies dans la population du département',
    definition: "Personnes accueillies (indicateur 1) rapportées à la population du département de l'année, saisie par l'administrateur.",
    calculer: async (ctx) => {
      const accueillis = await foyersEtPersonnes(ctx, accueillisSql);
      const population = await ctx.q<{ annee: number; population: number }>(Prisma.sql`SELECT annee, population FROM population`);
      if (!ctx.annees.some((a) => population.some((p) => p.annee === a))) {
        return indisponible("La population du département n'a été saisie pour aucune année de la période.");
      }
      return tauxParAnnee(ctx.annees, accueillis.personnes, parAnnee(ctx.annees, population, (r) => r.population));
    },
  },
  {
    numero: '5',
    libelle: "Proportion des foyers en information ou en accompagnement parmi les foyers accueillis",
    definition: "Foyers ayant une PAS (information ou accompagnement) en cours dans l'année, rapportés aux foyers accueillis (indicateur 1).",
    calculer: async (ctx) => {
      const pas = await foyersEtPersonnes(ctx, enPasSql(null));
      const accueillis = await foyersEtPersonnes(ctx, accueillisSql);
      return tauxParAnnee(ctx.annees, pas.foyers, accueillis.foyers);
    },
  },
  {
    numero: '6',
    libelle: "Proportion des foyers en accompagnement parmi les foyers en information ou en accompagnement",
    definition: "Foyers ayant une PAS d'accompagnement en cours dans l'année, rapportés aux foyers ayant une PAS en cours dans l'année.",
    calculer: async (ctx) => {
      const accompagnement = await foyersEtPersonnes(ctx, enPasSql(true));
      const pas = await foyersEtPersonnes(ctx, enPasSql(null));
      return tauxParAnnee(ctx.annees, accompagnement.foyers, pas.foyers);
    },
  },
];
