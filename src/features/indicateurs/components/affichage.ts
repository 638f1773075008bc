/**
 * How an indicator's JSON value (indicateurs.md §5) is laid out and formatted, whatever its shape:
 * pure functions, so the page renders any indicator the engine adds without code of its own.
 *
 * - `{valeur: null, raison}` → the reason (never 0);
 * - `{bornes, effectifs}` → a distribution table;
 * - flat records of figures (per-year objects, per-type, per-mode…) → one table per key set, their
 *   keys as columns (years first, ascending);
 * - other figures → a two-column table; nested objects → labelled blocks, their path as caption.
 */

export type Indisponible = { valeur: null; raison: string };
export type Scalaire = number | string | boolean | null | Indisponible;

export type Bloc =
  | { type: 'raison'; chemin: string[]; raison: string }
  | { type: 'scalaires'; chemin: string[]; lignes: { cle: string; valeur: Scalaire }[] }
  | { type: 'tableau'; chemin: string[]; colonnes: string[]; lignes: { cle: string | null; cellules: (Scalaire | undefined)[] }[] }
  | { type: 'distribution'; chemin: string[]; classes: string[]; series: { cle: string | null; effectifs: (number | null)[] }[] }
  | { type: 'liste'; chemin: string[]; valeurs: Scalaire[] };

type Objet = Record<string, unknown>;

const estObjet = (v: unknown): v is Objet => typeof v === 'object' && v !== null && !Array.isArray(v);

export function estIndisponible(v: unknown): v is Indisponible {
  return estObjet(v) && v.valeur === null && typeof v.raison === 'string';
}

export function estScalaire(v: unknown): v is Scalaire {
  return v === null || typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean' || estIndisponible(v);
}

const ANNEE = /^\d{4}$/;
/** Keys that stand beside the years as columns of a per-year table. */
const COLONNES_ANNEXES = new Set(['total', 'moyenne', 'periode', 'ensemble_periode']);
const estCleAnnee = (k: string) => ANNEE.test(k);
const estColonneAnnee = (k: string) => estCleAnnee(k) || COLONNES_ANNEXES.has(k);

type Distribution = { bornes: unknown[]; effectifs: unknown[] | Objet };

function estDistribution(v: unknown): v is Distribution & Objet {
  if (!estObjet(v) || !Array.isArray(v.bornes)) return false;
  const n = v.bornes.length;
  if (Array.isArray(v.effectifs)) return v.effectifs.length === n;
  return estObjet(v.effectifs) && Object.values(v.effectifs).length > 0 && Object.values(v.effectifs).every((s) => Array.isArray(s) && s.length === n);
}

/** A non-empty object of figures only (a row of a table). */
function estEnregistrement(v: unknown): v is Objet {
  return estObjet(v) && !estIndisponible(v) && !estDistribution(v) && Object.keys(v).length > 0 && Object.values(v).every(estScalaire);
}

const nombreOuNull = (x: unknown): number | null => (typeof x === 'number' ? x : null);

/** Columns of records with the same keys: years ascending first, then the other keys in order of appearance. */
function ordonnerColonnes(cles: string[]): string[] {
  const annees = cles.filter(estCleAnnee).sort();
  const annexes = cles.filter((k) => !estCleAnnee(k) && COLONNES_ANNEXES.has(k));
  const autres = cles.filter((k) => !estColonneAnnee(k));
  return annees.length > 0 ? [...annees, ...annexes, ...autres] : cles;
}

const memesCles = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((k) => b.includes(k));

/** Splits the figures of a mixed object (`{"2026": 1.3, "distribution": {...}}`) into its per-year part and the rest. */
function separerAnnees(o: Objet): { annees: Objet | null; reste: Objet } {
  const annees: Objet = {};
  const reste: Objet = {};
  for (const [k, v] of Object.entries(o)) {
    if (estColonneAnnee(k) && estScalaire(v)) annees[k] = v;
    else reste[k] = v;
  }
  return { annees: Object.keys(annees).some(estCleAnnee) ? annees : null, reste };
}

