import { Prisma } from '@/generated/prisma/client';
import type { Contexte } from '../moteur/contexte';
import type { Indicateur } from '../moteur/indicateur';
import { foyersEnPasSql } from '../moteur/sql';
import { distribuer, parAnnee, ratio } from '../moteur/valeurs';

const CATEGORIES = ['ALIMENTATION', 'LOGEMENT', 'JEUNES', 'FAMILLES', 'DIVERS'] as const;
/** Classes of the yearly amount per aided foyer, in euros (lower bounds; the last class is open). */
const BORNES_MONTANT = [0, 100, 250, 500, 1000, 2000, 5000];

const accompagnesSql = foyersEnPasSql(true);

type AideRow = { annee: number; cle: string; nombre: number; montant: number; foyers: number };

/**
 * Paid aids (statut PAYEE) by year of payment, grouped by `groupe` (a column of aide, or a constant), for
 * all foyers in scope or only those in accompagnement that year.
 */
async function aidesPayees(ctx: Contexte, groupe: Prisma.Sql, accompagnes: boolean) {
  const filtre = accompagnes ? Prisma.sql`AND (y.annee, a.foyer_id) IN (${accompagnesSql})` : Prisma.empty;
  return ctx.q<AideRow>(Prisma.sql`
    SELECT y.annee, ${groupe}::text AS cle, count(*)::int AS nombre, sum(a.montant)::float8 AS montant, count(DISTINCT a.foyer_id)::int AS foyers
    FROM ind_annee y JOIN aide a ON a.statut = 'PAYEE' AND a.date_paiement BETWEEN y.debut AND y.fin
    JOIN ind_foyer USING (foyer_id)
    WHERE TRUE ${filtre}
    GROUP BY 1, 2`);
}

function volumes(annees: number[], rows: AideRow[], cle: string) {
  const lignes = rows.filter((r) => r.cle === cle);
  return {
    nombre: parAnnee(annees, lignes, (r) => r.nombre),
    montant: parAnnee(annees, lignes, (r) => r.montant),
    foyers: parAnnee(annees, lignes, (r) => r.foyers),
  };
}

async function tableauAides(ctx: Contexte, accompagnes: boolean) {
  const total = await aidesPayees(ctx, Prisma.sql`'total'`, accompagnes);
  const categories = await aidesPayees(ctx, Prisma.sql`a.categorie`, accompagnes);
  const dispositifs = await aidesPayees(ctx, Prisma.sql`a.dispositif_code`, accompagnes);
  const codes = [...new Set(dispositifs.map((d) => d.cle))].sort();
  return {
    ...volumes(ctx.annees, total, 'total'),
    par_type: Object.fromEntries(CATEGORIES.map((c) => [c, volumes(ctx.annees, categories, c)])),
    par_dispositif: Object.fromEntries(codes.map((c) => [c, volumes(ctx.annees, dispositifs, c)])),
  };
}

