import { describe, expect, it } from 'vitest';
import { extraireVoie } from './voie';

describe('extraireVoie', () => {
  it.each([
    ['12 avenue Jean-Jaurès', 'AVENUE JEAN JAURES'],
    ['12 bis, av. Jean Jaurès, 99101 Valbourg', 'AVENUE JEAN JAURES'],
    ['3 r. de la République', 'RUE DE LA REPUBLIQUE'],
    ['3ter R DE LA REPUBLIQUE', 'RUE DE LA REPUBLIQUE'],
    ['4 place de la Mairie, 99101 Valbourg', 'PLACE DE LA MAIRIE'],
    ['12, rue de la Paix', 'RUE DE LA PAIX'],
    ['8 bd Gambetta', 'BOULEVARD GAMBETTA'],
    ['27 Boulevard   Gambetta', 'BOULEVARD GAMBETTA'],
    ['5 av. du Gal Leclerc', 'AVENUE DU GENERAL LECLERC'],
    ['10 rue de l’Église', 'RUE DE L EGLISE'],
    ["10 rue de l'Eglise", 'RUE DE L EGLISE'],
    ['2 rue St-Œuvre', 'RUE SAINT OEUVRE'],
    ['Résidence Les Glycines', 'RESIDENCE LES GLYCINES'],
    ['Bât. C, 12 allée des Peupliers', 'ALLEE DES PEUPLIERS'],
    ['Résidence du Parc, 3 imp. des Acacias', 'IMPASSE DES ACACIAS'],
    ['12 rue de la Place', 'RUE DE LA PLACE'],
    ['12 Grande Rue', 'GRANDE RUE'],
    ['lieu-dit Les Aulnes', 'LIEU DIT LES AULNES'],
  ])('%s → %s', (adresse, voie) => {
    expect(extraireVoie(adresse)).toBe(voie);
  });

  it('est idempotente : une zone déjà normalisée reste la même', () => {
    for (const voie of ['AVENUE JEAN JAURES', 'RUE DE LA REPUBLIQUE', 'RESIDENCE LES GLYCINES', 'GRANDE RUE', 'RUE SAINT OEUVRE']) {
      expect(extraireVoie(voie)).toBe(voie);
    }
  });

  it.each([null, undefined, '', '   ', '12', '12 bis', '99101 Valbourg', ', ,'])('rend null sans rue lisible (%s)', (adresse) => {
    expect(extraireVoie(adresse)).toBeNull();
  });
});
