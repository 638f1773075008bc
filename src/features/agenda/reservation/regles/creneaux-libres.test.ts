import { describe, expect, it } from 'vitest';
import { chevauche, creneauxDuJour, creneauxLibres, estJourOuvre, refusCreneau } from './creneaux-libres';

// Never reads the process time zone: run under TZ=UTC and TZ=Europe/Paris alike.
const t = (iso: string) => new Date(iso);
const heures = (creneaux: { debut: Date }[]) => creneaux.map((c) => c.debut.toISOString());

describe('grille d’une journée', () => {
  it('du lundi au vendredi, 9 h–12 h et 14 h–17 h, créneaux de 45 minutes (heure de Paris, hiver : UTC+1)', () => {
    expect(heures(creneauxDuJour('2026-12-01'))).toEqual([
      '2026-12-01T08:00:00.000Z',
      '2026-12-01T08:45:00.000Z',
      '2026-12-01T09:30:00.000Z',
      '2026-12-01T10:15:00.000Z',
      '2026-12-01T13:00:00.000Z',
      '2026-12-01T13:45:00.000Z',
      '2026-12-01T14:30:00.000Z',
      '2026-12-01T15:15:00.000Z',
    ]);
  });

  it('rien le samedi, le dimanche ni un jour férié', () => {
    expect(creneauxDuJour('2026-11-28')).toEqual([]);
    expect(creneauxDuJour('2026-11-29')).toEqual([]);
    expect(creneauxDuJour('2026-12-25')).toEqual([]);
    expect(estJourOuvre('2026-12-24')).toBe(true);
  });

  it('une durée de 60 minutes ne déborde pas des plages', () => {
    expect(heures(creneauxDuJour('2026-12-01', 60)).length).toBe(6);
  });
});

describe('semaine du changement d’heure', () => {
  it('au printemps, 9 h de Paris est 8 h UTC le vendredi et 7 h UTC le lundi suivant', () => {
    const libres = creneauxLibres(t('2026-03-27T06:00:00Z'), [], { horizon: 4 });
    expect(libres[0]?.debut.toISOString()).toBe('2026-03-27T08:00:00.000Z');
    expect(libres.find((c) => c.jour === '2026-03-30')?.debut.toISOString()).toBe('2026-03-30T07:00:00.000Z');
    // Friday, then Monday: the weekend and its 23-hour Sunday offer nothing.
    expect(new Set(libres.map((c) => c.jour))).toEqual(new Set(['2026-03-27', '2026-03-30']));
  });

  it('à l’automne, 9 h de Paris est 7 h UTC le vendredi et 8 h UTC le lundi suivant', () => {
    const libres = creneauxLibres(t('2026-10-23T05:00:00Z'), [], { horizon: 4 });
    expect(libres[0]?.debut.toISOString()).toBe('2026-10-23T07:00:00.000Z');
    expect(libres.find((c) => c.jour === '2026-10-26')?.debut.toISOString()).toBe('2026-10-26T08:00:00.000Z');
  });
});

describe('bornes de la journée et passé', () => {
  it('à 23 h 30 à Paris, le premier créneau est le lendemain à 9 h', () => {
    // 2026-12-01 23:30 Paris = 22:30 UTC the same day.
    const libres = creneauxLibres(t('2026-12-01T22:30:00Z'), []);
    expect(libres[0]?.jour).toBe('2026-12-02');
    expect(libres[0]?.debut.toISOString()).toBe('2026-12-02T08:00:00.000Z');
  });

  it('à 0 h 30 à Paris (encore la veille en UTC), le jour proposé est bien le jour de Paris', () => {
    // 2026-12-02 00:30 Paris = 2026-12-01 23:30 UTC.
    const libres = creneauxLibres(t('2026-12-01T23:30:00Z'), [], { horizon: 1 });
    expect(new Set(libres.map((c) => c.jour))).toEqual(new Set(['2026-12-02']));
  });

  it('un créneau commencé ou passé n’est pas proposé', () => {
    // 9:50 Paris: 9:00 and 9:45 are gone, 10:30 is next.
    const libres = creneauxLibres(t('2026-12-01T08:50:00Z'), []);
    expect(libres[0]?.debut.toISOString()).toBe('2026-12-01T09:30:00.000Z');
  });

  it('trois semaines, aujourd’hui compris : 15 jours ouvrés de 8 créneaux', () => {
    const libres = creneauxLibres(t('2026-11-30T05:00:00Z'), []);
    expect(libres.length).toBe(15 * 8);
    expect(libres.at(-1)?.jour).toBe('2026-12-18');
  });
});

