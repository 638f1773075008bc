import { Prisma } from '@/generated/prisma/client';
import { TypeContrat } from '@/generated/prisma/enums';
import type { Contexte } from '../moteur/contexte';
import { foyersEnPasSql } from '../moteur/sql';
import type { Indicateur } from '../moteur/indicateur';
import { indisponible, parAnnee, ratio, type Indisponible, type ParAnnee } from '../moteur/valeurs';

// ───────────────────────── Perimeter and rules shared by indicators 25–32 ─────────────────────────

const PERIMETRE =
  "Périmètre : pour chaque année, les foyers en accompagnement dans l'année (PAS d'accompagnement en cours dans l'année, indicateur 3) ; un élément saisi pour un foyer qui n'est pas en accompagnement cette année-là (en information ou sans PAS) n'est pas compté, où qu'il tombe dans l'année par rapport à la PAS.";
const DATE_ELEMENT =
  "Un diagnostic, un objectif ou une action compte l'année de sa date (fenêtre de l'année bornée à la période) ; un contrat compte chaque année où il est en vigueur au moins un jour (début <= fin de la fenêtre et fin >= début de la fenêtre).";
const REGLES = `${PERIMETRE} ${DATE_ELEMENT}`;
const PROBLEMATIQUE =
  "Une problématique est un domaine relevé pour un foyer par un diagnostic daté dans l'année : relevé par plusieurs diagnostics de la même année, il compte une fois pour ce foyer et cette année.";
const INDISPONIBLE =
  "Indisponible (valeur null avec la raison) tant qu'aucun élément du genre concerné (diagnostic, problématique, objectif, contrat, action) n'existe, daté (pour un contrat : commencé ; pour une problématique : par son diagnostic) au plus tard à la date de référence, tous périmètres et tous foyers confondus : un 0 ne distingue pas alors « aucun » de « jamais saisi ». Dès qu’une ligne existe quelque part, un périmètre (EDS, TS, RSA) sans élément vaut 0.";

const accompagnesSql = foyersEnPasSql(true);

/**
 * What is counted: `elements` yields one row `(annee, foyer_id, cle)` per counted element and year (any foyer, any
 * status: the accompagnés filter is applied by `compter`); `existe` tells whether such data was ever entered up to `au`.
 */
type Source = {
  elements: Prisma.Sql;
  existe: (au: string) => Prisma.Sql;
  raison: string;
};

const SOURCES = {
  diagnostics: {
    elements: Prisma.sql`
      SELECT y.annee, d.foyer_id, NULL::text AS cle FROM ind_annee y JOIN diagnostic d ON d.date BETWEEN y.debut AND y.fin`,
    existe: (au) => Prisma.sql`SELECT 1 FROM diagnostic WHERE date <= ${au}::date`,
    raison: "Aucun diagnostic (évaluation sociale) n'a été saisi.",
  },
  problematiques: {
    // One row per (year, foyer, domaine): a problématique noted again by a second diagnostic of the year counts once.
    elements: Prisma.sql`
      SELECT DISTINCT y.annee, d.foyer_id, dd.domaine_code AS cle FROM ind_annee y
      JOIN diagnostic d ON d.date BETWEEN y.debut AND y.fin JOIN diagnostic_domaine dd ON dd.diagnostic_id = d.id`,
    existe: (au) => Prisma.sql`SELECT 1 FROM diagnostic_domaine dd JOIN diagnostic d ON d.id = dd.diagnostic_id WHERE d.date <= ${au}::date`,
    raison: "Aucune problématique (domaine d'un diagnostic) n'a été saisie.",
  },
  objectifs: {
    elements: Prisma.sql`
      SELECT y.annee, o.foyer_id, o.domaine_code AS cle FROM ind_annee y JOIN objectif o ON o.date BETWEEN y.debut AND y.fin`,
    existe: (au) => Prisma.sql`SELECT 1 FROM objectif WHERE date <= ${au}::date`,
    raison: "Aucun objectif d'accompagnement n'a été saisi.",
  },
  contrats: {
    elements: Prisma.sql`
      SELECT y.annee, c.foyer_id, c.type::text AS cle FROM ind_annee y JOIN contrat c ON c.debut <= y.fin AND c.fin >= y.debut`,
    existe: (au) => Prisma.sql`SELECT 1 FROM contrat WHERE debut <= ${au}::date`,
    raison: "Aucun contrat (CER, contrat d'accompagnement social, MASP) n'a été saisi.",
  },
  actions: {
    elements: Prisma.sql`
      SELECT y.annee, a.foyer_id, a.type_code AS cle FROM ind_annee y JOIN action a ON a.date BETWEEN y.debut AND y.fin`,
    existe: (au) => Prisma.sql`SELECT 1 FROM action WHERE date <= ${au}::date`,
    raison: "Aucune action d'accompagnement n'a été saisie.",
  },
} satisfies Record<string, Source>;

