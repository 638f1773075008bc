import { Prisma } from '@/generated/prisma/client';
import type { Indicateur } from '../moteur/indicateur';
import { parAnnee, ratio } from '../moteur/valeurs';

/** Foyers (in scope) with a member oriented to the département's social accompaniment during the year, while a member. */
const foyersRsaSql = Prisma.sql`
  SELECT DISTINCT y.annee, y.debut, y.fin, a.foyer_id FROM ind_annee y
  JOIN appartenance a ON a.debut <= y.fin AND (a.fin IS NULL OR a.fin >= y.debut)
  JOIN orientation_rsa o ON o.personne_id = a.personne_id AND o.orientation = 'SOCIALE_DEPARTEMENT'
    AND o.debut <= y.fin AND (o.fin IS NULL OR o.fin >= y.debut)
    AND greatest(o.debut, a.debut) <= least(coalesce(o.fin, y.fin), coalesce(a.fin, y.fin))
  JOIN ind_foyer f ON f.foyer_id = a.foyer_id`;

export const rsa: Indicateur[] = [
  {
    numero: '50',
    libelle: 'Indicateurs restreints à la population RSA accompagnée par le département',
    definition:
      "Foyers du périmètre dont un membre, pendant qu'il en faisait partie, était orienté vers l'accompagnement social du département (SOCIALE_DEPARTEMENT) à un moment de l'année ; parmi eux, les foyers accueillis (contact d'accueil ou rendez-vous honoré avec un agent dans l'année, comme l'indicateur 1), en information et en accompagnement (PAS de ce type en cours dans l'année, comme les indicateurs 2 et 3). Calculé ainsi avec ou sans le paramètre --rsa ; ce paramètre restreint tous les autres indicateurs à cette population.",
    calculer: async (ctx) => {
      const rows = await ctx.q<{ annee: number; foyers: number; accueillis: number; information: number; accompagnement: number }>(Prisma.sql`
        SELECT r.annee, count(*)::int AS foyers,
          count(*) FILTER (WHERE EXISTS (SELECT 1 FROM ind_accueil a WHERE a.annee = r.annee AND a.foyer_id = r.foyer_id))::int AS accueillis,
          count(*) FILTER (WHERE EXISTS (SELECT 1 FROM ind_pas p WHERE p.foyer_id = r.foyer_id AND NOT p.accompagnement AND p.debut <= r.fin AND p.fin >= r.debut))::int AS information,
          count(*) FILTER (WHERE EXISTS (SELECT 1 FROM ind_pas p WHERE p.foyer_id = r.foyer_id AND p.accompagnement AND p.debut <= r.fin AND p.fin >= r.debut))::int AS accompagnement
        FROM (${foyersRsaSql}) r GROUP BY r.annee`);
      return {
        foyers: parAnnee(ctx.annees, rows, (r) => r.foyers),
        accueillis: parAnnee(ctx.annees, rows, (r) => r.accueillis),
        information: parAnnee(ctx.annees, rows, (r) => r.information),
        accompagnement: parAnnee(ctx.annees, rows, (r) => r.accompagnement),
      };
    },
  },
  {
    numero: '51',
    libelle: "Présence d'un CER en cours de validité",
    definition:
      "Personnes orientées SOCIALE_DEPARTEMENT le dernier jour de l'année (ou de la période), membres ce jour-là d'un foyer du périmètre, ayant ce jour-là un CER en cours de validité (contrat de type CER dont début ≤ jour ≤ fin, au nom de la personne, ou au nom du foyer — d'un foyer dont elle est membre ce jour-là — quand le contrat ne nomme personne) : nombre et proportion ; personnes orientées sans CER en cours. Constats de carence : constats datés dans l'année pour une personne orientée SOCIALE_DEPARTEMENT et membre d'un foyer du périmètre à la date du constat.",
    calculer: async (ctx) => {
      const rows = await ctx.q<{ annee: number; orientes: number; avec_cer: number }>(Prisma.sql`
        WITH orientes AS (
          SELECT DISTINCT y.annee, y.fin, o.personne_id FROM ind_annee y
          JOIN orientation_rsa o ON o.orientation = 'SOCIALE_DEPARTEMENT' AND o.debut <= y.fin AND (o.fin IS NULL OR o.fin >= y.fin)
          JOIN appartenance a ON a.personne_id = o.personne_id AND a.debut <= y.fin AND (a.fin IS NULL OR a.fin >= y.fin)
          JOIN ind_foyer f ON f.foyer_id = a.foyer_id
        )
        SELECT o.annee, count(*)::int AS orientes,
          count(*) FILTER (WHERE EXISTS (
            SELECT 1 FROM contrat c WHERE c.type = 'CER' AND c.debut <= o.fin AND c.fin >= o.fin
              AND (c.personne_id = o.personne_id OR (c.personne_id IS NULL AND c.foyer_id IN (
                SELECT a.foyer_id FROM appartenance a WHERE a.personne_id = o.personne_id AND a.debut <= o.fin AND (a.fin IS NULL OR a.fin >= o.fin))))))::int AS avec_cer
        FROM orientes o GROUP BY o.annee`);
      // A constat counts in its own year, even if the orientation ended before 31/12 (a carence often ends it).
      const carences = await ctx.q<{ annee: number; constats: number }>(Prisma.sql`
        SELECT y.annee, count(DISTINCT k.id)::int AS constats
        FROM ind_annee y JOIN constat_carence k ON k.date BETWEEN y.debut AND y.fin
        JOIN orientation_rsa o ON o.personne_id = k.personne_id AND o.orientation = 'SOCIALE_DEPARTEMENT'
          AND o.debut <= k.date AND (o.fin IS NULL OR o.fin >= k.date)
        JOIN appartenance a ON a.personne_id = k.personne_id AND a.debut <= k.date AND (a.fin IS NULL OR a.fin >= k.date)
        JOIN ind_foyer f ON f.foyer_id = a.foyer_id
        GROUP BY y.annee`);
      const orientes = parAnnee(ctx.annees, rows, (r) => r.orientes);
      const avecCer = parAnnee(ctx.annees, rows, (r) => r.avec_cer);
      const annuel = <T>(f: (a: string) => T) => Object.fromEntries(ctx.annees.map((a) => [String(a), f(String(a))]));
      return {
        orientes,
        avec_cer: avecCer,
        sans_cer: annuel((a) => (orientes[a] ?? 0) - (avecCer[a] ?? 0)),
        taux: annuel((a) => ratio(avecCer[a] ?? 0, orientes[a] ?? 0)),
        constats_carence: parAnnee(ctx.annees, carences, (r) => r.constats),
      };
    },
  },
];
