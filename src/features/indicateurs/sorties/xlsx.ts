import ExcelJS from 'exceljs';
import type { ResultatIndicateurs } from '../moteur/calculer';
import { INDICATEURS } from '../moteur/registre';
import { SECTIONS_INDICATEURS } from '../moteur/sections';
import { aplatir } from './aplatir';

const ENTETE = { bold: true } as const;

function feuilleBlocs(classeur: ExcelJS.Workbook, titre: string, annees: number[], blocs: { numero: string; libelle: string; valeur: unknown }[]) {
  // Sheet names: 31 characters at most, no ":" or "/".
  const feuille = classeur.addWorksheet(titre.replace(/[:/\\?*[\]]/g, ' ').slice(0, 31));
  feuille.columns = [{ width: 8 }, { width: 50 }, { width: 40 }, ...annees.map(() => ({ width: 12 })), { width: 14 }];
  const entete = feuille.addRow(['N°', 'Indicateur', 'Détail', ...annees.map(String), 'Période']);
  entete.font = ENTETE;
  for (const bloc of blocs) {
    for (const ligne of aplatir(bloc.valeur)) {
      const parAnnee = annees.map((a) => ligne.parAnnee?.[String(a)] ?? null);
      feuille.addRow([bloc.numero, bloc.libelle, ligne.chemin.join(' › '), ...parAnnee, ligne.parAnnee ? null : ligne.valeur]);
    }
  }
  feuille.views = [{ state: 'frozen', ySplit: 1 }];
}

/** The reports' tables: key indicators first, one sheet per section of the list (years as columns), definitions last. */
export async function ecrireXlsx(resultat: ResultatIndicateurs): Promise<Buffer> {
  const classeur = new ExcelJS.Workbook();
  classeur.creator = 'Sillage';
  classeur.created = new Date(resultat.calcule_le);
  const perimetre = [resultat.perimetre.eds ? `EDS ${resultat.perimetre.eds}` : 'Département', resultat.perimetre.rsa ? 'population RSA' : null, resultat.perimetre.ts ? `TS ${resultat.perimetre.ts}` : null]
    .filter(Boolean)
    .join(', ');
  const garde = classeur.addWorksheet('Indicateurs clés');
  garde.addRow([`Indicateurs de l'accompagnement social — ${perimetre}`]).font = { bold: true, size: 14 };
  garde.addRow([`Période du ${resultat.du} au ${resultat.au}, calculés le ${resultat.calcule_le}`]);
  garde.addRow([]);
  if (resultat.cles !== undefined) {
    for (const ligne of aplatir(resultat.cles)) garde.addRow([ligne.chemin.join(' › '), ligne.parAnnee ? JSON.stringify(ligne.parAnnee) : ligne.valeur]);
  }
  garde.getColumn(1).width = 60;

  for (const section of SECTIONS_INDICATEURS) {
    const blocs = section.numeros.map((n) => {
      const numero = String(n);
      return { numero, libelle: INDICATEURS.find((i) => i.numero === numero)?.libelle ?? '', valeur: resultat.indicateurs[numero] };
    });
    feuilleBlocs(classeur, section.titre, resultat.annees, blocs.filter((b) => b.valeur !== undefined));
  }

  const definitions = classeur.addWorksheet('Définitions');
  definitions.columns = [{ width: 8 }, { width: 50 }, { width: 120 }];
  definitions.addRow(['N°', 'Indicateur', 'Définition']).font = ENTETE;
  for (const i of INDICATEURS) definitions.addRow([i.numero, i.libelle, i.definition]);
  return Buffer.from(await classeur.xlsx.writeBuffer());
}
