import { formatCsvRecord } from '@/features/echange/csv';
import { DEFINITIONS_CLES } from '../definitions/cles-definitions';
import type { ResultatIndicateurs } from '../moteur/calculer';
import { INDICATEURS } from '../moteur/registre';
import { aplatir, type Cellule, type Ligne } from './aplatir';

const ANNEE = /^\d{4}$/;

/** A list of objects named by a `nom` (per-TS figures) becomes an object keyed by those names, so rows read "… › Ts Un". */
function nommerListes(valeur: unknown): unknown {
  if (Array.isArray(valeur)) {
    const noms = valeur.map((v) => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>).nom : undefined));
    if (valeur.length > 0 && noms.every((n) => typeof n === 'string') && new Set(noms).size === noms.length) {
      return Object.fromEntries(
        valeur.map((v, i) => [noms[i] as string, nommerListes(Object.fromEntries(Object.entries(v as Record<string, unknown>).filter(([k]) => k !== 'nom')))]),
      );
    }
    return valeur.map(nommerListes);
  }
  if (typeof valeur === 'object' && valeur !== null) return Object.fromEntries(Object.entries(valeur).map(([k, v]) => [k, nommerListes(v)]));
  return valeur;
}

/**
 * The rows of any indicator value, years as columns wherever a year appears in the path: a per-year object of
 * nested values (`{"2022": {"bornes": …}}`, `{"2022": {"valeur": null, "raison": …}}`) becomes one row per
 * inner path with the years as columns, as the reports' tables read.
 */
export function lignesIndicateur(valeur: unknown): Ligne[] {
  const lignes: Ligne[] = [];
  const parChemin = new Map<string, Ligne>();
  for (const ligne of aplatir(nommerListes(valeur))) {
    const i = ligne.parAnnee ? -1 : ligne.chemin.findIndex((c) => ANNEE.test(c));
    if (i < 0) {
      lignes.push(ligne);
      continue;
    }
    const annee = ligne.chemin[i] as string;
    const chemin = [...ligne.chemin.slice(0, i), ...ligne.chemin.slice(i + 1)];
    const cle = JSON.stringify(chemin);
    const existante = parChemin.get(cle);
    if (existante?.parAnnee && !(annee in existante.parAnnee)) {
      existante.parAnnee[annee] = ligne.valeur;
      continue;
    }
    const nouvelle: Ligne = { chemin, parAnnee: { [annee]: ligne.valeur } as Record<string, Cellule>, valeur: null };
    parChemin.set(cle, nouvelle);
    lignes.push(nouvelle);
  }
  return lignes;
}

/** Each block of a result: the key indicators one by one (`cle:<key>`), then the indicators in numeric order. */
export function blocsResultat(resultat: ResultatIndicateurs): { numero: string; libelle: string; valeur: unknown }[] {
  const cles = typeof resultat.cles === 'object' && resultat.cles !== null && !Array.isArray(resultat.cles) ? Object.entries(resultat.cles) : [];
  const indicateurs = Object.entries(resultat.indicateurs).sort(([a], [b]) => Number(a) - Number(b) || a.localeCompare(b));
  return [
    ...cles.map(([cle, valeur]) => ({ numero: `cle:${cle}`, libelle: DEFINITIONS_CLES[cle]?.libelle ?? cle, valeur })),
    ...indicateurs.map(([numero, valeur]) => ({ numero, libelle: INDICATEURS.find((i) => i.numero === numero)?.libelle ?? '', valeur })),
  ];
}

const texte = (v: Cellule) => (v === null ? '' : String(v));

/** A flat UTF-8 CSV: one line per figure (indicateur, libelle, chemin, annee, valeur); `cle:…` lines are the key indicators. */
export function ecrireCsv(resultat: ResultatIndicateurs): string {
  const lignes = [formatCsvRecord(['indicateur', 'libelle', 'chemin', 'annee', 'valeur'])];
  for (const bloc of blocsResultat(resultat)) {
    for (const l of lignesIndicateur(bloc.valeur)) {
      const chemin = l.chemin.join(' › ');
      if (l.parAnnee) {
        for (const [annee, v] of Object.entries(l.parAnnee)) lignes.push(formatCsvRecord([bloc.numero, bloc.libelle, chemin, annee, texte(v)]));
      } else {
        lignes.push(formatCsvRecord([bloc.numero, bloc.libelle, chemin, '', texte(l.valeur)]));
      }
    }
  }
  return lignes.join('');
}
