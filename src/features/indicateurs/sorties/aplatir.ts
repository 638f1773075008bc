/**
 * Flattens any indicator value into rows `{ chemin, valeurs }` for tables (xlsx, csv): an object whose keys
 * are years becomes one row with the years as columns; a distribution becomes one row per class; an
 * unavailable figure keeps its reason. Works for every JSON shape of the contract (indicateurs.md §5).
 */
export type Cellule = number | string | boolean | null;
export type Ligne = { chemin: string[]; parAnnee: Record<string, Cellule> | null; valeur: Cellule };

const ANNEE = /^\d{4}$/;

function estFeuille(v: unknown): v is Cellule {
  return v === null || typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean';
}

export function aplatir(valeur: unknown, chemin: string[] = []): Ligne[] {
  if (estFeuille(valeur)) return [{ chemin, parAnnee: null, valeur }];
  if (Array.isArray(valeur)) return valeur.flatMap((v, i) => aplatir(v, [...chemin, String(i + 1)]));
  if (typeof valeur !== 'object') return [];
  const objet = valeur as Record<string, unknown>;
  if (objet.valeur === null && typeof objet.raison === 'string') return [{ chemin, parAnnee: null, valeur: objet.raison }];
  if (Array.isArray(objet.bornes) && Array.isArray(objet.effectifs)) {
    const effectifs = objet.effectifs as unknown[];
    return (objet.bornes as unknown[]).map((b, i) => ({ chemin: [...chemin, String(b)], parAnnee: null, valeur: estFeuille(effectifs[i]) ? (effectifs[i] as Cellule) : null }));
  }
  const cles = Object.keys(objet);
  const annees = cles.filter((c) => ANNEE.test(c));
  const lignes: Ligne[] = [];
  if (annees.length > 0 && annees.every((a) => estFeuille(objet[a]))) {
    lignes.push({ chemin, parAnnee: Object.fromEntries(annees.map((a) => [a, objet[a] as Cellule])), valeur: null });
  } else {
    for (const a of annees) lignes.push(...aplatir(objet[a], [...chemin, a]));
  }
  for (const cle of cles.filter((c) => !ANNEE.test(c))) lignes.push(...aplatir(objet[cle], [...chemin, cle]));
  return lignes;
}
