import { Prisma, type PrismaClient } from '@/generated/prisma/client';
import { anneesDe, fenetreAnnee, type Parametres } from './parametres';

export type Tx = Prisma.TransactionClient;

/**
 * One computation: the parameters and a transaction in which the scoped working sets were prepared
 * once as temporary tables (dropped at commit):
 * - `ind_foyer(foyer_id)`: foyers in scope — EDS of the dossier, RSA population, a TS's file active;
 * - `ind_pas`: the PAS of those foyers as known on `au` (function pas_rdv, as pas_au gives them);
 * - `ind_rdv`: their programmed TS rdv up to `au` (HONORE, NON_HONORE) with their PAS and its type;
 *   restricted to the TS's own rdv when the scope is a TS;
 * - `ind_annee(annee, debut, fin)`: each calendar year of the period, clipped to [du, au];
 * - `ind_reference(annee, foyer_id, personne_id)`: the personne de référence on the last day of each year window;
 * - `ind_accueil(annee, foyer_id)`: the foyers accueillis in each year window (indicator 1: an accueil contact,
 *   physique or téléphone, or an honoured rdv with any agent, on a Paris day of the window), built once because
 *   several indicators and perimeters start from it.
 */
export type Contexte = {
  tx: Tx;
  p: Parametres;
  annees: number[];
  /** Rows of a query, with bigint and numeric columns turned into numbers. */
  q: <T extends Record<string, unknown>>(sql: Prisma.Sql) => Promise<T[]>;
};

export function fenetre(ctx: Contexte, annee: number) {
  return fenetreAnnee(ctx.p, annee);
}

function toPlain(value: unknown): unknown {
  if (typeof value === 'bigint') return Number(value);
  if (value instanceof Prisma.Decimal) return value.toNumber();
  return value;
}

