import { Prisma } from '@/generated/prisma/client';
import type { Contexte } from '../moteur/contexte';
import type { Indicateur } from '../moteur/indicateur';
import { indisponible, parAnnee, ratio } from '../moteur/valeurs';
import { moisEntre, statistiques } from './durees';

const PAS_EN_COURS = (ctx: Contexte) => Prisma.sql`p.debut <= ${ctx.p.au}::date AND p.fin >= ${ctx.p.du}::date`;
const PAS_TERMINEE = (ctx: Contexte) => Prisma.sql`p.terminee AND p.fin BETWEEN ${ctx.p.du}::date AND ${ctx.p.au}::date`;
const DANS_PERIODE = (ctx: Contexte, col: Prisma.Sql) => Prisma.sql`${col} BETWEEN ${ctx.p.du}::date AND ${ctx.p.au}::date`;

const RATTACHEMENT =
  "Un bilan appartient à la PAS d'accompagnement du foyer dont l'intervalle [début, fin + 12 mois] contient sa date (la plus ancienne si deux conviennent, le jour où l'une cesse de pouvoir être prolongée et où l'autre commence) ; un bilan qui n'appartient à aucune PAS d'accompagnement est compté à part.";
const SORTIE =
  "Une sortie est une PAS d'accompagnement ayant au moins un bilan ; son motif est celui de son dernier bilan (à date égale, le motif venant le premier dans la liste des motifs) et elle compte dans la période où ce dernier bilan est daté.";

// ───────────────────────── Bilans, attached to the accompagnement PAS ─────────────────────────

/**
 * Bilans of the foyers in scope (dated up to `au`: nothing later exists) with the accompagnement PAS they belong to:
 * the one whose [debut, fin + 12 months] contains the bilan's date. Windows of two PAS of a foyer meet on one day
 * at most (the next PAS starts on or after fin + 12 months): the earlier PAS then, as it is the one being closed.
 */
const bilanPasSql = (ctx: Contexte) => Prisma.sql`
  SELECT DISTINCT ON (b.id) b.id AS bilan_id, b.foyer_id, b.date, b.motif_sortie_code, p.pas_no, p.debut AS pas_debut
  FROM bilan b JOIN ind_pas p ON p.foyer_id = b.foyer_id AND p.accompagnement
    AND b.date >= p.debut AND b.date <= (p.fin + interval '12 months')::date
  WHERE b.date <= ${ctx.p.au}::date
  ORDER BY b.id, p.pas_no`;

/** One row per sortie: an accompagnement PAS with a bilan, with its last bilan's date and motif (ties: motif order, code: independent of ids). */
const sortiesSql = (ctx: Contexte) => Prisma.sql`
  SELECT DISTINCT ON (bp.foyer_id, bp.pas_no) bp.foyer_id, bp.pas_no, bp.pas_debut, bp.date, bp.motif_sortie_code
  FROM (${bilanPasSql(ctx)}) bp JOIN motif_sortie m ON m.code = bp.motif_sortie_code
  ORDER BY bp.foyer_id, bp.pas_no, bp.date DESC, m.ordre, m.code`;

/** Null when bilans can be counted; else why not (none was ever entered up to `au`, in any scope: a 0 would lie). */
async function bilansAbsents(ctx: Contexte): Promise<string | null> {
  const [row] = await ctx.q<{ existe: boolean }>(Prisma.sql`SELECT EXISTS (SELECT 1 FROM bilan WHERE date <= ${ctx.p.au}::date) AS existe`);
  return row?.existe ? null : "Aucun bilan de fin d'accompagnement n'a été saisi : le motif de sortie et les résultats des objectifs ne sont pas connus.";
}

