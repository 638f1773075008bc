import { describe, expect, it } from 'vitest';
import { bornesPrefixe, lireTermeRecherche, normaliserNom, seuilSimilarite } from './terme-recherche';

const AUJOURDHUI = '2026-11-25';
const lire = (saisie: string) => lireTermeRecherche(saisie, AUJOURDHUI);

describe('lireTermeRecherche', () => {
  it.each(['', '   ', 'a', 'é', '1', '12', '123', '12/', '12/03', '12/03/', '12/03/19', '12/03/198', "d'"])('« %s » : rien à chercher encore', (saisie) => {
    expect(lire(saisie)).toEqual({ type: 'incomplet' });
  });

  it('un nom, tel que tapé (la base le normalise)', () => {
    expect(lire('  Lefèvre-Dupont ')).toEqual({ type: 'nom', nom: 'Lefèvre-Dupont' });
    expect(lire("D'Angelo Luc")).toEqual({ type: 'nom', nom: "D'Angelo Luc" });
    expect(lire('Li')).toEqual({ type: 'nom', nom: 'Li' });
  });

  it('les chiffres égarés dans un nom sont ignorés', () => {
    expect(lire('Dupont 2')).toEqual({ type: 'nom', nom: 'Dupont' });
  });

  it.each([
    ['14/06/1957', '1957-06-14'],
    ['4/6/1957', '1957-06-04'],
    ['14.06.1957', '1957-06-14'],
    ['14-06-1957', '1957-06-14'],
    ['29/02/2024', '2024-02-29'],
    ['25/11/2026', '2026-11-25'],
  ])('la date de naissance « %s »', (saisie, date) => {
    expect(lire(saisie)).toEqual({ type: 'date', date, nom: null });
  });

  it('une date avec un nom, dans un ordre ou l’autre', () => {
    expect(lire('Martin 14/06/1957')).toEqual({ type: 'date', date: '1957-06-14', nom: 'Martin' });
    expect(lire('14/06/1957 Océane Laurent')).toEqual({ type: 'date', date: '1957-06-14', nom: 'Océane Laurent' });
  });

  it.each(['31/02/1980', '29/02/2023', '00/01/1980', '12/13/1980', '01/01/1850'])('« %s » n’est pas une date : message en français', (saisie) => {
    expect(lire(saisie)).toEqual({ type: 'invalide', message: expect.stringContaining('jj/mm/aaaa') });
  });

  it('une date de naissance dans le futur est refusée', () => {
    expect(lire('26/11/2026')).toEqual({ type: 'invalide', message: 'Une date de naissance ne peut pas être dans le futur.' });
  });

  it.each([
    ['06 12 34 56 78', '0612345678'],
    ['06.12.34.56.78', '0612345678'],
    ['06-12-34-56-78', '0612345678'],
    ['+33 6 12 34 56 78', '0612345678'],
    ['+33 (0)6', null],
    ['0033612345678', '0612345678'],
    ['061234', '061234'],
  ])('le téléphone « %s »', (saisie, telephone) => {
    const lu = lire(saisie);
    if (telephone === null) expect(lu.type).not.toBe('numero');
    else expect(lu).toMatchObject({ type: 'numero', telephone });
  });

  it('un début de téléphone trop court n’est pas cherché', () => {
    expect(lire('06 12')).toEqual({ type: 'numero', telephone: null, allocataire: '0612' });
    expect(lire('061')).toEqual({ type: 'incomplet' });
  });

  it('un numéro français de plus de 10 chiffres est refusé', () => {
    expect(lire('06 12 34 56 78 9')).toMatchObject({ type: 'invalide', message: expect.stringContaining('10 chiffres') });
  });

  it('un numéro allocataire (ne commence pas par 0)', () => {
    expect(lire('4258092')).toEqual({ type: 'numero', telephone: null, allocataire: '4258092' });
    expect(lire('4258 092')).toEqual({ type: 'numero', telephone: null, allocataire: '4258092' });
  });

  it('7 chiffres commençant par 0 : téléphone ou allocataire, les deux sont cherchés', () => {
    expect(lire('0123456')).toEqual({ type: 'numero', telephone: '0123456', allocataire: '0123456' });
  });

  it('un numéro étranger reste tel quel', () => {
    expect(lire('+44 20 7946 0958')).toEqual({ type: 'numero', telephone: '+442079460958', allocataire: null });
  });

  it('le terme est limité à 100 caractères', () => {
    const lu = lire('a'.repeat(150));
    expect(lu).toEqual({ type: 'nom', nom: 'a'.repeat(100) });
  });
});

describe('normaliserNom (comme normaliser_nom en SQL)', () => {
  it.each([
    ['Lefèvre-Dupont', 'lefevre dupont'],
    ["  L'Éfevre   DUPONT ", 'l efevre dupont'],
    ['Gonçalves', 'goncalves'],
  ])('%s → %s', (entree, sortie) => {
    expect(normaliserNom(entree)).toBe(sortie);
  });
});

describe('seuilSimilarite', () => {
  it('un nom de trois lettres au plus doit être un mot entier', () => {
    expect(seuilSimilarite('Li')).toBe(1);
    expect(seuilSimilarite(' L-i ')).toBe(1);
    expect(seuilSimilarite('Roy')).toBe(1);
    expect(seuilSimilarite('Lé a')).toBe(1);
  });
  it('au-delà, une lettre fausse est tolérée', () => {
    expect(seuilSimilarite('Dupond')).toBe(0.5);
    expect(seuilSimilarite('Mart')).toBe(0.5);
  });
});

describe('bornesPrefixe', () => {
  it.each([
    ['0612', '0613'],
    ['0619', '062'],
    ['0699', '07'],
    ['4258092', '4258093'],
  ])('%s → [%s, %s)', (prefixe, fin) => {
    expect(bornesPrefixe(prefixe)).toEqual({ debut: prefixe, fin });
  });
  it('sans borne haute après des 9', () => {
    expect(bornesPrefixe('999')).toEqual({ debut: '999', fin: null });
    expect(bornesPrefixe('+999')).toEqual({ debut: '+999', fin: null });
  });
});
