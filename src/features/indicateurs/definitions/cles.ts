import { Prisma } from '@/generated/prisma/client';
import type { Contexte } from '../moteur/contexte';
import { INDICATEURS } from '../moteur/registre';
import { indisponible, ratio, type Indisponible } from '../moteur/valeurs';
import { effectifsTs, foyersEnPas } from './travailleurs-sociaux';

type ParAn<T = number | null> = Record<string, T>;

/**
 * The value of another indicator of the list in the same context ("with the same definitions"): the one already
 * computed when there is one, else computed now.
 */
async function indicateur(ctx: Contexte, calcules: Readonly<Record<string, unknown>>, numero: string): Promise<unknown> {
  if (numero in calcules) return calcules[numero];
  const def = INDICATEURS.find((i) => i.numero === numero);
  return def ? def.calculer(ctx) : null;
}

/** `valeur[cle]` when `valeur` is an object, else undefined. */
function champ(valeur: unknown, cle: string): unknown {
  return typeof valeur === 'object' && valeur !== null && !Array.isArray(valeur) ? (valeur as Record<string, unknown>)[cle] : undefined;
}

/** The per-year figures of a value (`{"2022": 1.2, …}`), null for a year without a number. */
function annuel(annees: number[], valeur: unknown): ParAn {
  return Object.fromEntries(annees.map((a) => {
    const v = champ(valeur, String(a));
    return [String(a), typeof v === 'number' ? v : null];
  }));
}

/** Each TS's file active per year: distinct foyers with an honoured rdv with that TS in the year (scope applied by ind_rdv). */
async function fileActiveParTs(ctx: Contexte) {
  const rows = await ctx.q<{ agent_id: number; nom: string; annee: number; foyers: number }>(Prisma.sql`
    SELECT a.id AS agent_id, a.prenom || ' ' || a.nom AS nom, y.annee, count(DISTINCT r.foyer_id)::int AS foyers
    FROM ind_annee y JOIN ind_rdv r ON r.statut = 'HONORE' AND r.jour BETWEEN y.debut AND y.fin
    JOIN agent a ON a.id = r.agent_id
    GROUP BY a.id, y.annee ORDER BY 2, 1, 3`);
  const parTs = new Map<number, { agent_id: number; nom: string; file_active: ParAn<number> }>();
  for (const r of rows) {
    const ts = parTs.get(r.agent_id) ?? { agent_id: r.agent_id, nom: r.nom, file_active: Object.fromEntries(ctx.annees.map((a) => [String(a), 0])) };
    ts.file_active[String(r.annee)] = r.foyers;
    parTs.set(r.agent_id, ts);
  }
  return [...parTs.values()];
}

/** Mean duration of the ended accompagnement PAS and the share of accompanied foyers with a PAS of 7 rdv or more. */
async function intensiteAccompagnement(ctx: Contexte) {
  const [row] = await ctx.q<{ duree: number | null; avec7: number; accompagnes: number }>(Prisma.sql`
    SELECT avg(p.fin - p.debut) FILTER (WHERE p.terminee AND p.fin BETWEEN ${ctx.p.du}::date AND ${ctx.p.au}::date)::float8 AS duree,
      count(DISTINCT p.foyer_id) FILTER (WHERE p.nb_rdv >= 7)::int AS avec7, count(DISTINCT p.foyer_id)::int AS accompagnes
    FROM ind_pas p WHERE p.accompagnement AND p.debut <= ${ctx.p.au}::date AND p.fin >= ${ctx.p.du}::date`);
  return { duree: row?.duree ?? null, part7: ratio(row?.avec7 ?? 0, row?.accompagnes ?? 0) };
}

/**
 * The key indicators shown first on every dashboard (indicateurs.md §4, Val-de-Marne table n° 1), with the
 * definitions of the list; their exact rules are in DEFINITIONS_CLES. Each entry is a figure, a per-year
 * figure or a reason (the per-TS list apart), as the dashboard's key figures read them.
 */
