import { Prisma } from '@/generated/prisma/client';
import type { Contexte } from '../moteur/contexte';
import { foyersEnPasSql } from '../moteur/sql';
import type { Indicateur } from '../moteur/indicateur';
import { distribuer, indisponible, type Distribution } from '../moteur/valeurs';

/**
 * Indicators 7–10 (situation socio-démographique of the foyers) and 53 (the same for the aided foyers).
 * Every figure is aggregated in PostgreSQL: per perimeter, year and class, never one row per person.
 */

const PERIMETRES_SUIVI = ['accueillis', 'information_ou_accompagnement', 'accompagnement'] as const;
const PERIMETRES_AIDES = ['aides', 'aides_accompagnes'] as const;
type Perimetre = (typeof PERIMETRES_SUIVI)[number] | (typeof PERIMETRES_AIDES)[number];

/** Foyers with a PAS ongoing in each year (any type, or accompagnement only). */
const enPasSql = (accompagnementSeul: boolean) => foyersEnPasSql(accompagnementSeul ? true : null);

/** Foyers with an aid paid in each year (statut PAYEE, by payment date), as indicators 54 and 55 count them. */
const aidesSql = Prisma.sql`
  SELECT y.annee, a.foyer_id FROM ind_annee y
  JOIN aide a ON a.statut = 'PAYEE' AND a.date_paiement BETWEEN y.debut AND y.fin
  JOIN ind_foyer USING (foyer_id)`;

/** `(annee, foyer_id)` rows (duplicates allowed) of each perimeter, restricted to the foyers in scope. */
const FOYERS: Record<Perimetre, Prisma.Sql> = {
  // As indicator 1 (built once by the context).
  accueillis: Prisma.sql`SELECT a.annee, a.foyer_id FROM ind_accueil a`,
  information_ou_accompagnement: enPasSql(false),
  accompagnement: enPasSql(true),
  aides: aidesSql,
  aides_accompagnes: Prisma.sql`SELECT s.annee, s.foyer_id FROM (${aidesSql}) s WHERE (s.annee, s.foyer_id) IN (${enPasSql(true)})`,
};

const PERIMETRES = [...PERIMETRES_SUIVI, ...PERIMETRES_AIDES] as const;

/**
 * Working sets shared by indicators 7–10 and 53, built once per computation (temporary tables dropped at commit,
 * like those of the context):
 * - `ind_socio_foyer(perimetre, annee, foyer_id)`: the foyers of each perimeter in each year;
 * - `ind_socio_membre(annee, foyer_id, personne_id, jour, sexe, age)`: their members in the year — appartenance
 *   covering the last day of the year window, else their last day of membership inside the window — with their
 *   age that day (persons not yet born that day are left out);
 * - `ind_socio_composition(annee, foyer_id, personnes, adultes, enfants_14_17, enfants_moins_14, uc)`: one row per
 *   foyer and year; `uc` is null for a foyer without any member.
 */
const preparations = new WeakMap<Contexte, Promise<void>>();

