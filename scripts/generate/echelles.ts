/**
 * Scales of the synthetic département. `val-de-marne` follows the Cour des comptes report on the
 * Val-de-Marne (seed 000): 20 EDS in 6 territoires, ~300 TS posts and ~200 secrétaires, ~130,000 foyers
 * over five years. `mini` is for tests. A `facteur` multiplies the volume (foyers, agents, population);
 * the organisation's outline (territoires, EDS, communes) stays, so each EDS grows with the factor.
 */
export type Echelle = {
  nom: string;
  territoires: number;
  eds: number;
  communes: number;
  /** TS posts (a few are vacant at any time; agents leave and are replaced). */
  postesTs: number;
  secretaires: number;
  structuresPartenaires: number;
  foyers: number;
  /** Years of history before the reference date. */
  annees: number;
  /** Population of the département (reference data of indicator 4). */
  population: number;
};

export const ECHELLES: Record<string, Echelle> = {
  'val-de-marne': {
    nom: 'val-de-marne',
    territoires: 6,
    eds: 20,
    communes: 47,
    postesTs: 322,
    secretaires: 200,
    structuresPartenaires: 8,
    foyers: 130_000,
    annees: 5,
    population: 1_410_000,
  },
  mini: {
    nom: 'mini',
    territoires: 2,
    eds: 3,
    communes: 6,
    postesTs: 10,
    secretaires: 5,
    structuresPartenaires: 2,
    foyers: 1_200,
    annees: 5,
    population: 13_000,
  },
};

export function appliquerFacteur(echelle: Echelle, facteur: number): Echelle {
  if (!Number.isInteger(facteur) || facteur < 1) throw new Error(`Facteur invalide : ${facteur} (entier ≥ 1 attendu).`);
  if (facteur === 1) return echelle;
  return {
    ...echelle,
    nom: `${echelle.nom} ×${facteur}`,
    postesTs: echelle.postesTs * facteur,
    secretaires: echelle.secretaires * facteur,
    structuresPartenaires: echelle.structuresPartenaires * facteur,
    foyers: echelle.foyers * facteur,
    population: echelle.population * facteur,
  };
}