/** The blocks that display a value, in reading order. */
export function analyser(valeur: unknown, chemin: string[] = []): Bloc[] {
  if (estIndisponible(valeur)) return [{ type: 'raison', chemin, raison: valeur.raison }];
  if (valeur === undefined) return [];
  if (estScalaire(valeur)) return [{ type: 'scalaires', chemin, lignes: [{ cle: '', valeur }] }];
  if (Array.isArray(valeur)) {
    if (valeur.every(estScalaire)) return [{ type: 'liste', chemin, valeurs: valeur }];
    return valeur.flatMap((v, i) => analyser(v, [...chemin, String(i + 1)]));
  }
  if (!estObjet(valeur)) return [];

  if (estDistribution(valeur)) {
    const classes = valeur.bornes.map((b) => String(b));
    const series = Array.isArray(valeur.effectifs)
      ? [{ cle: null, effectifs: valeur.effectifs.map(nombreOuNull) }]
      : Object.entries(valeur.effectifs).map(([cle, s]) => ({ cle, effectifs: (s as unknown[]).map(nombreOuNull) }));
    const reste = Object.fromEntries(Object.entries(valeur).filter(([k]) => k !== 'bornes' && k !== 'effectifs'));
    const blocs: Bloc[] = [{ type: 'distribution', chemin, classes, series }];
    return Object.keys(reste).length > 0 ? [...blocs, ...analyser(reste, chemin)] : blocs;
  }

  // A flat record at the top: one row.
  if (estEnregistrement(valeur)) {
    const cles = Object.keys(valeur);
    if (cles.some(estCleAnnee) && cles.every(estColonneAnnee)) {
      const colonnes = ordonnerColonnes(cles);
      return [{ type: 'tableau', chemin, colonnes, lignes: [{ cle: null, cellules: colonnes.map((c) => valeur[c] as Scalaire) }] }];
    }
  }

  const scalaires: { cle: string; valeur: Scalaire }[] = [];
  const enregistrements: { cle: string; valeur: Objet }[] = [];
  const autres: { cle: string; valeur: unknown }[] = [];
  const { annees: anneesPropres, reste } = separerAnnees(valeur);
  if (anneesPropres) enregistrements.push({ cle: '', valeur: anneesPropres });
  for (const [cle, v] of Object.entries(anneesPropres ? reste : valeur)) {
    if (estScalaire(v)) scalaires.push({ cle, valeur: v });
    else if (estEnregistrement(v)) enregistrements.push({ cle, valeur: v });
    else if (estObjet(v) && !estDistribution(v)) {
      // A mixed object: its per-year figures join the rows of this table, the rest comes below.
      const { annees, reste: sousReste } = separerAnnees(v);
      if (annees) {
        enregistrements.push({ cle, valeur: annees });
        if (Object.keys(sousReste).length > 0) autres.push({ cle, valeur: sousReste });
      } else autres.push({ cle, valeur: v });
    } else autres.push({ cle, valeur: v });
  }

  const blocs: Bloc[] = [];
  // Records with the same keys make one table.
  const groupes = new Map<string, { cle: string; valeur: Objet }[]>();
  for (const e of enregistrements) {
    const signature = ordonnerColonnes(Object.keys(e.valeur)).join('\u0000');
    groupes.set(signature, [...(groupes.get(signature) ?? []), e]);
  }
  for (const [signature, lignes] of groupes) {
    const colonnes = signature.split('\u0000');
    blocs.push({
      type: 'tableau',
      chemin,
      colonnes,
      lignes: lignes.map((l) => ({ cle: l.cle === '' ? null : l.cle, cellules: colonnes.map((c) => l.valeur[c] as Scalaire | undefined) })),
    });
  }
  // Figures with exactly the keys of a table's columns (17: the rates beside their numerators and
  // denominators) become its first row.
  const cible = scalaires.length > 1 ? blocs.find((b) => b.type === 'tableau' && memesCles(b.colonnes, scalaires.map((x) => x.cle))) : undefined;
  if (cible && cible.type === 'tableau') {
    const valeurs = new Map(scalaires.map((x) => [x.cle, x.valeur]));
    cible.lignes.unshift({ cle: null, cellules: cible.colonnes.map((c) => valeurs.get(c)) });
  } else if (scalaires.length > 0) blocs.push({ type: 'scalaires', chemin, lignes: scalaires });
  for (const a of autres) blocs.push(...analyser(a.valeur, [...chemin, a.cle]));
  return blocs;
}

// ── Labels ──