async function creerTables(ctx: Contexte): Promise<void> {
  const union = Prisma.join(
    PERIMETRES.map((p) => Prisma.sql`SELECT ${p}::text AS perimetre, s.annee, s.foyer_id FROM (${FOYERS[p]}) s`),
    ' UNION ALL ',
  );
  await ctx.tx.$executeRaw`CREATE TEMP TABLE ind_socio_foyer ON COMMIT DROP AS
    SELECT DISTINCT u.perimetre, u.annee, u.foyer_id FROM (${union}) u`;
  await ctx.tx.$executeRaw`CREATE TEMP TABLE ind_socio_membre ON COMMIT DROP AS
    SELECT m.annee, m.foyer_id, m.personne_id, m.jour, pe.sexe::text AS sexe,
      extract(year FROM age(m.jour, pe.date_naissance))::int AS age
    FROM (
      SELECT c.annee, c.foyer_id, a.personne_id, max(least(coalesce(a.fin, y.fin), y.fin)) AS jour
      FROM (SELECT DISTINCT f.annee, f.foyer_id FROM ind_socio_foyer f) c
      JOIN ind_annee y ON y.annee = c.annee
      JOIN appartenance a ON a.foyer_id = c.foyer_id AND a.debut <= y.fin AND (a.fin IS NULL OR a.fin >= y.debut)
      GROUP BY 1, 2, 3
    ) m
    JOIN personne pe ON pe.id = m.personne_id
    WHERE pe.date_naissance <= m.jour`;
  await ctx.tx.$executeRaw`CREATE TEMP TABLE ind_socio_composition ON COMMIT DROP AS
    SELECT k.*,
      CASE WHEN k.personnes = 0 THEN NULL
        WHEN k.adultes + k.enfants_14_17 > 0 THEN 1 + 0.5 * (k.adultes + k.enfants_14_17 - 1) + 0.3 * k.enfants_moins_14
        ELSE 1 + 0.3 * (k.enfants_moins_14 - 1) END AS uc
    FROM (
      SELECT c.annee, c.foyer_id, count(a.personne_id)::int AS personnes,
        count(*) FILTER (WHERE a.age >= 18)::int AS adultes,
        count(*) FILTER (WHERE a.age BETWEEN 14 AND 17)::int AS enfants_14_17,
        count(*) FILTER (WHERE a.age < 14)::int AS enfants_moins_14
      FROM (SELECT DISTINCT f.annee, f.foyer_id FROM ind_socio_foyer f) c
      LEFT JOIN ind_socio_membre a ON a.annee = c.annee AND a.foyer_id = c.foyer_id
      GROUP BY 1, 2
    ) k`;
  await ctx.tx.$executeRaw`CREATE INDEX ON ind_socio_membre (annee, foyer_id)`;
  await ctx.tx.$executeRaw`CREATE INDEX ON ind_socio_composition (annee, foyer_id)`;
  await ctx.tx.$executeRaw`ANALYZE ind_socio_foyer, ind_socio_membre, ind_socio_composition`;
}

/** `foyers`, `ages` and `composition` for the perimeters asked, over the working sets (built on first use). */
async function avecSql(ctx: Contexte, perimetres: readonly Perimetre[]): Promise<Prisma.Sql> {
  let preparation = preparations.get(ctx);
  if (!preparation) {
    preparation = creerTables(ctx);
    preparations.set(ctx, preparation);
  }
  await preparation;
  return Prisma.sql`
    WITH foyers AS (SELECT * FROM ind_socio_foyer WHERE perimetre IN (${Prisma.join(perimetres.map((p) => Prisma.sql`${p}::text`))})),
    ages AS (SELECT * FROM ind_socio_membre),
    composition AS (SELECT * FROM ind_socio_composition)`;
}

/** A measured variable: its name, the lower bounds of its classes (the last one open) and their labels. */
type Variable = { nom: string; bornes: number[]; etiquettes: (number | string)[] };
const variable = (nom: string, bornes: number[], etiquettes: (number | string)[] = distribuer([], bornes).bornes): Variable => ({ nom, bornes, etiquettes });

type Statistique = { effectif: number; sans_valeur: number; moyenne: number | null; distribution: Distribution };
type LigneStat = { perimetre: string; annee: number; variable: string; i: number | null; n: number; somme: number | null };

/**
 * Mean and distribution of each variable, per perimeter and year, over `valeurs` (rows `perimetre, annee, variable,
 * valeur numeric`, one per foyer and variable; a null valeur is counted in `sans_valeur`). Sums are exact numeric
 * sums, so the means do not depend on the order of the rows.
 */
