import { describe, expect, it } from 'vitest';
import { secteurDuFoyer, type ZoneSecteur } from './secteur-du-foyer';

// Valbourg (99101) is split: République to secteur 1, Jean-Jaurès to secteur 2, the rest of the town to secteur 1.
// Fontclaire (99103) is wholly in secteur 2; Pontarlieu (99203) has only an IRIS zone.
const ZONES: ZoneSecteur[] = [
  { secteurId: 1, communeCode: '99101', voie: 'RUE DE LA REPUBLIQUE', iris: null },
  { secteurId: 2, communeCode: '99101', voie: 'AVENUE JEAN JAURES', iris: null },
  { secteurId: 1, communeCode: '99101', voie: null, iris: null },
  { secteurId: 2, communeCode: '99103', voie: null, iris: null },
  { secteurId: 3, communeCode: '99203', voie: null, iris: '992030101' },
];

describe('secteurDuFoyer', () => {
  it('trouve la rue d’une commune découpée, quelle que soit son écriture', () => {
    expect(secteurDuFoyer(ZONES, { communeCode: '99101', adresse: '12 bis av. Jean-Jaurès' })).toEqual({ secteurId: 2, par: 'VOIE' });
    expect(secteurDuFoyer(ZONES, { communeCode: '99101', adresse: '3 r. de la république, 99101 Valbourg' })).toEqual({ secteurId: 1, par: 'VOIE' });
  });

  it('prend la zone de la commune entière pour une rue non listée ou illisible', () => {
    expect(secteurDuFoyer(ZONES, { communeCode: '99101', adresse: '4 rue des Tilleuls' })).toEqual({ secteurId: 1, par: 'COMMUNE' });
    expect(secteurDuFoyer(ZONES, { communeCode: '99101', adresse: null })).toEqual({ secteurId: 1, par: 'COMMUNE' });
    expect(secteurDuFoyer(ZONES, { communeCode: '99103', adresse: '12 avenue Jean-Jaurès' })).toEqual({ secteurId: 2, par: 'COMMUNE' });
  });

  it('ne lit pas la rue d’une autre commune', () => {
    expect(secteurDuFoyer(ZONES, { communeCode: '99103', adresse: '3 rue de la République' })).toEqual({ secteurId: 2, par: 'COMMUNE' });
  });

  it('rend null sans commune, pour une commune hors secteur, ou couverte seulement par IRIS', () => {
    expect(secteurDuFoyer(ZONES, { communeCode: null, adresse: '12 avenue Jean-Jaurès' })).toBeNull();
    expect(secteurDuFoyer(ZONES, { communeCode: '99999', adresse: '12 avenue Jean-Jaurès' })).toBeNull();
    expect(secteurDuFoyer(ZONES, { communeCode: '99203', adresse: '1 rue du Moulin' })).toBeNull();
  });

  it('donne une rue tracée deux fois au premier secteur', () => {
    const doublon = [...ZONES, { secteurId: 4, communeCode: '99101', voie: 'AVENUE JEAN JAURES', iris: null }];
    expect(secteurDuFoyer(doublon, { communeCode: '99101', adresse: '1 avenue Jean Jaurès' })).toEqual({ secteurId: 2, par: 'VOIE' });
  });
});
