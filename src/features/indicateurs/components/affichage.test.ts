import { describe, expect, it } from 'vitest';
import { analyser, estRatio, formaterNombre, legende, libelleCle, libelleValeur } from './affichage';
import { chiffresCles } from './cles';

// fr-FR puts narrow no-break spaces (U+202F) in thousands and before % and €.
const espaces = (s: string) => s.replace(/[\u202f\u00a0]/g, ' ');
const DIST = { bornes: ['1', '2', '3+'], effectifs: [5, 3, 0] };

describe('analyser', () => {
  it('un indicateur incalculable donne sa raison, jamais 0', () => {
    expect(analyser({ valeur: null, raison: 'Population non saisie.' })).toEqual([{ type: 'raison', chemin: [], raison: 'Population non saisie.' }]);
  });

  it('un objet par année donne un tableau aux années en colonnes (croissantes)', () => {
    expect(analyser({ '2026': 12, '2025': 10 })).toEqual([{ type: 'tableau', chemin: [], colonnes: ['2025', '2026'], lignes: [{ cle: null, cellules: [10, 12] }] }]);
  });

  it('des objets par année voisins forment un seul tableau (foyers et personnes)', () => {
    expect(analyser({ foyers: { '2025': 3, '2026': 4 }, personnes: { '2025': 2, '2026': 3 } })).toEqual([
      { type: 'tableau', chemin: [], colonnes: ['2025', '2026'], lignes: [{ cle: 'foyers', cellules: [3, 4] }, { cle: 'personnes', cellules: [2, 3] }] },
    ]);
  });

  it('les valeurs simples deviennent un tableau mesure / valeur, ou la première ligne du tableau qui a les mêmes clés', () => {
    expect(analyser({ moyenne: 1.5, pas: 8 })).toEqual([{ type: 'scalaires', chemin: [], lignes: [{ cle: 'moyenne', valeur: 1.5 }, { cle: 'pas', valeur: 8 }] }]);
    const blocs = analyser({ information: 0.1, ensemble: 0.2, numerateur: { information: 1, ensemble: 3 }, denominateur: { information: 10, ensemble: 15 } });
    expect(blocs).toEqual([
      {
        type: 'tableau',
        chemin: [],
        colonnes: ['information', 'ensemble'],
        lignes: [
          { cle: null, cellules: [0.1, 0.2] },
          { cle: 'numerateur', cellules: [1, 3] },
          { cle: 'denominateur', cellules: [10, 15] },
        ],
      },
    ]);
    const imbrique = analyser({ accompagnement: { TELEPHONE: { '2026': 2 }, DOMICILE: { '2026': 1 } } });
    expect(imbrique).toEqual([
      { type: 'tableau', chemin: ['accompagnement'], colonnes: ['2026'], lignes: [{ cle: 'TELEPHONE', cellules: [2] }, { cle: 'DOMICILE', cellules: [1] }] },
    ]);
  });

  it('les distributions deviennent des tableaux de classes, avec les valeurs voisines', () => {
    expect(analyser({ information: { moyenne: 1.5, distribution: DIST, pas: 8 } })).toEqual([
      { type: 'scalaires', chemin: ['information'], lignes: [{ cle: 'moyenne', valeur: 1.5 }, { cle: 'pas', valeur: 8 }] },
      { type: 'distribution', chemin: ['information', 'distribution'], classes: ['1', '2', '3+'], series: [{ cle: null, effectifs: [5, 3, 0] }] },
    ]);
    expect(analyser({ bornes: ['0-4', '5-9'], effectifs: { F: [1, 2], M: [3, 4] } })).toEqual([
      { type: 'distribution', chemin: [], classes: ['0-4', '5-9'], series: [{ cle: 'F', effectifs: [1, 2] }, { cle: 'M', effectifs: [3, 4] }] },
    ]);
  });

  it('un objet mixte (moyenne par année et distribution par année) : la moyenne rejoint le tableau, la distribution suit', () => {
    const blocs = analyser({ information: { '2026': 1.3, distribution: { '2026': DIST } }, accompagnement: { '2026': 5.1, distribution: { '2026': DIST } } });
    expect(blocs[0]).toEqual({ type: 'tableau', chemin: [], colonnes: ['2026'], lignes: [{ cle: 'information', cellules: [1.3] }, { cle: 'accompagnement', cellules: [5.1] }] });
    expect(blocs.slice(1).map((b) => [b.type, legende(b.chemin)])).toEqual([
      ['distribution', 'Information — Distribution — 2026'],
      ['distribution', 'Accompagnement — Distribution — 2026'],
    ]);
  });

  it('une valeur incalculable au milieu d’un tableau reste dans sa cellule', () => {
    const raison = { valeur: null, raison: 'ETPT non saisis.' };
    expect(analyser({ etpt: { '2026': raison } })).toEqual([{ type: 'tableau', chemin: [], colonnes: ['2026'], lignes: [{ cle: 'etpt', cellules: [raison] }] }]);
  });
});