/** Foyers en accompagnement in each year (indicator 3), and those among them whose accompagnement PAS ongoing that year has a bilan. */
async function accompagnesAvecBilan(ctx: Contexte) {
  const rows = await ctx.q<{ annee: number; accompagnes: number; avec_bilan: number }>(Prisma.sql`
    WITH bp AS (${bilanPasSql(ctx)})
    SELECT y.annee, count(DISTINCT p.foyer_id)::int AS accompagnes,
      count(DISTINCT p.foyer_id) FILTER (WHERE EXISTS (SELECT 1 FROM bp WHERE bp.foyer_id = p.foyer_id AND bp.pas_no = p.pas_no))::int AS avec_bilan
    FROM ind_annee y JOIN ind_pas p ON p.accompagnement AND p.debut <= y.fin AND p.fin >= y.debut
    GROUP BY y.annee`);
  return { accompagnes: parAnnee(ctx.annees, rows, (r) => r.accompagnes), avecBilan: parAnnee(ctx.annees, rows, (r) => r.avec_bilan) };
}

/** Sorties of the period by motif (every motif of the list, in its order, with its class), and bilans belonging to no accompagnement. */
async function motifs(ctx: Contexte) {
  const parMotif = await ctx.q<{ code: string; classe: string; n: number }>(Prisma.sql`
    WITH s AS (${sortiesSql(ctx)})
    SELECT m.code, m.classe::text AS classe, count(s.pas_no)::int AS n
    FROM motif_sortie m LEFT JOIN s ON s.motif_sortie_code = m.code AND ${DANS_PERIODE(ctx, Prisma.sql`s.date`)}
    GROUP BY m.code, m.classe, m.ordre ORDER BY m.ordre, m.code`);
  const [hors] = await ctx.q<{ n: number }>(Prisma.sql`
    SELECT count(*)::int AS n FROM bilan b JOIN ind_foyer f ON f.foyer_id = b.foyer_id
    WHERE ${DANS_PERIODE(ctx, Prisma.sql`b.date`)} AND b.id NOT IN (SELECT bp.bilan_id FROM (${bilanPasSql(ctx)}) bp)`);
  return { parMotif, horsAccompagnement: hors?.n ?? 0 };
}

const RESULTATS = ['ATTEINT', 'PARTIELLEMENT_ATTEINT', 'NON_ATTEINT', 'ABANDONNE'] as const;
type Resultats = Record<(typeof RESULTATS)[number] | 'sans_resultat', number>;

/**
 * Objectives assessed by the sorties of the period: objectives of the foyer dated from the PAS's first rdv to its last
 * bilan, by the result recorded (objectif.resultat); `sans_resultat` = none recorded.
 */
async function resultatsObjectifs(ctx: Contexte): Promise<Resultats> {
  const rows = await ctx.q<{ resultat: string | null; n: number }>(Prisma.sql`
    WITH s AS (${sortiesSql(ctx)})
    SELECT o.resultat::text AS resultat, count(DISTINCT o.id)::int AS n
    FROM s JOIN objectif o ON o.foyer_id = s.foyer_id AND o.date BETWEEN s.pas_debut AND s.date
    WHERE ${DANS_PERIODE(ctx, Prisma.sql`s.date`)} GROUP BY 1`);
  const compte = (r: string | null) => rows.find((x) => x.resultat === r)?.n ?? 0;
  return {
    ATTEINT: compte('ATTEINT'),
    PARTIELLEMENT_ATTEINT: compte('PARTIELLEMENT_ATTEINT'),
    NON_ATTEINT: compte('NON_ATTEINT'),
    ABANDONNE: compte('ABANDONNE'),
    sans_resultat: compte(null),
  };
}

/** Why objective results cannot be counted (no bilan, or no result ever recorded), else null. */
async function resultatsAbsents(ctx: Contexte): Promise<string | null> {
  const bilans = await bilansAbsents(ctx);
  if (bilans) return bilans;
  const [row] = await ctx.q<{ existe: boolean }>(Prisma.sql`
    SELECT EXISTS (SELECT 1 FROM objectif WHERE resultat IS NOT NULL AND date <= ${ctx.p.au}::date) AS existe`);
  return row?.existe ? null : "Aucun résultat d'objectif n'a été saisi.";
}

