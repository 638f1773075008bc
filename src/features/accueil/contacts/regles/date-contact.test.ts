import { describe, expect, it } from 'vitest';
import { instantParis, valeurLocaleParis, verifierDateContact } from './date-contact';

describe('date du contact en heure de Paris', () => {
  it('lit une heure d’hiver et d’été', () => {
    expect(instantParis('2026-01-12T14:30')?.toISOString()).toBe('2026-01-12T13:30:00.000Z');
    expect(instantParis('2026-07-12T14:30')?.toISOString()).toBe('2026-07-12T12:30:00.000Z');
  });

  it('les jours de changement d’heure', () => {
    expect(instantParis('2026-03-29T10:00')?.toISOString()).toBe('2026-03-29T08:00:00.000Z');
    expect(instantParis('2026-10-25T10:00')?.toISOString()).toBe('2026-10-25T09:00:00.000Z');
    expect(instantParis('2026-03-29T02:30')).toBeNull();
  });

  it.each(['', '2026-02-30T10:00', '2026-01-12T24:00', '2026-01-12T10:60', '12/01/2026 10:00', '2026-01-12'])('refuse « %s »', (v) => {
    expect(instantParis(v)).toBeNull();
  });

  it('aller-retour avec la valeur du champ', () => {
    const instant = new Date('2026-07-01T06:05:00Z');
    expect(valeurLocaleParis(instant)).toBe('2026-07-01T08:05');
    expect(instantParis(valeurLocaleParis(instant))).toEqual(instant);
  });
});

describe('bornes de la date du contact', () => {
  const now = new Date('2026-01-31T12:00:00Z');
  it('maintenant et un peu d’avance d’horloge sont acceptés', () => {
    expect(verifierDateContact(now, now)).toBeNull();
    expect(verifierDateContact(new Date('2026-01-31T12:05:00Z'), now)).toBeNull();
  });
  it('plus tard est dans le futur', () => {
    expect(verifierDateContact(new Date('2026-01-31T12:05:01Z'), now)).toBe('FUTURE');
  });
  it('31 jours en arrière au plus', () => {
    expect(verifierDateContact(new Date('2025-12-31T12:00:00Z'), now)).toBeNull();
    expect(verifierDateContact(new Date('2025-12-31T11:59:59Z'), now)).toBe('TROP_ANCIENNE');
  });
});
