/** Shapes of the JSON contract (indicateurs.md §5). */
export type ParAnnee<T = number> = Record<string, T>;
export type Types<T> = { information: T; accompagnement: T; ensemble: T };
export type Distribution = { bornes: (number | string)[]; effectifs: number[] };
export type Indisponible = { valeur: null; raison: string };

export const indisponible = (raison: string): Indisponible => ({ valeur: null, raison });

/** One key per year of the period, from rows `{ annee, …value }` (missing years = 0). */
export function parAnnee<R extends { annee: number }>(annees: number[], rows: R[], value: (row: R) => number, vide = 0): ParAnnee {
  const out: ParAnnee = {};
  for (const annee of annees) {
    const row = rows.find((r) => r.annee === annee);
    out[String(annee)] = row ? value(row) : vide;
  }
  return out;
}

/** A ratio, or null when the denominator is 0. */
export const ratio = (numerateur: number, denominateur: number): number | null => (denominateur === 0 ? null : numerateur / denominateur);

/** Mean of values, or null for none. */
export const moyenne = (values: number[]): number | null => (values.length === 0 ? null : values.reduce((a, b) => a + b, 0) / values.length);

/**
 * Counts of values per class. `bornes` are the lower bounds of the classes, ascending; the last class is
 * open (e.g. [1, 2, 3, 4, 5, 6, 7, 10, 15] → 1, 2, 3, 4, 5, 6, 7–9, 10–14, 15+).
 */
export function distribuer(values: number[], bornes: number[]): Distribution {
  const effectifs = bornes.map(() => 0);
  for (const v of values) {
    let i = bornes.length - 1;
    while (i > 0 && v < bornes[i]!) i--;
    if (v >= bornes[0]!) effectifs[i]! += 1;
  }
  const labels = bornes.map((b, i) => {
    const next = bornes[i + 1];
    if (next === undefined) return `${b}+`;
    return next - b === 1 ? String(b) : `${b}-${next - 1}`;
  });
  return { bornes: labels, effectifs };
}

export const TYPES = ['information', 'accompagnement', 'ensemble'] as const;
export type TypePas = (typeof TYPES)[number];


/** Whether a PAS (or a rdv of a PAS) of this `accompagnement` flag counts for a type key. */
export const estDuType = (type: TypePas, accompagnement: boolean | null): boolean =>
  type === 'ensemble' || accompagnement === (type === 'accompagnement');