async function statistiques(ctx: Contexte, avec: Prisma.Sql, valeurs: Prisma.Sql, variables: Variable[]) {
  const classe = Prisma.join(
    variables.map((v) => Prisma.sql`WHEN v.variable = ${v.nom} THEN width_bucket(v.valeur, ${Prisma.raw(`ARRAY[${v.bornes.join(', ')}]::numeric[]`)})`),
    ' ',
  );
  const lignes = await ctx.q<LigneStat>(Prisma.sql`
    ${avec}
    SELECT v.perimetre, v.annee, v.variable, CASE WHEN v.valeur IS NULL THEN NULL ${classe} END AS i, count(*)::int AS n,
      (sum(sum(v.valeur)) OVER (PARTITION BY v.perimetre, v.annee, v.variable))::float8 AS somme
    FROM (${valeurs}) v
    GROUP BY 1, 2, 3, 4`);
  return (perimetre: string, annee: number, v: Variable): Statistique => {
    const rows = lignes.filter((l) => l.perimetre === perimetre && l.annee === annee && l.variable === v.nom);
    const avecValeur = rows.filter((r) => r.i !== null);
    const effectif = avecValeur.reduce((s, r) => s + r.n, 0);
    return {
      effectif,
      sans_valeur: rows.filter((r) => r.i === null).reduce((s, r) => s + r.n, 0),
      moyenne: effectif === 0 ? null : (avecValeur[0]?.somme ?? 0) / effectif,
      distribution: { bornes: v.etiquettes, effectifs: v.bornes.map((_, k) => rows.find((r) => r.i === k + 1)?.n ?? 0) },
    };
  };
}

const parCle = <K extends string, T>(cles: readonly K[], f: (cle: K) => T) => Object.fromEntries(cles.map((c) => [c, f(c)])) as Record<K, T>;
const parAn = <T>(ctx: Contexte, f: (annee: number) => T) => Object.fromEntries(ctx.annees.map((a) => [String(a), f(a)])) as Record<string, T>;

// ── 7. Ages ──────────────────────────────────────────────────────────────────────────────────────────

/** 5-year bands: 0-4, 5-9, … 90-94, 95+. */
const BORNES_AGES = Array.from({ length: 20 }, (_, i) => 5 * i);
const SEXES = ['F', 'M'] as const;

async function ages(ctx: Contexte, perimetres: readonly Perimetre[]) {
  // Each person once per perimeter and year, on the latest of their days in the perimeter's foyers.
  const rows = await ctx.q<{ perimetre: string; annee: number; sexe: string; tranche: number; n: number }>(Prisma.sql`
    ${await avecSql(ctx, perimetres)}
    SELECT x.perimetre, x.annee, x.sexe, least(x.age / 5, ${BORNES_AGES.length - 1}::int) AS tranche, count(*)::int AS n
    FROM (
      SELECT DISTINCT ON (f.perimetre, f.annee, a.personne_id) f.perimetre, f.annee, a.sexe, a.age
      FROM foyers f JOIN ages a ON a.annee = f.annee AND a.foyer_id = f.foyer_id
      ORDER BY f.perimetre, f.annee, a.personne_id, a.jour DESC
    ) x
    GROUP BY 1, 2, 3, 4`);
  const etiquettes = distribuer([], BORNES_AGES).bornes;
  return parCle(perimetres, (p) =>
    parAn(ctx, (annee) => {
      const lignes = rows.filter((r) => r.perimetre === p && r.annee === annee);
      return {
        personnes: lignes.reduce((s, r) => s + r.n, 0),
        ...parCle(SEXES, (sexe) => ({
          bornes: etiquettes,
          effectifs: BORNES_AGES.map((_, k) => lignes.find((r) => r.sexe === sexe && r.tranche === k)?.n ?? 0),
        })),
      };
    }),
  );
}

// ── 8. Composition ───────────────────────────────────────────────────────────────────────────────────

