import { describe, expect, it } from 'vitest';
import { attenteDemande, dureeEnClair } from './attente-demande';

const t = (iso: string) => new Date(iso);

describe('attente d’une demande, en clair', () => {
  it('écrit la durée en jours et heures, au singulier comme au pluriel', () => {
    expect(dureeEnClair(0)).toBe('moins d’une heure');
    expect(dureeEnClair(1)).toBe('1 heure');
    expect(dureeEnClair(23)).toBe('23 heures');
    expect(dureeEnClair(24)).toBe('1 jour');
    expect(dureeEnClair(25)).toBe('1 jour et 1 heure');
    expect(dureeEnClair(51)).toBe('2 jours et 3 heures');
  });

  it('sous 48 heures : dans l’objectif', () => {
    expect(attenteDemande(t('2026-12-01T08:00:00Z'), t('2026-12-02T13:30:00Z'))).toEqual({
      heures: 29,
      depasse: false,
      texte: 'Demande reçue il y a 1 jour et 5 heures — dans l’objectif de 48 h',
    });
  });

  it('48 heures tout juste : encore dans l’objectif ; au-delà : dépassé', () => {
    expect(attenteDemande(t('2026-12-01T08:00:00Z'), t('2026-12-03T08:00:00Z')).depasse).toBe(false);
    expect(attenteDemande(t('2026-12-01T08:00:00Z'), t('2026-12-03T11:00:00Z'))).toEqual({
      heures: 51,
      depasse: true,
      texte: 'Demande reçue il y a 2 jours et 3 heures — objectif 48 h dépassé',
    });
  });
});
