import { formatCsvRecord } from '@/features/echange/csv';
import type { ResultatIndicateurs } from '../moteur/calculer';
import { INDICATEURS } from '../moteur/registre';
import { aplatir } from './aplatir';

const libelleDe = (numero: string) => INDICATEURS.find((i) => i.numero === numero)?.libelle ?? '';

/** A flat CSV: one line per figure (indicateur, libellé, chemin, année, valeur). */
export function ecrireCsv(resultat: ResultatIndicateurs): string {
  const lignes = [formatCsvRecord(['indicateur', 'libelle', 'chemin', 'annee', 'valeur'])];
  const ajouter = (numero: string, libelle: string, valeur: unknown) => {
    for (const l of aplatir(valeur)) {
      const chemin = l.chemin.join(' › ');
      if (l.parAnnee) {
        for (const [annee, v] of Object.entries(l.parAnnee)) lignes.push(formatCsvRecord([numero, libelle, chemin, annee, v === null ? '' : String(v)]));
      } else {
        lignes.push(formatCsvRecord([numero, libelle, chemin, '', l.valeur === null ? '' : String(l.valeur)]));
      }
    }
  };
  if (resultat.cles !== undefined) ajouter('cles', 'Indicateurs clés', resultat.cles);
  for (const [numero, valeur] of Object.entries(resultat.indicateurs)) ajouter(numero, libelleDe(numero), valeur);
  return lignes.join('');
}
