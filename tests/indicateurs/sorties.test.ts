/** The xlsx and csv exports of a result: generic flattening, years as columns, known cells and lines. */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { ResultatIndicateurs } from '@/features/indicateurs/moteur/calculer';
import { aplatir } from '@/features/indicateurs/sorties/aplatir';
import { lignesIndicateur } from '@/features/indicateurs/sorties/csv';
import { ecrireResultat } from '@/features/indicateurs/sorties/ecrire';

const resultat: ResultatIndicateurs = {
  du: '2022-01-01',
  au: '2023-12-31',
  perimetre: { eds: null, ts: null, rsa: false },
  annees: [2022, 2023],
  calcule_le: '2024-01-02T10:00:00.000Z',
  cles: {
    file_active_par_etpt: { '2022': 123.5, '2023': null },
    file_active_par_ts: [{ agent_id: 7, nom: 'Ts Un', file_active: { '2022': 3, '2023': 0 } }],
    part_accompagnes_7_rdv_ou_plus: 0.25,
    cout_par_personne: { valeur: null, raison: 'Coût non saisi.' },
  },
  indicateurs: {
    '1': { foyers: { '2022': 8, '2023': 1 }, personnes: { '2022': 8, '2023': 1 } },
    '4': { valeur: null, raison: 'Population non saisie.' },
    '18': { information: { moyenne: 1.6, distribution: { bornes: ['1', '2+'], effectifs: [3, 2] } } },
    '44': { effectif: { '2022': 3, '2023': 2 }, etp: { '2022': 2.3, '2023': 1.5 }, etpt: { '2022': 2.1, '2023': 1.5 } },
    '55': {
      distribution_montant_par_foyer: { '2022': { bornes: ['0-99', '100+'], effectifs: [1, 2] }, '2023': { bornes: ['0-99', '100+'], effectifs: [0, 4] } },
      cout: { '2022': 10, '2023': { valeur: null, raison: 'Non saisi pour 2023.' } },
    },
    // A shape no other indicator has: arrays of scalars, booleans, deep nesting.
    '99': { liste: [1, 2], drapeau: true, a: { b: { c: { '2023': 5 } } } },
  },
};

describe('aplatissement générique', () => {
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

  it('met les années en colonnes même sous une distribution ou une raison', () => {
    expect(lignesIndicateur(resultat.indicateurs['55'])).toEqual([
      { chemin: ['distribution_montant_par_foyer', '0-99'], parAnnee: { '2022': 1, '2023': 0 }, valeur: null },
      { chemin: ['distribution_montant_par_foyer', '100+'], parAnnee: { '2022': 2, '2023': 4 }, valeur: null },
      { chemin: ['cout'], parAnnee: { '2022': 10, '2023': 'Non saisi pour 2023.' }, valeur: null },
    ]);
  });

  it('nomme les lignes d’une liste par leur nom', () => {
    expect(lignesIndicateur(resultat.cles && (resultat.cles as Record<string, unknown>).file_active_par_ts)).toEqual([
      { chemin: ['Ts Un', 'agent_id'], parAnnee: null, valeur: 7 },
      { chemin: ['Ts Un', 'file_active'], parAnnee: { '2022': 3, '2023': 0 }, valeur: null },
    ]);
  });
});

describe('CSV', () => {
  it('écrit un CSV à plat : en-tête, une ligne par chiffre et par année', async () => {
    const csv = String(await ecrireResultat(resultat, 'csv'));
    const lignes = csv.split('\r\n');
    expect(lignes[0]).toBe('indicateur,libelle,chemin,annee,valeur');
    expect(lignes).toContain('1,Nombre de foyers (et personnes) accueillis par an,foyers,2022,8');
    expect(lignes).toContain('44,"Travailleurs sociaux par an : effectif physique, ETP, ETPT",etp,2022,2.3');
    // An unavailable figure keeps its reason, never 0.
    expect(lignes.find((l) => l.startsWith('4,'))).toMatch(/,,,Population non saisie\.$/);
    expect(lignes).toContain('cle:part_accompagnes_7_rdv_ou_plus,Proportion de foyers accompagnés avec 7 rendez-vous ou plus,,,0.25');
    expect(lignes).toContain('99,,a › b › c,2023,5');
    // The key indicators come first, then the indicators in numeric order.
    expect(lignes.slice(1, -1).map((l) => l.split(',')[0] ?? '').filter((n) => !n.startsWith('cle:'))).toEqual(['1', '1', '1', '1', '4', '18', '18', '18', '44', '44', '44', '44', '44', '44', '55', '55', '55', '55', '55', '55', '99', '99', '99', '99']);
  });
});

