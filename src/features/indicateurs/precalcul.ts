/**
 * Precomputed indicator tables (`indicateur_resultat`): the dashboards read a stored result instead of
 * computing the 55 indicators on every page view.
 *
 * The `unsafe…` functions take a PrismaClient and check no rights: they serve the background job
 * (src/server/jobs/indicateurs.ts) and the data layer of the feature (queries.ts, mutations.ts) after
 * its policy check. They are never imported from src/app or actions.ts.
 *
 * Concurrency: a computation holds a transaction-scoped advisory lock on its key
 * (`pg_try_advisory_xact_lock`, the transaction form of `pg_try_advisory_lock`: Prisma's connection
 * pool gives no guarantee that an unlock would run on the connection that locked, while a transaction
 * lock is released by the commit, the rollback or the loss of the connection). The standard set takes
 * one more lock, so that several application instances never compute it at once.
 */
import { z } from 'zod';
import { jourParis } from '@/features/agenda/regles/calendrier-paris';
import type { Prisma, PrismaClient } from '@/generated/prisma/client';
import { unsafeComputeIndicateurs, type ResultatIndicateurs } from './moteur/calculer';
import type { Parametres } from './moteur/parametres';

/** First class of the two-key advisory locks: one computation (second key: hash of its `cle`). */
export const VERROU_CALCUL = 741_852_963;
/** The standard set of the dashboards (second key 0). */
export const VERROU_TABLEAUX = 741_852_964;

/** Longest a computation may hold its lock (the engine itself allows 15 minutes per computation). */
const DUREE_MAX_CALCUL_MS = 20 * 60_000;
/** Longest the standard set may hold its lock. */
const DUREE_MAX_TABLEAUX_MS = 6 * 60 * 60_000;

type Tx = Prisma.TransactionClient;

/** The parameters with every field present, in a fixed order (what is stored and hashed). */
export function normaliserParametres(p: Parametres): Parametres {
  const eds = typeof p.eds === 'string' && p.eds.trim() !== '' ? p.eds.trim() : null;
  return { du: p.du, au: p.au, eds, ts: p.ts ?? null, rsa: p.rsa === true };
}

/** The stable key of a computation: its normalized parameters as JSON (same parameters = same key). */
export function cleIndicateurs(p: Parametres): string {
  return JSON.stringify(normaliserParametres(p));
}

/** 32-bit FNV-1a of the key, as the signed int of the advisory lock's second key. */
export function hashCle(cle: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < cle.length; i++) {
    h ^= cle.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h | 0;
}

/** The period of a dashboard year: the year to date (Paris day `aujourdhui`) for the current year, else the full year. */
export function parametresTableau(choix: { annee: number; eds: string | null; rsa: boolean }, aujourdhui: string): Parametres {
  const anneeCourante = Number(aujourdhui.slice(0, 4));
  const du = `${String(choix.annee).padStart(4, '0')}-01-01`;
  const au = choix.annee >= anneeCourante ? aujourdhui : `${String(choix.annee).padStart(4, '0')}-12-31`;
  return normaliserParametres({ du, au, eds: choix.eds, ts: null, rsa: choix.rsa });
}

/**
 * The standard set refreshed by the job: the current year to date and the previous full year, for the
 * département, for each EDS (by code) and for the RSA population of the département.
 */
export function ensemblesTableauxDeBord(codesEds: readonly string[], aujourdhui: string): Parametres[] {
  const annee = Number(aujourdhui.slice(0, 4));
  const perimetres = [{ eds: null, rsa: false }, ...codesEds.map((code) => ({ eds: code, rsa: false })), { eds: null, rsa: true }];
  return [annee, annee - 1].flatMap((a) => perimetres.map((pr) => parametresTableau({ annee: a, ...pr }, aujourdhui)));
}

const parametresJson = (p: Parametres): Prisma.InputJsonObject => ({ du: p.du, au: p.au, eds: p.eds, ts: p.ts, rsa: p.rsa });
const sansAu = (p: Parametres): string => JSON.stringify({ du: p.du, eds: p.eds, ts: p.ts, rsa: p.rsa });

