import { DEFINITIONS_CLES } from '../definitions/cles-definitions';
import { estIndisponible, estScalaire, libelleCle } from './affichage';

/** One key figure: its label, its value (any JSON: a figure, a reason, or a nested value) and what formats it. */
export type ChiffreCle = {
  cle: string;
  libelle: string;
  valeur: unknown;
  /** The keys leading to the value, for its formatting (percentage, euros). */
  chemin: string[];
  libelleIndicateur: string | null;
  /** "Indicateur 6" when the figure is read from one of the 55 indicators. */
  source: string | null;
};

type IndicateurSource = { numero: string; libelle: string | null; valeur: unknown };

/** Key figures taken from the indicators when the engine gives none (indicateurs.md §4), `A` = the last year. */
const PAR_DEFAUT: readonly { numero: string; chemin: (annee: string) => string[]; libelle: string }[] = [
  { numero: '3', chemin: (a) => ['foyers', a], libelle: 'Foyers en accompagnement' },
  { numero: '6', chemin: (a) => ['taux', a], libelle: 'Proportion de foyers accompagnés parmi les foyers en information ou en accompagnement' },
  { numero: '17', chemin: () => ['ensemble'], libelle: 'Taux d’absentéisme (tous les rendez-vous programmés)' },
  { numero: '19', chemin: (a) => ['accompagnement', a], libelle: 'Rendez-vous honorés par foyer accompagné et par an' },
  { numero: '49', chemin: (a) => [a], libelle: 'Rendez-vous honorés par ETPT' },
];

function suivre(valeur: unknown, chemin: readonly string[]): unknown {
  let v = valeur;
  for (const cle of chemin) {
    if (typeof v !== 'object' || v === null || Array.isArray(v) || estIndisponible(v)) return undefined;
    v = (v as Record<string, unknown>)[cle];
  }
  return v;
}

const ANNEE = /^\d{4}$/;

/**
 * The key figures shown first: the volume of foyers en accompagnement (indicator 3) to set the scale, then the
 * engine's `cles` when present (one per entry: a figure, a `{libelle, valeur}` object, a per-year object read
 * at the last year, or any nested value), else indicators 6, 17, 19 and 49 when present (an indicator that
 * cannot be computed shows its reason).
 */
export function chiffresCles(resultat: { annees: number[]; indicateurs: IndicateurSource[]; cles: unknown }): ChiffreCle[] {
  const { cles } = resultat;
  if (typeof cles === 'object' && cles !== null && !Array.isArray(cles) && Object.keys(cles).length > 0) {
    const chiffres = [...depuisIndicateurs(resultat, PAR_DEFAUT.slice(0, 1)), ...depuisMoteur(cles as Record<string, unknown>, resultat.annees)];
    // Figures fill the grid first; tables (the file active of each TS) follow, each on its own row.
    const estChiffre = (c: ChiffreCle) => estScalaire(c.valeur) || estIndisponible(c.valeur);
    return [...chiffres.filter(estChiffre), ...chiffres.filter((c) => !estChiffre(c))];
  }
  return depuisIndicateurs(resultat, PAR_DEFAUT);
}

const ORDRE_CLES = Object.keys(DEFINITIONS_CLES);
/** Position of a key in DEFINITIONS_CLES (the stored JSON does not keep the engine's order), unknown keys last. */
const rang = (cle: string) => (ORDRE_CLES.includes(cle) ? ORDRE_CLES.indexOf(cle) : ORDRE_CLES.length);

/**
 * A list of objects named by `nom` with one per-year figure each (the file active of each TS) becomes one
 * object keyed by those names, read as one table: a name per row, a year per column.
 */
function tableauNomme(v: unknown): unknown {
  if (!Array.isArray(v) || v.length === 0) return v;
  const lignes = v.map((e) => {
    if (typeof e !== 'object' || e === null) return null;
    const { nom, ...reste } = e as Record<string, unknown>;
    const parAnnee = Object.values(reste).filter((x) => typeof x === 'object' && x !== null && Object.keys(x).every((k) => ANNEE.test(k)));
    return typeof nom === 'string' && parAnnee.length === 1 ? ([nom, parAnnee[0]] as const) : null;
  });
  return lignes.every((l) => l !== null) ? Object.fromEntries(lignes) : v;
}

function depuisMoteur(cles: Record<string, unknown>, annees: number[]): ChiffreCle[] {
  const derniere = String(annees[annees.length - 1] ?? '');
  const entrees = Object.entries(cles).sort(([a], [b]) => rang(a) - rang(b));
  return entrees.map(([cle, brute]): ChiffreCle => {
    const v = tableauNomme(brute);
    const base = { cle, libelle: DEFINITIONS_CLES[cle]?.libelle ?? libelleCle(cle), chemin: [cle], libelleIndicateur: null, source: null };
    if (typeof v === 'object' && v !== null && !Array.isArray(v)) {
      const o = v as Record<string, unknown>;
      const libelle = typeof o.libelle === 'string' ? o.libelle : base.libelle;
      if (typeof o.libelle === 'string' && 'valeur' in o && estScalaire(o.valeur)) {
        return { ...base, libelle, valeur: o.valeur === null && typeof o.raison === 'string' ? { valeur: null, raison: o.raison } : o.valeur };
      }
      if (estScalaire(v)) return { ...base, valeur: v };
      const annees = Object.keys(o);
      if (annees.length > 0 && annees.every((k) => ANNEE.test(k)) && derniere in o && estScalaire(o[derniere])) {
        return { ...base, libelle: `${libelle} (${derniere})`, valeur: o[derniere], chemin: [cle, derniere] };
      }
    }
    return { ...base, valeur: v };
  });
}

function depuisIndicateurs(resultat: { annees: number[]; indicateurs: IndicateurSource[] }, choisis: typeof PAR_DEFAUT): ChiffreCle[] {
  const derniere = String(resultat.annees[resultat.annees.length - 1] ?? '');
  const chiffres: ChiffreCle[] = [];
  for (const d of choisis) {
    const indicateur = resultat.indicateurs.find((i) => i.numero === d.numero);
    if (!indicateur || indicateur.valeur === undefined) continue;
    const chemin = d.chemin(derniere);
    const valeur = estIndisponible(indicateur.valeur) ? indicateur.valeur : suivre(indicateur.valeur, chemin);
    if (valeur === undefined || !estScalaire(valeur)) continue;
    chiffres.push({ cle: d.numero, libelle: d.libelle, valeur, chemin, libelleIndicateur: indicateur.libelle, source: `Indicateur ${d.numero}` });
  }
  return chiffres;
}