export async function prepareContexte(tx: Tx, p: Parametres): Promise<Contexte> {
  const au = p.au;
  const du = p.du;
  const edsFilter = p.eds === null ? Prisma.sql`TRUE` : Prisma.sql`e.code = ${p.eds}`;
  const rsaFilter = p.rsa
    ? Prisma.sql`EXISTS (
        SELECT 1 FROM appartenance a JOIN orientation_rsa o ON o.personne_id = a.personne_id
        WHERE a.foyer_id = f.id AND o.orientation = 'SOCIALE_DEPARTEMENT'
          AND o.debut <= ${au}::date AND (o.fin IS NULL OR o.fin >= ${du}::date)
          AND a.debut <= ${au}::date AND (a.fin IS NULL OR a.fin >= ${du}::date)
          AND greatest(o.debut, a.debut) <= least(coalesce(o.fin, ${au}::date), coalesce(a.fin, ${au}::date)))`
    : Prisma.sql`TRUE`;
  const tsFilter =
    p.ts === null
      ? Prisma.sql`TRUE`
      : Prisma.sql`EXISTS (SELECT 1 FROM v_rdv_ts v WHERE v.foyer_id = f.id AND v.agent_id = ${p.ts}
          AND v.statut = 'HONORE' AND v.jour BETWEEN ${du}::date AND ${au}::date)`;

  // The PAS window functions and the per-year aggregates sort hundreds of thousands of rows: in memory, not on disk.
  await tx.$executeRaw`SET LOCAL work_mem = '64MB'`;
  await tx.$executeRaw`CREATE TEMP TABLE ind_foyer ON COMMIT DROP AS
    SELECT f.id AS foyer_id FROM foyer f LEFT JOIN dossier d ON d.foyer_id = f.id LEFT JOIN eds e ON e.id = d.eds_id
    WHERE ${edsFilter} AND ${rsaFilter} AND ${tsFilter}`;
  await tx.$executeRaw`ALTER TABLE ind_foyer ADD PRIMARY KEY (foyer_id)`;
  // The PAS functions number the rdv of the scope's foyers only (null: the whole département).
  const foyers = p.eds === null && !p.rsa && p.ts === null ? Prisma.sql`NULL::int[]` : Prisma.sql`(SELECT coalesce(array_agg(foyer_id), '{}') FROM ind_foyer)`;
  // The PAS are numbered once (function pas_rdv); the PAS and the rdv of the context are projections of it.
  await tx.$executeRaw`CREATE TEMP TABLE ind_pas_rdv ON COMMIT DROP AS
    SELECT r.* FROM pas_rdv(${au}::date, ${foyers}) r JOIN ind_foyer USING (foyer_id)`;
  await tx.$executeRaw`CREATE TEMP TABLE ind_pas ON COMMIT DROP AS
    SELECT DISTINCT r.foyer_id, r.pas_no, r.pas_debut AS debut, r.pas_fin AS fin, r.pas_nb_rdv AS nb_rdv, r.accompagnement, r.terminee
    FROM ind_pas_rdv r WHERE r.statut = 'HONORE'`;
  await tx.$executeRaw`CREATE INDEX ON ind_pas (foyer_id, pas_no)`;
  const agentFilter = p.ts === null ? Prisma.sql`TRUE` : Prisma.sql`r.agent_id = ${p.ts}`;
  await tx.$executeRaw`CREATE TEMP TABLE ind_rdv ON COMMIT DROP AS
    SELECT r.rdv_id, r.foyer_id, r.agent_id, r.jour, r.mode, r.statut, r.pas_no, r.accompagnement
    FROM ind_pas_rdv r WHERE ${agentFilter}`;
  await tx.$executeRaw`CREATE INDEX ON ind_rdv (foyer_id, jour)`;
  const annees = anneesDe(p);
  const fenetres = annees.map((a) => {
    const f = fenetreAnnee(p, a);
    return Prisma.sql`(${a}::int, ${f.debut}::date, ${f.fin}::date)`;
  });
  await tx.$executeRaw`CREATE TEMP TABLE ind_annee ON COMMIT DROP AS
    SELECT * FROM (VALUES ${Prisma.join(fenetres)}) AS t (annee, debut, fin)`;
  await tx.$executeRaw`CREATE TEMP TABLE ind_reference ON COMMIT DROP AS
    SELECT y.annee, r.foyer_id, r.personne_id FROM ind_annee y CROSS JOIN LATERAL reference_au(y.fin) r JOIN ind_foyer USING (foyer_id)`;
  await tx.$executeRaw`CREATE INDEX ON ind_reference (annee, foyer_id)`;
  // Bounds on the timestamps themselves (not on their Paris day) so that the (foyer_id, date) indexes serve.
  await tx.$executeRaw`CREATE TEMP TABLE ind_accueil ON COMMIT DROP AS
    SELECT DISTINCT y.annee, x.foyer_id FROM ind_annee y
    CROSS JOIN LATERAL (
      SELECT c.foyer_id FROM contact c WHERE c.canal IN ('PHYSIQUE', 'TELEPHONE')
        AND c.date >= (y.debut::timestamp AT TIME ZONE 'Europe/Paris') AND c.date < ((y.fin + 1)::timestamp AT TIME ZONE 'Europe/Paris')
      UNION ALL
      SELECT r.foyer_id FROM rendez_vous r WHERE r.statut = 'HONORE'
        AND r.debut >= (y.debut::timestamp AT TIME ZONE 'Europe/Paris') AND r.debut < ((y.fin + 1)::timestamp AT TIME ZONE 'Europe/Paris')
    ) x
    JOIN ind_foyer USING (foyer_id)`;
  await tx.$executeRaw`CREATE INDEX ON ind_accueil (annee, foyer_id)`;
  await tx.$executeRaw`ANALYZE ind_foyer, ind_pas, ind_rdv, ind_annee, ind_reference, ind_accueil`;

  const q = async <T extends Record<string, unknown>>(sql: Prisma.Sql): Promise<T[]> => {
    const rows = await tx.$queryRaw<Record<string, unknown>[]>(sql);
    return rows.map((row) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, toPlain(v)])) as T);
  };
  return { tx, p, annees, q };
}

/** Runs `body` in a read-only snapshot with the prepared context. */
export function withContexte<T>(prisma: PrismaClient, p: Parametres, body: (ctx: Contexte) => Promise<T>): Promise<T> {
  return prisma.$transaction(async (tx) => body(await prepareContexte(tx, p)), {
    isolationLevel: Prisma.TransactionIsolationLevel.RepeatableRead,
    timeout: 15 * 60_000,
    maxWait: 60_000,
  });
}