type NomSource = keyof typeof SOURCES;

/** Per year, for the accompagnés: elements (`nombre`) and distinct foyers having one (`foyers`), in all and per key. */
type Comptes = {
  nombre: ParAnnee;
  foyers: ParAnnee;
  parCle: (cle: string, champ: 'nombre' | 'foyers') => ParAnnee;
};

/** Memo per computation: indicators 25–32 share the same few counts (the context lives for one transaction). */
const memo = new WeakMap<Contexte, Map<string, Promise<unknown>>>();
function memoiser<T>(ctx: Contexte, cle: string, calcul: () => Promise<T>): Promise<T> {
  let valeurs = memo.get(ctx);
  if (!valeurs) memo.set(ctx, (valeurs = new Map()));
  let valeur = valeurs.get(cle) as Promise<T> | undefined;
  if (!valeur) valeurs.set(cle, (valeur = calcul()));
  return valeur;
}

/** The one query behind 25–32: elements of foyers en accompagnement that year, per year, in all and per key (GROUPING SETS). */
function compter(ctx: Contexte, nom: NomSource): Promise<Comptes> {
  return memoiser(ctx, `compter:${nom}`, async () => {
    const rows = await ctx.q<{ annee: number; cle: string | null; tout: boolean; nombre: number; foyers: number }>(Prisma.sql`
      SELECT x.annee, x.cle, GROUPING(x.cle) = 1 AS tout, count(*)::int AS nombre, count(DISTINCT x.foyer_id)::int AS foyers
      FROM (${SOURCES[nom].elements}) x
      JOIN (${accompagnesSql}) acc ON acc.annee = x.annee AND acc.foyer_id = x.foyer_id
      GROUP BY GROUPING SETS ((x.annee), (x.annee, x.cle))`);
    const tout = rows.filter((r) => r.tout);
    return {
      nombre: parAnnee(ctx.annees, tout, (r) => r.nombre),
      foyers: parAnnee(ctx.annees, tout, (r) => r.foyers),
      parCle: (cle, champ) => parAnnee(ctx.annees, rows.filter((r) => !r.tout && r.cle === cle), (r) => r[champ]),
    };
  });
}

/** Null when the source's data was entered (anywhere, up to `au`); else why the figure is unavailable. */
function absence(ctx: Contexte, nom: NomSource): Promise<string | null> {
  return memoiser(ctx, `absence:${nom}`, async () => {
    if (nom === 'problematiques') {
      const diagnostics = await absence(ctx, 'diagnostics');
      if (diagnostics) return diagnostics;
    }
    const [row] = await ctx.q<{ existe: boolean }>(Prisma.sql`SELECT EXISTS (${SOURCES[nom].existe(ctx.p.au)}) AS existe`);
    return row?.existe ? null : SOURCES[nom].raison;
  });
}

/** `calcul` when the source's data exists, else the unavailable figure. */
async function siSaisi<T>(ctx: Contexte, nom: NomSource, calcul: () => Promise<T>): Promise<T | Indisponible> {
  const raison = await absence(ctx, nom);
  return raison ? indisponible(raison) : calcul();
}