/** Cohorts of the Lot (table n° 48): per base year and years elapsed k, the cohort, those present in year + k, and present every year until then. */
async function cohortes(ctx: Contexte) {
  const rows = await ctx.q<{ annee: number; k: number; cohorte: number; presents: number; chaque: number }>(Prisma.sql`
    WITH pres AS (
      SELECT DISTINCT y.annee, p.foyer_id FROM ind_annee y
      JOIN ind_pas p ON p.accompagnement AND p.debut <= y.fin AND p.fin >= y.debut
    ), iles AS (
      SELECT q.annee, q.foyer_id, max(q.annee) OVER (PARTITION BY q.foyer_id, q.ile) AS fin_ile FROM (
        SELECT pres.*, pres.annee - row_number() OVER (PARTITION BY pres.foyer_id ORDER BY pres.annee)::int AS ile FROM pres) q
    )
    SELECT i.annee, k.k, count(*)::int AS cohorte, count(p2.foyer_id)::int AS presents,
      count(*) FILTER (WHERE i.fin_ile >= i.annee + k.k)::int AS chaque
    FROM iles i CROSS JOIN generate_series(0, 4) AS k(k)
    LEFT JOIN pres p2 ON p2.foyer_id = i.foyer_id AND p2.annee = i.annee + k.k
    WHERE i.annee + k.k <= (SELECT max(annee) FROM ind_annee)
    GROUP BY i.annee, k.k`);
  const cellule = (cohorte: number, presents: number, chaque: number) => ({
    cohorte,
    presents,
    presents_chaque_annee: chaque,
    presence: ratio(presents, cohorte),
    presence_chaque_annee: ratio(chaque, cohorte),
  });
  const derniere = Math.max(...ctx.annees);
  const ecoulees = (a: number) => [0, 1, 2, 3, 4].filter((k) => a + k <= derniere);
  const somme = (k: number, f: (r: (typeof rows)[number]) => number) => rows.filter((r) => r.k === k).reduce((s, r) => s + f(r), 0);
  const ensemble = Object.fromEntries(
    ecoulees(Math.min(...ctx.annees)).map((k) => [String(k), cellule(somme(k, (r) => r.cohorte), somme(k, (r) => r.presents), somme(k, (r) => r.chaque))]),
  );
  const parAnneeDeDepart = Object.fromEntries(
    ctx.annees.map((a) => [
      String(a),
      Object.fromEntries(
        ecoulees(a).map((k) => {
          const r = rows.find((x) => x.annee === a && x.k === k);
          return [String(k), cellule(r?.cohorte ?? 0, r?.presents ?? 0, r?.chaque ?? 0)];
        }),
      ),
    ]),
  );
  return { annees_ecoulees: ensemble, par_annee_de_depart: parAnneeDeDepart };
}