describe('formats', () => {
  it('ratios en pourcentage, montants en euros seulement sous « montant », le reste en nombres', () => {
    expect(espaces(formaterNombre(0.123, ['taux', '2026'], null))).toBe('12,3 %');
    expect(espaces(formaterNombre(0.123, ['information'], 'Taux d’absentéisme'))).toBe('12,3 %');
    expect(espaces(formaterNombre(30, ['numerateur', 'information'], 'Taux d’absentéisme'))).toBe('30');
    expect(espaces(formaterNombre(0.5, ['etp', '2026'], 'TS par an'))).toBe('0,5');
    expect(espaces(formaterNombre(1234.56, ['montant', '2026'], null))).toBe('1 234,56 €');
    expect(espaces(formaterNombre(1234.56, ['par_type', 'ALIMENTATION', 'montant', '2026'], null))).toBe('1 234,56 €');
    expect(espaces(formaterNombre(1477, ['2026'], 'Rendez-vous programmés par an'))).toBe('1 477');
    expect(espaces(formaterNombre(1.33576, ['information', '2026'], 'Rendez-vous honorés par an et par foyer'))).toBe('1,34');
  });

  it('une valeur hors de [0, 1] n’est jamais un pourcentage', () => {
    expect(estRatio(['taux'], null, 1.5)).toBe(false);
    expect(estRatio(['part_encore_1_an'], null, 0.4)).toBe(true);
  });

  it('libellés français des clés', () => {
    expect(libelleCle('dont_accompagnes')).toBe('Dont foyers en accompagnement');
    expect(libelleCle('ALIMENTATION')).toBe('Alimentation');
    expect(libelleCle('PRESENTIEL')).toBe('Présentiel (hors domicile)');
    expect(libelleCle('sorties_positives')).toBe('Sorties positives');
    expect(libelleCle('2026')).toBe('2026');
    expect([libelleValeur("Taux d'absentéisme"), libelleValeur('Part de chaque mode'), libelleValeur('Rendez-vous honorés par an')]).toEqual(['Taux', 'Part', 'Valeur']);
    expect(libelleCle('rdv_par_foyer_accompagne')).toBe('Rendez-vous par foyer accompagné');
    expect(libelleCle('duree_moyenne_pas_jours')).toBe('Durée moyenne PAS jours');
  });
});

describe('chiffresCles', () => {
  const indicateurs = [
    { numero: '3', libelle: 'Nombre de foyers en accompagnement', valeur: { foyers: { '2026': 215 }, personnes: { '2026': 215 } } },
    { numero: '6', libelle: 'Proportion des foyers en accompagnement…', valeur: { taux: { '2026': 0.61 }, numerateur: { '2026': 215 }, denominateur: { '2026': 352 } } },
    { numero: '17', libelle: 'Taux d’absentéisme', valeur: { information: 0.14, accompagnement: 0.12, ensemble: 0.13 } },
    { numero: '19', libelle: 'Rendez-vous honorés par an et par foyer', valeur: { accompagnement: { '2026': 5.12 } } },
    { numero: '49', libelle: 'Rendez-vous honorés par ETPT', valeur: { valeur: null, raison: 'ETPT non saisis.' } },
  ];

  it('sans « cles » du moteur : indicateurs 3, 6, 17, 19 et 49, à la dernière année', () => {
    const c = chiffresCles({ annees: [2026], indicateurs, cles: undefined });
    expect(c.map((x) => [x.cle, x.valeur])).toEqual([
      ['3', 215],
      ['6', 0.61],
      ['17', 0.13],
      ['19', 5.12],
      ['49', { valeur: null, raison: 'ETPT non saisis.' }],
    ]);
    expect(espaces(formaterNombre(0.61, c[1]!.chemin, c[1]!.libelleIndicateur))).toBe('61,0 %');
  });

  it('suit l’ordre des définitions des indicateurs clés, chiffres d’abord, et lit la file active de chaque TS comme un tableau', () => {
    const c = chiffresCles({
      annees: [2026],
      indicateurs,
      cles: {
        rdv_par_etpt: { '2026': 127 },
        file_active_par_ts: [{ nom: 'Ts Un', agent_id: 1, file_active: { '2026': 26 } }, { nom: 'Ts Deux', agent_id: 2, file_active: { '2026': 35 } }],
        file_active_par_etpt: { '2026': 34.8 },
      },
    });
    expect(c.map((x) => x.cle)).toEqual(['3', 'file_active_par_etpt', 'rdv_par_etpt', 'file_active_par_ts']);
    expect(c[3]!.valeur).toEqual({ 'Ts Un': { '2026': 26 }, 'Ts Deux': { '2026': 35 } });
  });

  it('un indicateur absent ou d’une autre forme est omis', () => {
    expect(chiffresCles({ annees: [2026], indicateurs: [{ numero: '3', libelle: null, valeur: 12 }], cles: null })).toEqual([]);
  });

  it('les « cles » du moteur suivent le volume des foyers en accompagnement, quelle que soit leur forme', () => {
    const c = chiffresCles({ annees: [2026], indicateurs, cles: { taux_sorties_positives: 0.4, file_active_par_ts: { '2026': 123 }, cout: { libelle: 'Coût', valeur: null, raison: 'Coût non saisi.' } } });
    expect(c.map((x) => [x.libelle, x.valeur])).toEqual([
      ['Foyers en accompagnement', 215],
      ['File active de chaque travailleur social (2026)', 123],
      ['Taux de sorties positives', 0.4],
      ['Coût', { valeur: null, raison: 'Coût non saisi.' }],
    ]);
  });
});