describe('classeur xlsx', () => {
  async function ouvrir() {
    const buffer = await ecrireResultat(resultat, 'xlsx');
    const classeur = new ExcelJS.Workbook();
    await classeur.xlsx.load(buffer as unknown as Parameters<typeof classeur.xlsx.load>[0]);
    return classeur;
  }

  it('contient les indicateurs clés, une feuille par section et les définitions', async () => {
    const classeur = await ouvrir();
    expect(classeur.worksheets.map((f) => f.name)).toEqual([
      'Indicateurs clés',
      'Foyers suivis — volume',
      'Foyers suivis — indicateurs',
      'Foyers et situation socio-démog',
      'Rendez-vous — volume',
      'Rendez-vous — indicateurs',
      'Durées',
      'Contenu de l’accompagnement',
      'Bilans et sorties',
      'Travailleurs sociaux',
      'Dispositifs connexes',
      'Définitions',
    ]);
  });

  it('met les années en colonnes, en libellés français', async () => {
    const classeur = await ouvrir();
    const volume = classeur.getWorksheet('Foyers suivis — volume');
    expect(volume?.getRow(1).values).toEqual([undefined, 'N°', 'Indicateur', 'Détail', '2022', '2023', 'Moyenne annuelle', 'Période']);
    expect(volume?.getRow(2).values).toEqual([undefined, '1', 'Nombre de foyers (et personnes) accueillis par an', 'Foyers', 8, 1, 4.5]);
    const ts = classeur.getWorksheet('Travailleurs sociaux');
    expect(ts?.getRow(3).values).toEqual([undefined, '44', 'Travailleurs sociaux par an : effectif physique, ETP, ETPT', 'ETP', 2.3, 1.5, 1.9]);
    expect(ts?.getRow(3).getCell(4).numFmt).toBe('#,##0.00');
    const connexes = classeur.getWorksheet('Dispositifs connexes');
    expect(connexes?.getRow(3).values).toEqual([undefined, '55', expect.any(String), 'Distribution montant par foyer › 100+', 2, 4, 3]);
  });

  it('présente les indicateurs clés avec leur libellé, et une raison plutôt que 0', async () => {
    const garde = (await ouvrir()).getWorksheet('Indicateurs clés');
    expect(garde?.getRow(1).getCell(1).value).toBe("Indicateurs de l'accompagnement social — Département");
    expect(garde?.getRow(2).getCell(1).value).toMatch(/^Période du 01\/01\/2022 au 31\/12\/2023, calculés le \d{2}\/\d{2}\/\d{4} à \d{2}:\d{2}$/);
    expect(garde?.getRow(4).values).toEqual([undefined, 'Indicateur clé', 'Détail', '2022', '2023', 'Moyenne annuelle', 'Période']);
    expect(garde?.getRow(5).values).toEqual([undefined, 'File active par travailleur social (par ETPT)', '', 123.5]);
    expect(garde?.getRow(7).values).toEqual([undefined, 'File active de chaque travailleur social', 'Ts Un › File active', 3, 0, 1.5]);
    expect(garde?.getRow(8).getCell(6).value).toBe(0.25);
    expect(garde?.getRow(8).getCell(6).numFmt).toBe('0.0%');
    expect(garde?.getRow(9).getCell(6).value).toBe('Coût non saisi.');
  });

  it('donne les définitions des indicateurs clés puis des 55', async () => {
    const definitions = (await ouvrir()).getWorksheet('Définitions');
    expect(definitions?.getRow(2).getCell(1).value).toBe('Clé');
    const numeros: string[] = [];
    definitions?.eachRow((row) => {
      const n = row.getCell(1).value;
      if (typeof n === 'string' && /^\d+$/.test(n)) numeros.push(n);
    });
    expect(numeros.slice(0, 3)).toEqual(['1', '2', '3']);
    expect(numeros).toContain('55');
  });
});