/** A JSON value as Prisma writes it (the result is plain JSON: numbers, strings, null, arrays, objects). */
function versJson(resultat: ResultatIndicateurs): Prisma.InputJsonObject {
  return JSON.parse(JSON.stringify(resultat)) as Prisma.InputJsonObject;
}

async function essayerVerrou(tx: Tx, classe: number, cle: number): Promise<boolean> {
  const rows = await tx.$queryRaw<{ ok: boolean }[]>`SELECT pg_try_advisory_xact_lock(${classe}::int, ${cle}::int) AS ok`;
  return rows[0]?.ok === true;
}

export type Rafraichissement =
  | { etat: 'calcule'; id: number; cle: string; calculeLe: Date; dureeMs: number }
  | { etat: 'deja_en_cours'; cle: string };

/**
 * Computes the 55 indicators for `p` and stores them (one row per key, updated in place), unless
 * another computation of the same key holds its lock. A longer period from the same start and scope
 * supersedes the shorter ones (yesterday's year to date is deleted when today's is written).
 */
export async function unsafeRefreshIndicateurs(prisma: PrismaClient, p: Parametres): Promise<Rafraichissement> {
  const parametres = normaliserParametres(p);
  const cle = cleIndicateurs(parametres);
  return prisma.$transaction(
    async (tx): Promise<Rafraichissement> => {
      if (!(await essayerVerrou(tx, VERROU_CALCUL, hashCle(cle)))) return { etat: 'deja_en_cours', cle };
      const debut = performance.now();
      const resultat = await unsafeComputeIndicateurs(prisma, parametres);
      const dureeMs = Math.max(0, Math.round(performance.now() - debut));
      const calculeLe = new Date(resultat.calcule_le);
      const donnees = { parametres: parametresJson(parametres), resultat: versJson(resultat), calculeLe, dureeMs };
      const row = await tx.indicateurResultat.upsert({ where: { cle }, create: { cle, ...donnees }, update: donnees, select: { id: true } });
      await tx.$executeRaw`DELETE FROM indicateur_resultat
        WHERE parametres - 'au' = ${sansAu(parametres)}::jsonb AND parametres->>'au' < ${parametres.au}`;
      return { etat: 'calcule', id: row.id, cle, calculeLe, dureeMs };
    },
    { timeout: DUREE_MAX_CALCUL_MS, maxWait: 60_000 },
  );
}

export type IndicateursStockes = {
  id: number;
  cle: string;
  parametres: Parametres;
  resultat: ResultatIndicateurs;
  calculeLe: Date;
  dureeMs: number;
};

const jourSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const parametresStockesSchema = z.object({
  du: jourSchema,
  au: jourSchema,
  eds: z.string().nullable(),
  ts: z.number().int().nullable(),
  rsa: z.boolean(),
});
const resultatStockeSchema = z.looseObject({
  du: jourSchema,
  au: jourSchema,
  perimetre: z.object({ eds: z.string().nullable(), ts: z.number().nullable(), rsa: z.boolean() }),
  annees: z.array(z.number().int()),
  calcule_le: z.string(),
  indicateurs: z.record(z.string(), z.unknown()),
});
const ligneSchema = z.object({
  id: z.number().int(),
  cle: z.string(),
  parametres: parametresStockesSchema,
  resultat: resultatStockeSchema,
  calculeLe: z.date(),
  dureeMs: z.number().int(),
});

function lire(row: unknown): IndicateursStockes {
  const ligne = ligneSchema.parse(row);
  return { ...ligne, resultat: ligne.resultat as ResultatIndicateurs };
}

/** The stored result of exactly these parameters, or null. */
export async function unsafeReadIndicateurs(prisma: PrismaClient, p: Parametres): Promise<IndicateursStockes | null> {
  const row = await prisma.indicateurResultat.findUnique({
    where: { cle: cleIndicateurs(p) },
    select: { id: true, cle: true, parametres: true, resultat: true, calculeLe: true, dureeMs: true },
  });
  return row ? lire(row) : null;
}

/**
 * The latest stored result with the same start and scope as `p` and an end on or before `p.au`: today's
 * year to date, or yesterday's until today's is computed. Null when none.
 */