export async function calculerIndicateursCles(ctx: Contexte, calcules: Readonly<Record<string, unknown>> = {}) {
  const { etpt } = await effectifsTs(ctx);
  const suivis = await foyersEnPas(ctx, null);
  const intensite = await intensiteAccompagnement(ctx);
  const [sorties] = await ctx.q<{ positives: number; total: number }>(Prisma.sql`
    SELECT count(*) FILTER (WHERE m.classe = 'POSITIVE')::int AS positives, count(*)::int AS total
    FROM bilan b JOIN motif_sortie m ON m.code = b.motif_sortie_code JOIN ind_foyer f ON f.foyer_id = b.foyer_id
    WHERE b.date BETWEEN ${ctx.p.du}::date AND ${ctx.p.au}::date`);
  return {
    file_active_par_etpt: Object.fromEntries(ctx.annees.map((a) => [String(a), ratio(suivis[String(a)] ?? 0, etpt[String(a)] ?? 0)])),
    file_active_par_ts: await fileActiveParTs(ctx),
    rdv_par_etpt: annuel(ctx.annees, await indicateur(ctx, calcules, '49')),
    rdv_par_foyer_accompagne: annuel(ctx.annees, champ(await indicateur(ctx, calcules, '19'), 'accompagnement')),
    proportion_accompagnes: annuel(ctx.annees, champ(await indicateur(ctx, calcules, '6'), 'taux')),
    duree_moyenne_accompagnement_jours: intensite.duree,
    part_accompagnes_7_rdv_ou_plus: intensite.part7,
    taux_sorties_positives: ratio(sorties?.positives ?? 0, sorties?.total ?? 0),
    ...(await coutParPersonne(ctx, etpt)),
  };
}

type CoutRow = { annee: number; cout: number | null; rdv_info: number; rdv_acc: number; aides_info: number; aides_acc: number; pers_info: number; pers_acc: number };

/** Paid aids of the year to the foyers having a PAS of the type ongoing in the year. */
const aidesDuType = (accompagnement: boolean) => Prisma.sql`
  coalesce((SELECT sum(a.montant) FROM aide a WHERE a.statut = 'PAYEE' AND a.date_paiement BETWEEN y.debut AND y.fin
    AND a.foyer_id IN (SELECT p.foyer_id FROM ind_pas p WHERE p.accompagnement = ${accompagnement} AND p.debut <= y.fin AND p.fin >= y.debut)), 0)::float8`;

/** Reference persons of the foyers having a PAS of the type ongoing in the year (indicators 2 and 3). */
const personnesDuType = (accompagnement: boolean) => Prisma.sql`
  (SELECT count(DISTINCT ref.personne_id) FROM ind_pas p JOIN ind_reference ref ON ref.annee = y.annee AND ref.foyer_id = p.foyer_id
    WHERE p.accompagnement = ${accompagnement} AND p.debut <= y.fin AND p.fin >= y.debut)::int`;

/** Yearly cost of a person in information / accompagnement (see DEFINITIONS_CLES.cout_personne_information). */
async function coutParPersonne(ctx: Contexte, etpt: Record<string, number>) {
  const rows = await ctx.q<CoutRow>(Prisma.sql`
    SELECT y.annee, (SELECT p.cout_etpt_ts FROM population p WHERE p.annee = y.annee)::float8 AS cout,
      (SELECT count(*) FROM ind_rdv r WHERE r.statut = 'HONORE' AND r.jour BETWEEN y.debut AND y.fin AND r.accompagnement IS FALSE)::int AS rdv_info,
      (SELECT count(*) FROM ind_rdv r WHERE r.statut = 'HONORE' AND r.jour BETWEEN y.debut AND y.fin AND r.accompagnement IS TRUE)::int AS rdv_acc,
      ${aidesDuType(false)} AS aides_info, ${aidesDuType(true)} AS aides_acc,
      ${personnesDuType(false)} AS pers_info, ${personnesDuType(true)} AS pers_acc
    FROM ind_annee y`);
  if (!rows.some((r) => r.cout !== null)) {
    const raison = indisponible("Le coût annuel d'un ETPT de travailleur social n'a été saisi pour aucune année de la période.");
    return { cout_personne_information: raison, cout_personne_accompagnement: raison };
  }
  const parType = (accompagnement: boolean): ParAn<number | null | Indisponible> =>
    Object.fromEntries(ctx.annees.map((a) => {
      const r = rows.find((x) => x.annee === a);
      if (!r || r.cout === null) return [String(a), indisponible(`Le coût annuel d'un ETPT de travailleur social n'a pas été saisi pour ${a}.`)];
      const part = ratio(accompagnement ? r.rdv_acc : r.rdv_info, r.rdv_info + r.rdv_acc) ?? 0;
      const cout = r.cout * (etpt[String(a)] ?? 0) * part + (accompagnement ? r.aides_acc : r.aides_info);
      return [String(a), ratio(cout, accompagnement ? r.pers_acc : r.pers_info)];
    }));
  return { cout_personne_information: parType(false), cout_personne_accompagnement: parType(true) };
}
