import { describe, expect, it } from 'vitest';
import {
  ajouterJours,
  bornesAnnee,
  bornesJour,
  debutJourParis,
  jourParis,
  joursDeSemaine,
  lundiDeSemaine,
  moisAvant,
  parseJour,
} from './calendrier-paris';

// These functions never read the process time zone: run them under TZ=UTC and TZ=Europe/Paris alike.
describe('calendrier de Paris', () => {
  it('lit une date AAAA-MM-JJ réelle et refuse le reste', () => {
    expect(parseJour('2026-03-30')).toBe('2026-03-30');
    expect(parseJour('2024-02-29')).toBe('2024-02-29');
    expect(parseJour('2026-02-29')).toBeNull();
    expect(parseJour('2026-13-01')).toBeNull();
    expect(parseJour('30/03/2026')).toBeNull();
    expect(parseJour('')).toBeNull();
    expect(parseJour(undefined)).toBeNull();
  });

  it('donne le jour de Paris d’un instant, même quand il diffère du jour UTC', () => {
    expect(jourParis(new Date('2026-01-15T23:30:00Z'))).toBe('2026-01-16'); // hiver : UTC+1
    expect(jourParis(new Date('2026-07-15T22:30:00Z'))).toBe('2026-07-16'); // été : UTC+2
    expect(jourParis(new Date('2026-07-15T21:59:59Z'))).toBe('2026-07-15');
  });

  it('fait commencer le jour à minuit à Paris, heure d’hiver comme d’été', () => {
    expect(debutJourParis('2026-01-15').toISOString()).toBe('2026-01-14T23:00:00.000Z');
    expect(debutJourParis('2026-07-15').toISOString()).toBe('2026-07-14T22:00:00.000Z');
  });

  it('les jours de changement d’heure durent 23 h et 25 h', () => {
    const printemps = bornesJour('2026-03-29');
    expect(printemps.debut.toISOString()).toBe('2026-03-28T23:00:00.000Z');
    expect((printemps.fin.getTime() - printemps.debut.getTime()) / 3_600_000).toBe(23);
    const automne = bornesJour('2026-10-25');
    expect((automne.fin.getTime() - automne.debut.getTime()) / 3_600_000).toBe(25);
  });

  it('trouve le lundi de la semaine (lundi → dimanche)', () => {
    expect(lundiDeSemaine('2026-11-25')).toBe('2026-11-23'); // mercredi
    expect(lundiDeSemaine('2026-11-23')).toBe('2026-11-23'); // lundi
    expect(lundiDeSemaine('2026-11-29')).toBe('2026-11-23'); // dimanche
    expect(lundiDeSemaine('2027-01-01')).toBe('2026-12-28'); // à cheval sur deux années
    expect(joursDeSemaine('2026-12-28')).toEqual(['2026-12-28', '2026-12-29', '2026-12-30', '2026-12-31', '2027-01-01', '2027-01-02', '2027-01-03']);
  });

  it('ajoute des jours à travers les mois et les années', () => {
    expect(ajouterJours('2026-02-28', 1)).toBe('2026-03-01');
    expect(ajouterJours('2024-02-28', 1)).toBe('2024-02-29');
    expect(ajouterJours('2026-01-01', -1)).toBe('2025-12-31');
    expect(ajouterJours('2026-03-23', 7)).toBe('2026-03-30');
  });

  it('donne les bornes de l’année civile à Paris', () => {
    const b = bornesAnnee('2026-06-01');
    expect(b.annee).toBe(2026);
    expect(b.debut.toISOString()).toBe('2025-12-31T23:00:00.000Z');
    expect(b.fin.toISOString()).toBe('2026-12-31T23:00:00.000Z');
    expect([b.premierJour, b.dernierJour]).toEqual(['2026-01-01', '2026-12-31']);
  });

  it('recule de n mois en restant dans le mois visé', () => {
    expect(moisAvant('2026-11-25', 11)).toBe('2025-12-25');
    expect(moisAvant('2026-03-31', 1)).toBe('2026-02-28');
    expect(moisAvant('2024-03-31', 1)).toBe('2024-02-29');
    expect(moisAvant('2026-01-15', 13)).toBe('2024-12-15');
  });
});