export async function unsafeReadDernierIndicateurs(prisma: PrismaClient, p: Parametres): Promise<IndicateursStockes | null> {
  const parametres = normaliserParametres(p);
  const rows = await prisma.$queryRaw<unknown[]>`
    SELECT id, cle, parametres, resultat, calcule_le AS "calculeLe", duree_ms AS "dureeMs"
    FROM indicateur_resultat
    WHERE parametres - 'au' = ${sansAu(parametres)}::jsonb AND parametres->>'au' <= ${parametres.au}
    ORDER BY parametres->>'au' DESC, calcule_le DESC
    LIMIT 1`;
  return rows[0] === undefined ? null : lire(rows[0]);
}

/** Whether a computation of exactly these parameters is running now (in any instance). */
export async function unsafeCalculEnCours(prisma: PrismaClient, p: Parametres): Promise<boolean> {
  const rows = await prisma.$queryRaw<{ en_cours: boolean }[]>`
    SELECT EXISTS (
      SELECT 1 FROM pg_locks
      WHERE locktype = 'advisory' AND objsubid = 2
        AND database = (SELECT oid FROM pg_database WHERE datname = current_database())
        AND classid = ${VERROU_CALCUL}::bigint::oid AND objid = ${hashCle(cleIndicateurs(p)) >>> 0}::bigint::oid
    ) AS en_cours`;
  return rows[0]?.en_cours === true;
}

export type RafraichissementTableaux =
  | { etat: 'verrouille' }
  | { etat: 'recent'; dernierPassage: Date }
  | { etat: 'fait'; ensembles: number; calcules: number; dejaEnCours: number; erreurs: { cle: string; message: string }[]; dureeMs: number };

/** Where the end of the last pass over the standard set is kept (table parametre), shared by the instances. */
export const CLE_DERNIER_PASSAGE = 'indicateurs.tableaux.dernier_passage';

/**
 * Refreshes the standard set of the dashboards (see `ensemblesTableauxDeBord`) under one advisory lock:
 * when another instance holds it, nothing is computed; nor when another instance finished a pass less than
 * `intervalleMs` ago (each instance schedules the job, the département gets one pass per interval).
 * The current year runs to the Paris day of `now`. A failing computation does not stop the others; its
 * error is returned.
 */
export async function unsafeRefreshTableauxDeBord(prisma: PrismaClient, now: Date, intervalleMs = 0): Promise<RafraichissementTableaux> {
  return prisma.$transaction(
    async (tx): Promise<RafraichissementTableaux> => {
      if (!(await essayerVerrou(tx, VERROU_TABLEAUX, 0))) return { etat: 'verrouille' };
      const dernier = await tx.parametre.findUnique({ where: { cle: CLE_DERNIER_PASSAGE } });
      const dernierPassage = dernier ? new Date(dernier.valeur) : null;
      // 10 % of slack: the timers of two instances drift, a pass must not be skipped for a few seconds.
      if (dernierPassage && now.getTime() - dernierPassage.getTime() < intervalleMs * 0.9) return { etat: 'recent', dernierPassage };
      const debut = Date.now();
      const eds = await tx.eds.findMany({ select: { code: true }, orderBy: { code: 'asc' } });
      const ensembles = ensemblesTableauxDeBord(
        eds.map((e) => e.code),
        jourParis(now),
      );
      let calcules = 0;
      let dejaEnCours = 0;
      const erreurs: { cle: string; message: string }[] = [];
      for (const p of ensembles) {
        try {
          const r = await unsafeRefreshIndicateurs(prisma, p);
          if (r.etat === 'calcule') calcules += 1;
          else dejaEnCours += 1;
        } catch (error) {
          erreurs.push({ cle: cleIndicateurs(p), message: error instanceof Error ? error.message : String(error) });
        }
      }
      const fin = new Date().toISOString();
      await tx.parametre.upsert({ where: { cle: CLE_DERNIER_PASSAGE }, create: { cle: CLE_DERNIER_PASSAGE, valeur: fin }, update: { valeur: fin } });
      return { etat: 'fait', ensembles: ensembles.length, calcules, dejaEnCours, erreurs, dureeMs: Math.max(0, Date.now() - debut) };
    },
    { timeout: DUREE_MAX_TABLEAUX_MS, maxWait: 60_000 },
  );
}