describe('rendez-vous existants', () => {
  const dix30 = { debut: t('2026-12-01T09:30:00Z'), dureeMinutes: 45 };

  it('un rdv occupe son créneau ; les créneaux voisins qui le touchent restent libres', () => {
    const libres = heures(creneauxLibres(t('2026-12-01T05:00:00Z'), [dix30], { horizon: 1 }));
    expect(libres).not.toContain('2026-12-01T09:30:00.000Z');
    expect(libres).toContain('2026-12-01T08:45:00.000Z');
    expect(libres).toContain('2026-12-01T10:15:00.000Z');
  });

  it('un rdv hors grille ou plus long occupe tous les créneaux qu’il chevauche', () => {
    const libres = heures(creneauxLibres(t('2026-12-01T05:00:00Z'), [{ debut: t('2026-12-01T08:30:00Z'), dureeMinutes: 90 }], { horizon: 1 }));
    // 9:30–11:00 Paris overlaps 9:00, 9:45 and 10:30.
    expect(libres.slice(0, 2)).toEqual(['2026-12-01T10:15:00.000Z', '2026-12-01T13:00:00.000Z']);
  });

  it('bornes du chevauchement : fin contre début n’est pas un chevauchement, une minute de plus l’est', () => {
    const creneau = { debut: t('2026-12-01T08:45:00Z'), fin: t('2026-12-01T09:30:00Z') };
    expect(chevauche(creneau, { debut: t('2026-12-01T08:00:00Z'), dureeMinutes: 45 })).toBe(false);
    expect(chevauche(creneau, { debut: t('2026-12-01T08:00:00Z'), dureeMinutes: 46 })).toBe(true);
    expect(chevauche(creneau, { debut: t('2026-12-01T09:29:00Z'), dureeMinutes: 10 })).toBe(true);
    expect(chevauche(creneau, { debut: t('2026-12-01T09:30:00Z'), dureeMinutes: 10 })).toBe(false);
  });
});

describe('créneau demandé à la réservation', () => {
  const now = t('2026-12-01T08:50:00Z');
  it('libre', () => {
    expect(refusCreneau(t('2026-12-01T09:30:00Z'), now, [])).toBeNull();
  });
  it('passé ou commencé', () => {
    expect(refusCreneau(t('2026-12-01T08:45:00Z'), now, [])).toBe('PASSE');
    expect(refusCreneau(t('2026-11-30T08:00:00Z'), now, [])).toBe('PASSE');
  });
  it('hors grille : une heure inventée, un samedi, au-delà de trois semaines', () => {
    expect(refusCreneau(t('2026-12-01T09:31:00Z'), now, [])).toBe('HORS_GRILLE');
    expect(refusCreneau(t('2026-12-05T08:00:00Z'), now, [])).toBe('HORS_GRILLE');
    expect(refusCreneau(t('2026-12-22T08:00:00Z'), now, [])).toBe('HORS_GRILLE');
    expect(refusCreneau(t('2026-12-21T08:00:00Z'), now, [])).toBeNull();
  });
  it('pris par un rdv du TS', () => {
    expect(refusCreneau(t('2026-12-01T09:30:00Z'), now, [{ debut: t('2026-12-01T09:30:00Z'), dureeMinutes: 45 }])).toBe('PRIS');
  });
});