export const aides: Indicateur[] = [
  {
    numero: '52',
    libelle: "Foyers ayant bénéficié d'une aide financière du département",
    definition:
      "Foyers ayant eu dans l'année une aide accordée ou payée : aide au statut accordée ou payée dont la décision est datée dans l'année, ou aide payée dont le paiement est daté dans l'année (une aide accordée en décembre et payée en janvier compte les deux années) ; les aides seulement demandées, refusées ou annulées ne comptent pas. Dont les foyers en accompagnement la même année (indicateur 3).",
    calculer: async (ctx) => {
      const rows = await ctx.q<{ annee: number; foyers: number; dont_accompagnes: number }>(Prisma.sql`
        SELECT y.annee, count(DISTINCT a.foyer_id)::int AS foyers,
          count(DISTINCT a.foyer_id) FILTER (WHERE (y.annee, a.foyer_id) IN (${accompagnesSql}))::int AS dont_accompagnes
        FROM ind_annee y JOIN aide a ON (a.statut = 'PAYEE' AND a.date_paiement BETWEEN y.debut AND y.fin)
          OR (a.statut IN ('ACCORDEE', 'PAYEE') AND a.date_decision BETWEEN y.debut AND y.fin)
        JOIN ind_foyer USING (foyer_id)
        GROUP BY y.annee`);
      return { foyers: parAnnee(ctx.annees, rows, (r) => r.foyers), dont_accompagnes: parAnnee(ctx.annees, rows, (r) => r.dont_accompagnes) };
    },
  },
  {
    numero: '54',
    libelle: "Nombre et montant des aides par an, par type et par dispositif",
    definition:
      "Aides payées (statut PAYEE) par année de paiement : nombre, montant en euros et foyers aidés, au total, par catégorie de la Cour (alimentation, logement, jeunes, familles, divers) et par dispositif (FUS, FSL, FAJ…), pour tous les foyers et pour ceux en accompagnement dans l'année. À côté : demandes de l'année (date de demande), au total et par statut actuel ; aides accordées (statut accordée ou payée) et refusées par année de décision.",
    calculer: async (ctx) => {
      const statuts = await ctx.q<{ annee: number; statut: string; n: number }>(Prisma.sql`
        SELECT y.annee, a.statut::text AS statut, count(*)::int AS n FROM ind_annee y
        JOIN aide a ON a.date_demande BETWEEN y.debut AND y.fin JOIN ind_foyer USING (foyer_id) GROUP BY 1, 2`);
      const demandes = Object.fromEntries(
        ['DEMANDEE', 'ACCORDEE', 'REFUSEE', 'PAYEE', 'ANNULEE'].map((s) => [s, parAnnee(ctx.annees, statuts.filter((r) => r.statut === s), (r) => r.n)]),
      );
      const decisions = await ctx.q<{ annee: number; accordees: number; refusees: number }>(Prisma.sql`
        SELECT y.annee, count(*) FILTER (WHERE a.statut IN ('ACCORDEE', 'PAYEE'))::int AS accordees,
          count(*) FILTER (WHERE a.statut = 'REFUSEE')::int AS refusees
        FROM ind_annee y JOIN aide a ON a.date_decision BETWEEN y.debut AND y.fin JOIN ind_foyer USING (foyer_id) GROUP BY 1`);
      return {
        ...(await tableauAides(ctx, false)),
        accompagnes: await tableauAides(ctx, true),
        demandes: Object.fromEntries(ctx.annees.map((a) => [String(a), statuts.filter((r) => r.annee === a).reduce((n, r) => n + r.n, 0)])),
        demandes_par_statut: demandes,
        accordees: parAnnee(ctx.annees, decisions, (r) => r.accordees),
        refusees: parAnnee(ctx.annees, decisions, (r) => r.refusees),
      };
    },
  },
  {
    numero: '55',
    libelle: "Nombre de types d'aides et montant moyen par foyer aidé et par an",
    definition:
      "Foyers ayant reçu au moins une aide payée dans l'année (par date de paiement), et parmi eux ceux en accompagnement la même année (Val-de-Marne, tableau n° 112) : nombre moyen de types (catégories) d'aides différents par foyer ; montant par type d'aide = montant total / somme des types des foyers ; montant total moyen par foyer aidé ; distribution du montant annuel par foyer (0–99, 100–249, 250–499, 500–999, 1 000–1 999, 2 000–4 999, 5 000 € et plus). À côté : montant moyen d'une aide payée de chaque catégorie.",
    calculer: async (ctx) => {
      const parFoyer = Prisma.sql`
        SELECT y.annee, a.foyer_id, count(DISTINCT a.categorie)::int AS types, sum(a.montant) AS montant,
          (y.annee, a.foyer_id) IN (${accompagnesSql}) AS accompagne
        FROM ind_annee y JOIN aide a ON a.statut = 'PAYEE' AND a.date_paiement BETWEEN y.debut AND y.fin
        JOIN ind_foyer USING (foyer_id) GROUP BY y.annee, a.foyer_id`;
      // Sums of numeric amounts are exact: the means do not depend on the storage order.
      const totaux = await ctx.q<{ annee: number; accompagne: boolean; foyers: number; types: number; montant: number }>(Prisma.sql`
        SELECT f.annee, f.accompagne, count(*)::int AS foyers, sum(f.types)::int AS types, sum(f.montant)::float8 AS montant
        FROM (${parFoyer}) f GROUP BY 1, 2`);
      const classes = await ctx.q<{ annee: number; accompagne: boolean; classe: number; n: number }>(Prisma.sql`
        SELECT f.annee, f.accompagne, width_bucket(f.montant, ${Prisma.raw(`ARRAY[${BORNES_MONTANT.slice(1).join(', ')}]::numeric[]`)}) AS classe, count(*)::int AS n
        FROM (${parFoyer}) f GROUP BY 1, 2, 3`);
      const categories = await aidesPayees(ctx, Prisma.sql`a.categorie`, false);
      const annuel = (f: (a: number) => unknown) => Object.fromEntries(ctx.annees.map((a) => [String(a), f(a)]));
      const perimetre = (seulementAccompagnes: boolean) => {
        const somme = (a: number, cle: 'foyers' | 'types' | 'montant') =>
          totaux.filter((t) => t.annee === a && (!seulementAccompagnes || t.accompagne)).reduce((s, t) => s + t[cle], 0);
        return {
          foyers: annuel((a) => somme(a, 'foyers')),
          types_par_foyer: annuel((a) => ratio(somme(a, 'types'), somme(a, 'foyers'))),
          montant_par_type_et_foyer: annuel((a) => ratio(somme(a, 'montant'), somme(a, 'types'))),
          montant_par_foyer: annuel((a) => ratio(somme(a, 'montant'), somme(a, 'foyers'))),
          distribution_montant_par_foyer: annuel((a) => {
            const { bornes } = distribuer([], BORNES_MONTANT);
            const effectifs = bornes.map((_, i) =>
              classes.filter((c) => c.annee === a && c.classe === i && (!seulementAccompagnes || c.accompagne)).reduce((s, c) => s + c.n, 0));
            return { bornes, effectifs };
          }),
        };
      };
      return {
        ...perimetre(false),
        montant_moyen_par_type: Object.fromEntries(
          CATEGORIES.map((c) => [c, annuel((a) => {
            const r = categories.find((x) => x.annee === a && x.cle === c);
            return r ? ratio(r.montant, r.nombre) : null;
          })]),
        ),
        accompagnes: perimetre(true),
      };
    },
  },
];