/** Foyers en accompagnement per year (the denominator of indicator 31). */
function accompagnes(ctx: Contexte): Promise<ParAnnee> {
  return memoiser(ctx, 'accompagnes', async () => {
    const rows = await ctx.q<{ annee: number; n: number }>(Prisma.sql`
      SELECT acc.annee, count(*)::int AS n FROM (${accompagnesSql}) acc GROUP BY acc.annee`);
    return parAnnee(ctx.annees, rows, (r) => r.n);
  });
}

/** The reference lists whose every code is a key of the result (active or not: old data may use a deactivated one). */
const LISTES = {
  domaine: Prisma.sql`SELECT code FROM domaine ORDER BY ordre, code`,
  type_action: Prisma.sql`SELECT code FROM type_action ORDER BY ordre, code`,
};

/** Codes of a reference list, in the list's order. */
function codes(ctx: Contexte, liste: keyof typeof LISTES): Promise<string[]> {
  return memoiser(ctx, `codes:${liste}`, async () => {
    const rows = await ctx.q<{ code: string }>(LISTES[liste]);
    return rows.map((r) => r.code);
  });
}

/** `{ taux, numerateur, denominateur }` per year; taux null when the denominator is 0. */
function rapportParAnnee(annees: number[], numerateur: ParAnnee, denominateur: ParAnnee) {
  const taux: Record<string, number | null> = {};
  for (const a of annees) taux[String(a)] = ratio(numerateur[String(a)] ?? 0, denominateur[String(a)] ?? 0);
  return { taux, numerateur, denominateur };
}

/** `{ moyenne, numerateur, denominateur }` per year: elements per foyer having at least one (unrounded; null without any). */
function moyenneParFoyer(annees: number[], c: Comptes) {
  const { taux, numerateur, denominateur } = rapportParAnnee(annees, c.nombre, c.foyers);
  return { moyenne: taux, numerateur, denominateur };
}

/** Number of elements, foyers concerned, and per key of a reference list the element count of each year. */
async function parDomaine(ctx: Contexte, nom: 'problematiques' | 'objectifs') {
  const c = await compter(ctx, nom);
  const domaines = await codes(ctx, 'domaine');
  return {
    nombre: c.nombre,
    foyers: c.foyers,
    par_domaine: Object.fromEntries(domaines.map((d) => [d, c.parCle(d, 'nombre')])),
  };
}