export const bilansSorties: Indicateur[] = [
  {
    numero: '33',
    libelle: "Foyers avec un bilan de fin d'accompagnement",
    definition: `Par année : foyers en accompagnement dans l'année (indicateur 3) dont une PAS d'accompagnement en cours dans l'année a un bilan de fin d'accompagnement (daté au plus tard à la date de référence, éventuellement après l'année). ${RATTACHEMENT} Indisponible si aucun bilan n'a jamais été saisi.`,
    calculer: async (ctx) => {
      const absent = await bilansAbsents(ctx);
      return absent ? indisponible(absent) : (await accompagnesAvecBilan(ctx)).avecBilan;
    },
  },
  {
    numero: '34',
    libelle: 'Objectifs globalement atteints, partiellement atteints, non atteints',
    definition: `Objectifs évalués par les sorties de la période : objectifs du foyer datés du premier rendez-vous de la PAS d'accompagnement au dernier bilan de cette PAS, par résultat enregistré (atteint, partiellement atteint, non atteint, abandonné ; sans_resultat si aucun n'est saisi). ${SORTIE} ${RATTACHEMENT} Indisponible si aucun bilan ou aucun résultat d'objectif n'a jamais été saisi.`,
    calculer: async (ctx) => {
      const absent = await resultatsAbsents(ctx);
      return absent ? indisponible(absent) : resultatsObjectifs(ctx);
    },
  },
  {
    numero: '35',
    libelle: 'Nombre de PAS terminées (sorties de PAS) dans la période, par type',
    definition: 'PAS terminées à la date de référence (aucun rendez-vous honoré dans les 12 mois suivant leur dernier rendez-vous) dont la fin (dernier rendez-vous) est dans la période, par type.',
    calculer: async (ctx) => {
      const rows = await ctx.q<{ accompagnement: boolean; n: number }>(Prisma.sql`
        SELECT p.accompagnement, count(*)::int AS n FROM ind_pas p WHERE ${PAS_TERMINEE(ctx)} GROUP BY p.accompagnement`);
      const n = (acc: boolean) => rows.find((r) => r.accompagnement === acc)?.n ?? 0;
      return { information: n(false), accompagnement: n(true) };
    },
  },
  {
    numero: '36',
    libelle: 'Foyers ayant eu plusieurs PAS',
    definition: "Parmi les foyers ayant une PAS (information ou accompagnement) en cours dans la période, ceux qui ont eu deux PAS ou plus jusqu'à la date de référence.",
    calculer: async (ctx) => {
      const [row] = await ctx.q<{ n: number }>(Prisma.sql`
        SELECT count(*)::int AS n FROM (SELECT p.foyer_id FROM ind_pas p GROUP BY p.foyer_id
          HAVING count(*) >= 2 AND bool_or(${PAS_EN_COURS(ctx)})) x`);
      return row?.n ?? 0;
    },
  },
  {
    numero: '37',
    libelle: 'Nombre et types de motifs de sortie',
    definition: `Sorties de la période par motif de sortie (liste de domaine.md, enrichissable par l'administrateur ; tous les motifs sont listés). ${SORTIE} ${RATTACHEMENT} Indisponible si aucun bilan n'a jamais été saisi.`,
    calculer: async (ctx) => {
      const absent = await bilansAbsents(ctx);
      if (absent) return indisponible(absent);
      const { parMotif, horsAccompagnement } = await motifs(ctx);
      return {
        total: parMotif.reduce((s, r) => s + r.n, 0),
        par_motif: Object.fromEntries(parMotif.map((r) => [r.code, r.n])),
        bilans_hors_accompagnement: horsAccompagnement,
      };
    },
  },
  {
    numero: '38',
    libelle: 'Proportion des foyers en accompagnement avec un bilan',
    definition: "Par année : indicateur 33 rapporté aux foyers en accompagnement de l'année (indicateur 3). Indisponible si aucun bilan n'a jamais été saisi.",
    calculer: async (ctx) => {
      const absent = await bilansAbsents(ctx);
      if (absent) return indisponible(absent);
      const { accompagnes, avecBilan } = await accompagnesAvecBilan(ctx);
      const taux = Object.fromEntries(ctx.annees.map((a) => [String(a), ratio(avecBilan[String(a)] ?? 0, accompagnes[String(a)] ?? 0)]));
      return { taux, numerateur: avecBilan, denominateur: accompagnes };
    },
  },
  {
    numero: '39',
    libelle: 'Répartition des objectifs entre atteints, partiellement atteints et non atteints',
    definition: "Part de chaque résultat parmi les objectifs de l'indicateur 34 dont le résultat est saisi (les objectifs sans résultat sont exclus du dénominateur).",
    calculer: async (ctx) => {
      const absent = await resultatsAbsents(ctx);
      if (absent) return indisponible(absent);
      const n = await resultatsObjectifs(ctx);
      const total = RESULTATS.reduce((s, r) => s + n[r], 0);
      return {
        ...Object.fromEntries(RESULTATS.map((r) => [r, ratio(n[r], total)])),
        numerateur: Object.fromEntries(RESULTATS.map((r) => [r, n[r]])),
        denominateur: total,
      };
    },
  },
  {
    numero: '40',
    libelle: 'Proportion des foyers en accompagnement dont la PAS est terminée',
    definition: "Parmi les foyers ayant une PAS d'accompagnement en cours dans la période, ceux dont une PAS d'accompagnement s'est terminée (à la date de référence) avec une fin dans la période.",
    calculer: async (ctx) => {
      const [row] = await ctx.q<{ accompagnes: number; terminees: number }>(Prisma.sql`
        SELECT count(DISTINCT p.foyer_id)::int AS accompagnes,
          count(DISTINCT p.foyer_id) FILTER (WHERE ${PAS_TERMINEE(ctx)})::int AS terminees
        FROM ind_pas p WHERE p.accompagnement AND ${PAS_EN_COURS(ctx)}`);
      return { taux: ratio(row?.terminees ?? 0, row?.accompagnes ?? 0), numerateur: row?.terminees ?? 0, denominateur: row?.accompagnes ?? 0 };
    },
  },
  {
    numero: '41',
    libelle: 'Proportion des foyers en accompagnement ayant eu plusieurs PAS ; cohortes',
    definition:
      "Parmi les foyers ayant une PAS d'accompagnement en cours dans la période, ceux qui ont eu deux PAS ou plus (de tout type) jusqu'à la date de référence. Variante du Lot (tableau n° 48) : un foyer est « en accompagnement une année » s'il a une PAS d'accompagnement en cours dans l'année (indicateur 3) ; pour chaque année de départ A de la période et chaque nombre d'années écoulées k de 0 à 4 tel que A + k soit dans la période, parmi les foyers en accompagnement en A (cohorte), ceux en accompagnement en A + k (presence) et ceux en accompagnement chaque année de A à A + k (presence_chaque_annee) ; annees_ecoulees cumule toutes les années de départ pour chaque k, comme le tableau du Lot.",
    calculer: async (ctx) => {
      const [row] = await ctx.q<{ accompagnes: number; plusieurs: number }>(Prisma.sql`
        SELECT count(*)::int AS accompagnes, count(*) FILTER (WHERE x.n >= 2)::int AS plusieurs FROM (
          SELECT p.foyer_id, count(*) AS n, bool_or(p.accompagnement AND ${PAS_EN_COURS(ctx)}) AS accompagne
          FROM ind_pas p GROUP BY p.foyer_id) x
        WHERE x.accompagne`);
      const accompagnes = row?.accompagnes ?? 0;
      const plusieurs = row?.plusieurs ?? 0;
      return { taux: ratio(plusieurs, accompagnes), numerateur: plusieurs, denominateur: accompagnes, cohortes: await cohortes(ctx) };
    },
  },
  {
    numero: '42',
    libelle: 'Répartition des motifs de sortie et taux de sorties positives',
    definition: `Part de chaque motif parmi les sorties de la période (indicateur 37) ; taux de sorties positives = sorties dont le motif est classé positif (motif_sortie.classe, réglable par l'administrateur : progrès vers l'autonomie et l'insertion) / toutes les sorties de la période (toutes ont un motif, obligatoire au bilan). ${SORTIE} Indisponible si aucun bilan n'a jamais été saisi.`,
    calculer: async (ctx) => {
      const absent = await bilansAbsents(ctx);
      if (absent) return indisponible(absent);
      const { parMotif } = await motifs(ctx);
      const total = parMotif.reduce((s, r) => s + r.n, 0);
      const positives = parMotif.filter((r) => r.classe === 'POSITIVE').reduce((s, r) => s + r.n, 0);
      return {
        repartition: Object.fromEntries(parMotif.map((r) => [r.code, ratio(r.n, total)])),
        taux_sorties_positives: ratio(positives, total),
        numerateur: positives,
        denominateur: total,
      };
    },
  },
  {
    numero: '43',
    libelle: "Délai entre deux PAS d'un même foyer",
    definition:
      "Pour chaque PAS en cours dans la période qui a une PAS précédente (du même foyer) : début de la PAS moins fin de la précédente. Moyenne en jours ; distribution en mois calendaires entiers (12-17, 18-23, 24-35, 36-59, 60 et plus ; l'écart est toujours d'au moins 12 mois).",
    calculer: async (ctx) => {
      const s = await statistiques(
        ctx,
        Prisma.sql`SELECT (p.debut - prec.fin) AS jours, ${moisEntre(Prisma.sql`prec.fin`, Prisma.sql`p.debut`)} AS classe
          FROM ind_pas p JOIN ind_pas prec ON prec.foyer_id = p.foyer_id AND prec.pas_no = p.pas_no - 1
          WHERE ${PAS_EN_COURS(ctx)}`,
        [12, 18, 24, 36, 60],
      );
      return { moyenne_jours: s.moyenne_jours, distribution_mois: s.distribution, effectif: s.effectif };
    },
  },
];