/** UC are multiples of 0.1 (1 + 0.5 a + 0.3 b): classes of half a UC, labelled by their first and last possible values. */
const VARIABLES_COMPOSITION = [
  variable('personnes', [1, 2, 3, 4, 5, 6]),
  variable('adultes', [0, 1, 2, 3]),
  variable('enfants_14_17', [0, 1, 2, 3]),
  variable('enfants_moins_14', [0, 1, 2, 3, 4]),
  variable('uc', [1, 1.5, 2, 2.5, 3, 3.5, 4], ['1-1.4', '1.5-1.9', '2-2.4', '2.5-2.9', '3-3.4', '3.5-3.9', '4+']),
];

async function composition(ctx: Contexte, perimetres: readonly Perimetre[]) {
  const valeurs = Prisma.sql`
    SELECT f.perimetre, f.annee, v.variable, v.valeur
    FROM foyers f JOIN composition c ON c.annee = f.annee AND c.foyer_id = f.foyer_id
    CROSS JOIN LATERAL (VALUES
      ('personnes'::text, c.personnes::numeric), ('adultes', c.adultes::numeric), ('enfants_14_17', c.enfants_14_17::numeric),
      ('enfants_moins_14', c.enfants_moins_14::numeric), ('uc', c.uc)
    ) v (variable, valeur)
    WHERE c.personnes > 0
    UNION ALL
    SELECT f.perimetre, f.annee, 'personnes', NULL
    FROM foyers f JOIN composition c ON c.annee = f.annee AND c.foyer_id = f.foyer_id
    WHERE c.personnes = 0`;
  const stat = await statistiques(ctx, await avecSql(ctx, perimetres), valeurs, VARIABLES_COMPOSITION);
  return parCle(perimetres, (p) =>
    parAn(ctx, (annee) => {
      const personnes = stat(p, annee, VARIABLES_COMPOSITION[0]!);
      return {
        foyers: personnes.effectif,
        sans_membre: personnes.sans_valeur,
        moyenne: Object.fromEntries(VARIABLES_COMPOSITION.map((v) => [v.nom, stat(p, annee, v).moyenne])),
        distribution: Object.fromEntries(VARIABLES_COMPOSITION.map((v) => [v.nom, stat(p, annee, v).distribution])),
      };
    }),
  );
}

// ── 9 and 10. Ressources ─────────────────────────────────────────────────────────────────────────────

/** Yearly resources of a foyer, in euros. */
const BORNES_RESSOURCES = [0, 5000, 10000, 15000, 20000, 25000, 30000, 40000, 50000];
/** Yearly resources per UC, in euros (the poverty line, 60 % of the median standard of living, is near 14,000 €). */
const BORNES_PAR_UC = [0, 2500, 5000, 7500, 10000, 12500, 15000, 20000, 25000, 30000];

const VARIABLES_RESSOURCES = ['revenus_travail', 'retraite', 'allocations', 'autres', 'total'].map((nom) => variable(nom, BORNES_RESSOURCES));
const VARIABLE_PAR_UC = variable('par_uc', BORNES_PAR_UC);

const RESSOURCES_NON_SAISIES =
  "Ressources non saisies : aucun foyer du périmètre n'a de ressources annuelles enregistrées pour une année de la période.";

const totalSql = Prisma.sql`(r.revenus_travail + r.retraite + r.allocations + r.autres)`;

