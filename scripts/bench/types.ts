/**
 * The benchmark's building blocks. Each measure (scripts/bench/measures/*.ts) returns figures; a figure
 * may carry a target, and the runner prints PASS/FAIL against it (a FAIL never fails the process).
 * A later feature adds its own file in measures/ and registers it in measures/index.ts.
 */
import type pg from 'pg';
import type { PrismaClient } from '@/generated/prisma/client';

/** 'n': a count (printed without decimals). */
export type Unite = 'ms' | 's' | '×' | 'Mo' | 'req/s' | 'n' | '';

export type Cible = { seuil: number; sens: '<' | '<='; libelle: string };

export type Figure = {
  /** Stable key (other measures read figures by key, e.g. the ratios). */
  cle: string;
  libelle: string;
  /** null: not measured (say why in `note`). */
  valeur: number | null;
  unite: Unite;
  cible?: Cible;
  note?: string;
};

export type Verdict = 'PASS' | 'FAIL' | 'NON MESURÉ' | '';

export function verdict(f: Figure): Verdict {
  if (!f.cible) return '';
  if (f.valeur === null) return 'NON MESURÉ';
  const ok = f.cible.sens === '<' ? f.valeur < f.cible.seuil : f.valeur <= f.cible.seuil;
  return ok ? 'PASS' : 'FAIL';
}

export type ContexteBench = {
  url: string;
  prisma: PrismaClient;
  /** A dedicated pg connection (raw SQL, session settings). */
  sql: pg.Client;
  /** The last full calendar year before the reference date of the data. */
  annee: number;
  /** The EDS measured alone (the one with the most dossiers). */
  eds: string;
  /** Seconds of load per page for the page measures (--duree-pages, 60 by default). */
  dureePages: number;
  /** Figures of the measures already run, by key. */
  figures: Map<string, Figure>;
  journal: (message: string) => void;
};

export type Mesure = {
  id: string;
  titre: string;
  /** What is measured and how, in French (written under the section in docs/benchmarks.md). */
  methode: string;
  executer: (ctx: ContexteBench) => Promise<Figure[]>;
};

/** A number in French notation (decimal comma, thin spaces). */
export function fr(n: number, decimales = 0): string {
  return n.toLocaleString('fr-FR', { minimumFractionDigits: decimales, maximumFractionDigits: decimales });
}

/** Median of a list of durations. */
export function mediane(valeurs: readonly number[]): number {
  const tri = [...valeurs].sort((a, b) => a - b);
  const milieu = Math.floor(tri.length / 2);
  return tri.length % 2 === 1 ? (tri[milieu] ?? 0) : ((tri[milieu - 1] ?? 0) + (tri[milieu] ?? 0)) / 2;
}

export async function chronometrer<T>(corps: () => Promise<T>): Promise<{ ms: number; resultat: T }> {
  const debut = performance.now();
  const resultat = await corps();
  return { ms: performance.now() - debut, resultat };
}
