import { describe, expect, it } from 'vitest';
import { debutDemandeOuverte, delaiDepasse, formatAttente, heuresEcoulees } from './delai-reponse';

const t = (iso: string) => new Date(iso);

describe('demande ouverte', () => {
  it('sans réponse, la demande part du premier contact', () => {
    expect(debutDemandeOuverte([t('2026-01-12T10:00:00Z'), t('2026-01-10T09:00:00Z')], null)).toEqual(t('2026-01-10T09:00:00Z'));
  });

  it('une réponse après toutes les demandes les clôt', () => {
    expect(debutDemandeOuverte([t('2026-01-10T09:00:00Z'), t('2026-01-11T09:00:00Z')], t('2026-01-11T12:00:00Z'))).toBeNull();
  });

  it('une réponse au même instant que la demande y répond', () => {
    expect(debutDemandeOuverte([t('2026-01-10T09:00:00Z')], t('2026-01-10T09:00:00Z'))).toBeNull();
  });

  it('une nouvelle demande après la réponse ouvre une nouvelle demande, datée d’elle', () => {
    expect(debutDemandeOuverte([t('2026-01-05T09:00:00Z'), t('2026-01-12T09:00:00Z'), t('2026-01-13T09:00:00Z')], t('2026-01-06T09:00:00Z'))).toEqual(
      t('2026-01-12T09:00:00Z'),
    );
  });

  it('aucune demande, rien d’ouvert', () => {
    expect(debutDemandeOuverte([], null)).toBeNull();
  });
});

describe('délai de 48 heures', () => {
  const debut = t('2026-01-09T17:00:00Z');
  it('48 heures tout juste : pas encore dépassé', () => {
    expect(delaiDepasse(debut, t('2026-01-11T17:00:00Z'))).toBe(false);
  });
  it('48 heures et une minute : dépassé (week-end compris)', () => {
    expect(delaiDepasse(debut, t('2026-01-11T17:01:00Z'))).toBe(true);
  });
  it('heures entières écoulées, jamais négatives', () => {
    expect(heuresEcoulees(debut, t('2026-01-10T18:59:00Z'))).toBe(25);
    expect(heuresEcoulees(debut, t('2026-01-09T16:00:00Z'))).toBe(0);
  });
  it('affichage en jours et heures', () => {
    expect(formatAttente(5)).toBe('5 h');
    expect(formatAttente(48)).toBe('2 j');
    expect(formatAttente(53)).toBe('2 j 5 h');
  });
});