async function ressources(ctx: Contexte, perimetres: readonly Perimetre[]) {
  const valeurs = Prisma.sql`
    SELECT f.perimetre, f.annee, v.variable, v.valeur
    FROM foyers f LEFT JOIN ressource r ON r.foyer_id = f.foyer_id AND r.annee = f.annee
    CROSS JOIN LATERAL (VALUES
      ('revenus_travail'::text, r.revenus_travail), ('retraite', r.retraite), ('allocations', r.allocations),
      ('autres', r.autres), ('total', ${totalSql})
    ) v (variable, valeur)`;
  const stat = await statistiques(ctx, await avecSql(ctx, perimetres), valeurs, VARIABLES_RESSOURCES);
  const total = VARIABLES_RESSOURCES[VARIABLES_RESSOURCES.length - 1]!;
  if (!perimetres.some((p) => ctx.annees.some((a) => stat(p, a, total).effectif > 0))) return indisponible(RESSOURCES_NON_SAISIES);
  return parCle(perimetres, (p) =>
    parAn(ctx, (annee) => {
      const t = stat(p, annee, total);
      return {
        foyers: t.effectif,
        sans_donnee: t.sans_valeur,
        moyenne: Object.fromEntries(VARIABLES_RESSOURCES.map((v) => [v.nom, stat(p, annee, v).moyenne])),
        distribution: Object.fromEntries(VARIABLES_RESSOURCES.map((v) => [v.nom, stat(p, annee, v).distribution])),
      };
    }),
  );
}

async function ressourcesParUc(ctx: Contexte, perimetres: readonly Perimetre[]) {
  const avec = await avecSql(ctx, perimetres);
  const saisies = await ctx.q<{ n: number }>(Prisma.sql`
    ${avec} SELECT count(*)::int AS n FROM foyers f JOIN ressource r ON r.foyer_id = f.foyer_id AND r.annee = f.annee`);
  if ((saisies[0]?.n ?? 0) === 0) return indisponible(RESSOURCES_NON_SAISIES);
  const valeurs = Prisma.sql`
    SELECT f.perimetre, f.annee, 'par_uc'::text AS variable, ${totalSql} / c.uc AS valeur
    FROM foyers f
    JOIN composition c ON c.annee = f.annee AND c.foyer_id = f.foyer_id
    LEFT JOIN ressource r ON r.foyer_id = f.foyer_id AND r.annee = f.annee`;
  const stat = await statistiques(ctx, avec, valeurs, [VARIABLE_PAR_UC]);
  return parCle(perimetres, (p) =>
    parAn(ctx, (annee) => {
      const s = stat(p, annee, VARIABLE_PAR_UC);
      return { foyers: s.effectif, sans_donnee: s.sans_valeur, moyenne: s.moyenne, distribution: s.distribution };
    }),
  );
}

// ── Definitions ──────────────────────────────────────────────────────────────────────────────────────

const PERIMETRES_TEXTE =
  "Trois périmètres par année : foyers accueillis (indicateur 1 : contact d'accueil physique ou téléphonique ou rendez-vous honoré avec un agent dans l'année, jour de Paris), foyers en information ou en accompagnement (une PAS de type quelconque en cours dans l'année) et foyers en accompagnement (une PAS d'accompagnement en cours dans l'année).";
const MEMBRES_TEXTE =
  "Membres d'un foyer pour l'année : les personnes dont l'appartenance au foyer couvre le dernier jour de l'année (ou de la période), ou, si elle a pris fin dans l'année, leur dernier jour d'appartenance ; l'âge est pris ce jour-là.";
const UC_TEXTE =
  "UC (échelle de l'Insee) : 1 pour le premier adulte (la personne de référence si elle est majeure), 0,5 pour chaque autre personne de 14 ans ou plus, 0,3 pour chaque enfant de moins de 14 ans ; un foyer sans membre majeur compte 1 UC pour son membre le plus âgé (la personne de référence mineure en général).";