export const contenu: Indicateur[] = [
  {
    numero: '25',
    libelle: "Foyers avec un diagnostic (évaluation sociale)",
    definition: `Par année : foyers en accompagnement dans l'année ayant au moins un diagnostic daté dans l'année. ${REGLES} ${INDISPONIBLE}`,
    calculer: (ctx) => siSaisi(ctx, 'diagnostics', async () => (await compter(ctx, 'diagnostics')).foyers),
  },
  {
    numero: '26',
    libelle: 'Problématiques identifiées : nombre et types',
    definition: `Par année : problématiques relevées par les diagnostics datés dans l'année des foyers en accompagnement dans l'année (nombre), foyers ayant au moins une problématique (foyers), et par domaine (liste des domaines, tous présents) le nombre de problématiques de ce domaine, égal au nombre de foyers concernés. ${PROBLEMATIQUE} ${REGLES} ${INDISPONIBLE}`,
    calculer: (ctx) => siSaisi(ctx, 'problematiques', () => parDomaine(ctx, 'problematiques')),
  },
  {
    numero: '27',
    libelle: 'Foyers avec des objectifs fixés',
    definition: `Par année : foyers en accompagnement dans l'année ayant au moins un objectif daté (fixé) dans l'année. ${REGLES} ${INDISPONIBLE}`,
    calculer: (ctx) => siSaisi(ctx, 'objectifs', async () => (await compter(ctx, 'objectifs')).foyers),
  },
  {
    numero: '28',
    libelle: 'Objectifs fixés : nombre et types',
    definition: `Par année : objectifs datés (fixés) dans l'année pour les foyers en accompagnement dans l'année (nombre), foyers concernés (foyers), et nombre d'objectifs par domaine (liste des domaines, tous présents). ${REGLES} ${INDISPONIBLE}`,
    calculer: (ctx) => siSaisi(ctx, 'objectifs', () => parDomaine(ctx, 'objectifs')),
  },
  {
    numero: '29',
    libelle: "Foyers avec un contrat d'accompagnement",
    definition: `Par année : foyers en accompagnement dans l'année ayant un contrat en vigueur au moins un jour de l'année (foyers : tous types confondus, chaque foyer une fois), et par type de contrat (CER du RSA, contrat d'accompagnement social, MASP) ; un foyer ayant deux types compte dans chacun. Un contrat s'étendant sur deux années compte les deux années. ${REGLES} ${INDISPONIBLE}`,
    calculer: (ctx) =>
      siSaisi(ctx, 'contrats', async () => {
        const c = await compter(ctx, 'contrats');
        return { foyers: c.foyers, par_type: Object.fromEntries(Object.values(TypeContrat).map((t) => [t, c.parCle(t, 'foyers')])) };
      }),
  },
  {
    numero: '30',
    libelle: "Actions d'accompagnement par an",
    definition: `Par année : actions d'accompagnement datées dans l'année pour les foyers en accompagnement dans l'année, au total (total), foyers concernés (foyers) et par type d'action (liste des types d'actions, tous présents) ; une action compte qu'elle soit rattachée ou non à un objectif. ${REGLES} ${INDISPONIBLE}`,
    calculer: (ctx) =>
      siSaisi(ctx, 'actions', async () => {
        const c = await compter(ctx, 'actions');
        const types = await codes(ctx, 'type_action');
        return { total: c.nombre, foyers: c.foyers, par_type: Object.fromEntries(types.map((t) => [t, c.parCle(t, 'nombre')])) };
      }),
  },
  {
    numero: '31',
    libelle: 'Proportion des foyers en accompagnement avec diagnostic, problématiques, objectifs, contrat, actions',
    definition: `Par année, parmi les foyers en accompagnement dans l'année (dénominateur, indicateur 3) : part de ceux ayant un diagnostic daté dans l'année (indicateur 25), une problématique relevée dans l'année (26), un objectif fixé dans l'année (27), un contrat en vigueur dans l'année (29), une action datée dans l'année (30) ; chaque part porte son numérateur et son dénominateur, taux null si le dénominateur est 0. ${REGLES} Chaque part est indisponible séparément selon la règle : ${INDISPONIBLE}`,
    calculer: async (ctx) => {
      const denominateur = await accompagnes(ctx);
      const part = (nom: NomSource) => siSaisi(ctx, nom, async () => rapportParAnnee(ctx.annees, (await compter(ctx, nom)).foyers, denominateur));
      return {
        diagnostic: await part('diagnostics'),
        problematiques: await part('problematiques'),
        objectifs: await part('objectifs'),
        contrat: await part('contrats'),
        actions: await part('actions'),
      };
    },
  },
  {
    numero: '32',
    libelle: 'Nombre moyen de problématiques, objectifs et actions par foyer concerné et par an',
    definition: `Par année : problématiques (indicateur 26) rapportées aux foyers en accompagnement ayant au moins une problématique dans l'année ; objectifs fixés (28) rapportés aux foyers ayant au moins un objectif fixé dans l'année ; actions (30) rapportées aux foyers ayant au moins une action dans l'année. Moyennes non arrondies avec numérateur et dénominateur, null si aucun foyer n'est concerné. ${PROBLEMATIQUE} ${REGLES} Chaque moyenne est indisponible séparément selon la règle : ${INDISPONIBLE}`,
    calculer: async (ctx) => {
      const moyenne = (nom: NomSource) => siSaisi(ctx, nom, async () => moyenneParFoyer(ctx.annees, await compter(ctx, nom)));
      return {
        problematiques: await moyenne('problematiques'),
        objectifs: await moyenne('objectifs'),
        actions: await moyenne('actions'),
      };
    },
  },
];