const LIBELLES: Record<string, string> = {
  foyers: 'Foyers',
  personnes: 'Personnes',
  information: 'Information',
  accompagnement: 'Accompagnement',
  ensemble: 'Ensemble',
  taux: 'Taux',
  numerateur: 'Numérateur',
  denominateur: 'Dénominateur',
  moyenne: 'Moyenne',
  mediane: 'Médiane',
  distribution: 'Distribution',
  effectifs: 'Effectifs',
  pas: 'PAS',
  effectif: 'Effectif physique',
  etp: 'ETP',
  etpt: 'ETPT',
  montant: 'Montant',
  nombre: 'Nombre',
  total: 'Total',
  periode: 'Période',
  par_type: 'Par type',
  par_dispositif: 'Par dispositif',
  dont_accompagnes: 'Dont foyers en accompagnement',
  moyenne_jours: 'Moyenne (jours)',
  TELEPHONE: 'Téléphone',
  PRESENTIEL: 'Présentiel (hors domicile)',
  DOMICILE: 'Domicile',
  F: 'Femmes',
  M: 'Hommes',
};

/** Words of snake_case keys written otherwise in French. */
const MOTS: Record<string, string> = {
  ts: 'TS',
  rdv: 'rendez-vous',
  etp: 'ETP',
  etpt: 'ETPT',
  pas: 'PAS',
  rsa: 'RSA',
  cer: 'CER',
  eds: 'EDS',
  uc: 'UC',
  cout: 'coût',
  duree: 'durée',
  accompagnes: 'accompagnés',
  honores: 'honorés',
  programmes: 'programmés',
  annee: 'année',
  deja: 'déjà',
  accompagne: 'accompagné',
};

/** The French label of a JSON key ("dont_accompagnes" → "Dont foyers en accompagnement", "ALIMENTATION" → "Alimentation"). */
export function libelleCle(cle: string): string {
  const connu = LIBELLES[cle];
  if (connu) return connu;
  if (ANNEE.test(cle)) return cle;
  const texte = (/^[A-Z0-9_]+$/.test(cle) && /[A-Z]{2}/.test(cle) ? cle.toLowerCase() : cle)
    .split('_')
    .filter((mot) => mot !== '')
    .map((mot) => MOTS[mot] ?? mot)
    .join(' ');
  return texte.charAt(0).toUpperCase() + texte.slice(1);
}

// ── Figures ──

const RATIO = /(^|_)(taux|proportion|proportions|part|parts|ratio|pourcentage)(_|$)/i;
const COMPTE = /(^|_)(numerateur|denominateur|effectifs?|nombre|moyenne|mediane|montants?|total|jours|semaines|trimestres|mois|foyers|personnes|rdv|pas|etp|etpt|aides)(_|$)/i;
const LIBELLE_RATIO = /^(proportion|taux|part)\b/i;

/**
 * Whether a figure is a ratio (shown as a percentage): the last key of its path that says so
 * (taux, proportion, part / numérateur, effectif, moyenne…) decides; without one, the indicator's label
 * ("Proportion…", "Taux…", "Part…"). Only values between 0 and 1 qualify.
 */
export function estRatio(chemin: readonly string[], libelleIndicateur: string | null, n: number): boolean {
  if (!(n >= 0 && n <= 1)) return false;
  for (let i = chemin.length - 1; i >= 0; i--) {
    const cle = chemin[i] ?? '';
    if (RATIO.test(cle)) return true;
    if (COMPTE.test(cle)) return false;
  }
  return libelleIndicateur !== null && LIBELLE_RATIO.test(libelleIndicateur.trim());
}

export const estMontant = (chemin: readonly string[]): boolean => chemin.some((c) => /montant/i.test(c));

const pourcent = new Intl.NumberFormat('fr-FR', { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 });
const euros = new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' });
const entier = new Intl.NumberFormat('fr-FR');
const decimal = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 2 });

/** "12,3 %", "1 234,56 €", "1 477", "1,34". */
export function formaterNombre(n: number, chemin: readonly string[], libelleIndicateur: string | null): string {
  if (estMontant(chemin)) return euros.format(n);
  if (estRatio(chemin, libelleIndicateur, n)) return pourcent.format(n);
  return Number.isInteger(n) ? entier.format(n) : decimal.format(n);
}

/** The label of a table's unnamed row (the indicator's own figures): "Taux", "Part" or "Valeur". */
export function libelleValeur(libelleIndicateur: string | null): string {
  if (libelleIndicateur && /^taux\b/i.test(libelleIndicateur.trim())) return 'Taux';
  if (libelleIndicateur && /^(proportion|part)\b/i.test(libelleIndicateur.trim())) return 'Part';
  return 'Valeur';
}

/** The caption of a block: its path in words ("Information — Distribution — 2026"). */
export function legende(chemin: readonly string[]): string {
  return chemin.map(libelleCle).join(' — ');
}