export const socioDemographie: Indicateur[] = [
  {
    numero: '7',
    libelle: 'Distribution des âges des personnes composant les foyers',
    definition: `${PERIMETRES_TEXTE} ${MEMBRES_TEXTE} Pyramide des âges par tranches de 5 ans (0-4, 5-9, … 90-94, 95 ans et plus) et par sexe (F, M), chaque personne comptée une fois par périmètre et par année (à son jour le plus tardif si elle a appartenu à plusieurs foyers du périmètre). La pyramide de la population du département n'est pas saisie dans l'application : elle est indiquée comme non disponible (pyramide_departement).`,
    calculer: async (ctx) => ({
      ...(await ages(ctx, PERIMETRES_SUIVI)),
      pyramide_departement: indisponible("Pyramide des âges de la population du département non saisie : l'application ne l'enregistre pas."),
    }),
  },
  {
    numero: '8',
    libelle: 'Composition du foyer : adultes, enfants de 14 ans et plus, enfants de moins de 14 ans, unités de consommation',
    definition: `${PERIMETRES_TEXTE} ${MEMBRES_TEXTE} Par foyer : personnes, adultes (18 ans ou plus), mineurs de 14 à 17 ans, enfants de moins de 14 ans, et unités de consommation. ${UC_TEXTE} Moyennes par foyer et distributions : personnes (1, 2, 3, 4, 5, 6 et plus), adultes et mineurs de 14 à 17 ans (0, 1, 2, 3 et plus), moins de 14 ans (0, 1, 2, 3, 4 et plus), UC par demi-unité (1-1,4, 1,5-1,9, … 3,5-3,9, 4 et plus). Les foyers sans aucun membre dans l'année sont exclus et comptés à part (sans_membre).`,
    calculer: (ctx) => composition(ctx, PERIMETRES_SUIVI),
  },
  {
    numero: '9',
    libelle: 'Ressources annuelles du foyer',
    definition: `${PERIMETRES_TEXTE} Ressources de l'année saisies pour le foyer (table des ressources, année = année du calcul) : revenus du travail, retraite, allocations sociales, autres, et total (somme des quatre) — moyenne par foyer et distribution en euros (0-4 999, 5 000-9 999, 10 000-14 999, 15 000-19 999, 20 000-24 999, 25 000-29 999, 30 000-39 999, 40 000-49 999, 50 000 et plus). Les foyers du périmètre sans ressources saisies pour l'année sont exclus et comptés à part (sans_donnee) ; si aucun foyer n'en a pour aucune année, l'indicateur est non disponible.`,
    calculer: (ctx) => ressources(ctx, PERIMETRES_SUIVI),
  },
  {
    numero: '10',
    libelle: 'Ressources annuelles par unité de consommation',
    definition: `${PERIMETRES_TEXTE} Pour chaque foyer : total de ses ressources de l'année (indicateur 9) divisé par ses unités de consommation de l'année (indicateur 8). Moyenne des foyers et distribution en euros par UC (0-2 499, 2 500-4 999, 5 000-7 499, 7 500-9 999, 10 000-12 499, 12 500-14 999, 15 000-19 999, 20 000-24 999, 25 000-29 999, 30 000 et plus). Les foyers sans ressources saisies pour l'année ou sans aucun membre sont exclus et comptés à part (sans_donnee) ; si aucun foyer n'a de ressources pour aucune année, l'indicateur est non disponible.`,
    calculer: (ctx) => ressourcesParUc(ctx, PERIMETRES_SUIVI),
  },
  {
    numero: '53',
    libelle: 'Situation socio-démographique des foyers aidés (indicateurs 7 à 10)',
    definition:
      "Les indicateurs 7 (ages), 8 (composition), 9 (ressources) et 10 (ressources_par_uc), mêmes règles et mêmes formes, pour deux périmètres par année : les foyers ayant reçu une aide financière payée dans l'année (statut payée, date de paiement dans l'année, comme les indicateurs 54 et 55) et, parmi eux, ceux en accompagnement la même année (une PAS d'accompagnement en cours dans l'année).",
    calculer: async (ctx) => ({
      ages: await ages(ctx, PERIMETRES_AIDES),
      composition: await composition(ctx, PERIMETRES_AIDES),
      ressources: await ressources(ctx, PERIMETRES_AIDES),
      ressources_par_uc: await ressourcesParUc(ctx, PERIMETRES_AIDES),
    }),
  },
];
