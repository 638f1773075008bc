import { Prisma } from '@/generated/prisma/client';
import type { Contexte } from '../moteur/contexte';
import type { Indicateur } from '../moteur/indicateur';
import { typeSql } from '../moteur/sql';
import { TYPES, distribuer, estDuType, moyenne, parAnnee, ratio, type TypePas } from '../moteur/valeurs';

const MODES = ['TELEPHONE', 'PRESENTIEL', 'DOMICILE'] as const;
const BORNES_RDV_PAR_PAS = [1, 2, 3, 4, 5, 6, 7, 10, 15];

/** TS rdv per year of the period: `statut` HONORE / programmed, of a PAS type, of a mode. */
async function rdvParAnnee(ctx: Contexte, options: { honores: boolean; type?: TypePas; mode?: string }) {
  const statut = options.honores ? Prisma.sql`r.statut = 'HONORE'` : Prisma.sql`TRUE`;
  const type = typeSql(options.type ?? 'ensemble', Prisma.sql`r.accompagnement`);
  const mode = options.mode ? Prisma.sql`r.mode::text = ${options.mode}` : Prisma.sql`TRUE`;
  const rows = await ctx.q<{ annee: number; n: number }>(Prisma.sql`
    SELECT y.annee, count(*)::int AS n FROM ind_annee y
    JOIN ind_rdv r ON r.jour BETWEEN y.debut AND y.fin
    WHERE ${statut} AND ${type} AND ${mode} GROUP BY y.annee`);
  return parAnnee(ctx.annees, rows, (r) => r.n);
}

async function parMode(ctx: Contexte, type: TypePas) {
  const out: Record<string, Record<string, number>> = {};
  for (const mode of MODES) out[mode] = await rdvParAnnee(ctx, { honores: true, type, mode });
  return out;
}

/** Honoured rdv of each PAS ongoing in the period (as known on au). */
async function rdvParPas(ctx: Contexte) {
  return ctx.q<{ nb_rdv: number; accompagnement: boolean }>(Prisma.sql`
    SELECT p.nb_rdv, p.accompagnement FROM ind_pas p WHERE p.debut <= ${ctx.p.au}::date AND p.fin >= ${ctx.p.du}::date`);
}

