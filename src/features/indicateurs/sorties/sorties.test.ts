import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { ResultatIndicateurs } from '../moteur/calculer';
import { aplatir } from './aplatir';
import { ecrireResultat } from './ecrire';

const resultat: ResultatIndicateurs = {
  du: '2022-01-01',
  au: '2023-12-31',
  perimetre: { eds: null, ts: null, rsa: false },
  annees: [2022, 2023],
  calcule_le: '2024-01-02T10:00:00.000Z',
  indicateurs: {
    '1': { foyers: { '2022': 8, '2023': 1 }, personnes: { '2022': 8, '2023': 1 } },
    '4': { valeur: null, raison: 'Population non saisie.' },
    '18': { information: { moyenne: 1.6, distribution: { bornes: ['1', '2+'], effectifs: [3, 2] } } },
  },
};

describe('sorties des indicateurs', () => {
  it('aplatit années, distributions et valeurs indisponibles', () => {
    expect(aplatir(resultat.indicateurs['1'])).toEqual([
      { chemin: ['foyers'], parAnnee: { '2022': 8, '2023': 1 }, valeur: null },
      { chemin: ['personnes'], parAnnee: { '2022': 8, '2023': 1 }, valeur: null },
    ]);
    expect(aplatir(resultat.indicateurs['4'])).toEqual([{ chemin: [], parAnnee: null, valeur: 'Population non saisie.' }]);
    expect(aplatir(resultat.indicateurs['18'])).toEqual([
      { chemin: ['information', 'moyenne'], parAnnee: null, valeur: 1.6 },
      { chemin: ['information', 'distribution', '1'], parAnnee: null, valeur: 3 },
      { chemin: ['information', 'distribution', '2+'], parAnnee: null, valeur: 2 },
    ]);
  });

  it('écrit un CSV à plat', async () => {
    const csv = String(await ecrireResultat(resultat, 'csv'));
    const lignes = csv.split('\r\n');
    expect(lignes[0]).toBe('indicateur,libelle,chemin,annee,valeur');
    expect(lignes).toContain('1,Nombre de foyers (et personnes) accueillis par an,foyers,2022,8');
  });

  it('écrit un classeur avec une feuille par section et les années en colonnes', async () => {
    const buffer = await ecrireResultat(resultat, 'xlsx');
    const classeur = new ExcelJS.Workbook();
    await classeur.xlsx.load(buffer as unknown as Parameters<typeof classeur.xlsx.load>[0]);
    expect(classeur.worksheets.map((f) => f.name)).toContain('Foyers suivis — volume');
    expect(classeur.worksheets.at(-1)?.name).toBe('Définitions');
    const feuille = classeur.getWorksheet('Foyers suivis — volume');
    expect(feuille?.getRow(1).values).toEqual([undefined, 'N°', 'Indicateur', 'Détail', '2022', '2023', 'Période']);
    expect(feuille?.getRow(2).values).toEqual([undefined, '1', 'Nombre de foyers (et personnes) accueillis par an', 'foyers', 8, 1]);
  });
});
