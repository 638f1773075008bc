import { describe, expect, it } from 'vitest';
import { Role } from '@/generated/prisma/enums';
import { ACCUEIL_PAR_ROLE, accueilParRole } from './accueil-par-role';
import { navigationPour } from './navigation';

const acteur = (role: Role) => ({ id: 1, role, niveau: 1, edsIds: [1], structureId: role === 'PARTENAIRE' ? 1 : null });

describe('page d’accueil par rôle', () => {
  it('envoie chaque rôle sur sa page', () => {
    expect(accueilParRole('SECRETAIRE')).toBe('/accueil');
    expect(accueilParRole('TRAVAILLEUR_SOCIAL')).toBe('/agenda');
    expect(accueilParRole('RESPONSABLE_EDS')).toBe('/tableau-de-bord');
    expect(accueilParRole('RESPONSABLE_TERRITOIRE')).toBe('/tableau-de-bord');
    expect(accueilParRole('DIRECTION')).toBe('/indicateurs');
    expect(accueilParRole('ADMIN')).toBe('/administration');
    expect(accueilParRole('PARTENAIRE')).toBe('/partenaire');
  });

  it('renvoie un rôle inconnu vers la connexion', () => {
    expect(accueilParRole('PIRATE')).toBe('/connexion');
    expect(accueilParRole('')).toBe('/connexion');
  });

  it.each(Object.values(Role))('la page d’accueil de %s est permise par la politique et en tête du menu', (role) => {
    const menu = navigationPour(acteur(role));
    expect(menu[0]?.href).toBe(ACCUEIL_PAR_ROLE[role]);
  });
});

describe('menu par rôle', () => {
  const hrefs = (role: Role) => navigationPour(acteur(role)).map((l) => l.href);

  it('ne propose que les pages du rôle', () => {
    expect(hrefs('SECRETAIRE')).toEqual(['/accueil', '/agenda', '/foyers']);
    expect(hrefs('TRAVAILLEUR_SOCIAL')).toEqual(['/agenda', '/foyers']);
    expect(hrefs('RESPONSABLE_EDS')).toEqual(['/tableau-de-bord', '/agenda', '/foyers', '/attribution', '/personnes/fusion', '/indicateurs']);
    expect(hrefs('DIRECTION')).toEqual(['/indicateurs']);
    expect(hrefs('ADMIN')).toEqual(['/administration']);
    expect(hrefs('PARTENAIRE')).toEqual(['/partenaire']);
  });

  it('nomme l’agenda selon le rôle', () => {
    expect(navigationPour(acteur('TRAVAILLEUR_SOCIAL'))[0]?.label).toBe('Mon agenda');
    expect(navigationPour(acteur('SECRETAIRE'))[1]?.label).toBe('Agendas');
  });
});