export const rendezVous: Indicateur[] = [
  {
    numero: '11',
    libelle: 'Rendez-vous programmés par an',
    definition: 'Rendez-vous avec un travailleur social honorés ou non honorés (les rendez-vous annulés ne sont pas programmés), par année de leur date.',
    calculer: (ctx) => rdvParAnnee(ctx, { honores: false }),
  },
  {
    numero: '12',
    libelle: 'Rendez-vous honorés par an',
    definition: 'Rendez-vous honorés avec un travailleur social, par année de leur date.',
    calculer: (ctx) => rdvParAnnee(ctx, { honores: true }),
  },
  {
    numero: '13',
    libelle: 'Rendez-vous honorés par an, foyers en information',
    definition: "Rendez-vous honorés appartenant à une période d'action sociale de type information.",
    calculer: (ctx) => rdvParAnnee(ctx, { honores: true, type: 'information' }),
  },
  {
    numero: '14',
    libelle: 'Rendez-vous honorés par an, foyers en accompagnement',
    definition: "Rendez-vous honorés appartenant à une période d'action sociale de type accompagnement.",
    calculer: (ctx) => rdvParAnnee(ctx, { honores: true, type: 'accompagnement' }),
  },
  {
    numero: '15',
    libelle: 'Rendez-vous honorés par an et par mode de contact',
    definition: 'Rendez-vous honorés par mode : téléphone, présentiel hors domicile, domicile.',
    calculer: (ctx) => parMode(ctx, 'ensemble'),
  },
  {
    numero: '16',
    libelle: 'Rendez-vous honorés par mode de contact, foyers en accompagnement et en information',
    definition: "Indicateur 15 restreint aux rendez-vous des PAS d'accompagnement, puis d'information.",
    calculer: async (ctx) => ({ accompagnement: await parMode(ctx, 'accompagnement'), information: await parMode(ctx, 'information') }),
  },
  {
    numero: '17',
    libelle: "Taux d'absentéisme",
    definition:
      "Rendez-vous non honorés rapportés aux rendez-vous programmés de la période. Un rendez-vous non honoré appartient à la PAS qui contient sa date, sinon à celle dont une borne est la plus proche à moins de 12 mois (la plus ancienne en cas d'égalité), sinon à aucune (compté dans l'ensemble seulement).",
    calculer: async (ctx) => {
      const rows = await ctx.q<{ accompagnement: boolean | null; non_honores: number; programmes: number }>(Prisma.sql`
        SELECT r.accompagnement, count(*) FILTER (WHERE r.statut = 'NON_HONORE')::int AS non_honores, count(*)::int AS programmes
        FROM ind_rdv r WHERE r.jour BETWEEN ${ctx.p.du}::date AND ${ctx.p.au}::date GROUP BY r.accompagnement`);
      const somme = (type: TypePas, key: 'non_honores' | 'programmes') =>
        rows.filter((r) => estDuType(type, r.accompagnement)).reduce((s, r) => s + r[key], 0);
      const out: Record<string, unknown> = {};
      const numerateur: Record<string, number> = {};
      const denominateur: Record<string, number> = {};
      for (const type of TYPES) {
        numerateur[type] = somme(type, 'non_honores');
        denominateur[type] = somme(type, 'programmes');
        out[type] = ratio(numerateur[type], denominateur[type]);
      }
      return { ...out, numerateur, denominateur };
    },
  },
  {
    numero: '18',
    libelle: 'Rendez-vous honorés par foyer au cours de chaque PAS',
    definition: "Nombre de rendez-vous honorés de chaque PAS en cours dans la période (PAS connue à la date de référence) : moyenne et distribution (1, 2, 3, 4, 5, 6, 7–9, 10–14, 15 et plus).",
    calculer: async (ctx) => {
      const pas = await rdvParPas(ctx);
      const out: Record<string, unknown> = {};
      for (const type of TYPES) {
        const valeurs = pas.filter((p) => estDuType(type, p.accompagnement)).map((p) => p.nb_rdv);
        out[type] = { moyenne: moyenne(valeurs), distribution: distribuer(valeurs, BORNES_RDV_PAR_PAS), pas: valeurs.length };
      }
      return out;
    },
  },
  {
    numero: '19',
    libelle: 'Rendez-vous honorés par an et par foyer',
    definition: "Rendez-vous honorés de l'année appartenant aux PAS du type, rapportés aux foyers du type dans l'année (indicateurs 2 et 3) ; distribution du nombre de rendez-vous honorés de l'année par foyer.",
    calculer: async (ctx) => {
      const rows = await ctx.q<{ annee: number; foyer_id: number; accompagnement: boolean; rdv: number }>(Prisma.sql`
        SELECT y.annee, p.foyer_id, p.accompagnement,
          (SELECT count(*) FROM ind_rdv r WHERE r.foyer_id = p.foyer_id AND r.pas_no = p.pas_no AND r.statut = 'HONORE'
             AND r.jour BETWEEN y.debut AND y.fin)::int AS rdv
        FROM ind_annee y JOIN ind_pas p ON p.debut <= y.fin AND p.fin >= y.debut`);
      const out: Record<string, unknown> = {};
      for (const type of TYPES) {
        const parAn: Record<string, number | null> = {};
        const distributions: Record<string, unknown> = {};
        for (const annee of ctx.annees) {
          const parFoyer = new Map<number, number>();
          for (const r of rows) {
            if (r.annee !== annee || !estDuType(type, r.accompagnement)) continue;
            parFoyer.set(r.foyer_id, (parFoyer.get(r.foyer_id) ?? 0) + r.rdv);
          }
          const valeurs = [...parFoyer.values()];
          parAn[String(annee)] = ratio(valeurs.reduce((a, b) => a + b, 0), valeurs.length);
          distributions[String(annee)] = distribuer(valeurs, BORNES_RDV_PAR_PAS);
        }
        out[type] = { ...parAn, distribution: distributions };
      }
      return out;
    },
  },
  {
    numero: '20',
    libelle: 'Part de chaque mode de contact parmi les rendez-vous honorés',
    definition: 'Répartition des rendez-vous honorés de la période entre téléphone, présentiel hors domicile et domicile, par type de PAS.',
    calculer: async (ctx) => {
      const rows = await ctx.q<{ accompagnement: boolean | null; mode: string; n: number }>(Prisma.sql`
        SELECT r.accompagnement, r.mode::text AS mode, count(*)::int AS n FROM ind_rdv r
        WHERE r.statut = 'HONORE' AND r.jour BETWEEN ${ctx.p.du}::date AND ${ctx.p.au}::date GROUP BY 1, 2`);
      const out: Record<string, Record<string, number | null>> = {};
      for (const type of TYPES) {
        const duType = rows.filter((r) => estDuType(type, r.accompagnement));
        const total = duType.reduce((s, r) => s + r.n, 0);
        out[type] = Object.fromEntries(MODES.map((m) => [m, ratio(duType.filter((r) => r.mode === m).reduce((s, r) => s + r.n, 0), total)]));
      }
      return out;
    },
  },
];
