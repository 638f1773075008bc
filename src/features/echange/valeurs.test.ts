// These functions never read the process time zone: run them under TZ=UTC and TZ=Europe/Paris alike.
import { describe, expect, it } from 'vitest';
import { centimesEnTexte, jourParis, parseDateHeureParis, parseJour, parseMontantCentimes } from './valeurs';

describe('dates AAAA-MM-JJ', () => {
  it.each([
    ['2024-02-29', '2024-02-29'],
    ['2023-02-28', '2023-02-28'],
    ['2023-02-29', null],
    ['2023-02-30', null],
    ['2023-04-31', null],
    ['2023-13-01', null],
    ['2023-00-10', null],
    ['2023-1-5', null],
    ['05/01/2023', null],
    ['2023-01-05T10:00', null],
    ['', null],
  ])('%s → %s', (texte, attendu) => {
    expect(parseJour(texte)).toBe(attendu);
  });
});

describe('dates et heures de Paris AAAA-MM-JJTHH:MM', () => {
  const utc = (v: string) => {
    const r = parseDateHeureParis(v);
    return r.ok ? r.instant.utc : r.raison;
  };

  it('heure d’hiver : UTC+1, heure d’été : UTC+2', () => {
    expect(utc('2024-01-15T09:30')).toBe('2024-01-15T08:30:00.000Z');
    expect(utc('2024-07-15T09:30')).toBe('2024-07-15T07:30:00.000Z');
  });

  it('passage à l’heure d’été : 02:30 n’existe pas, 03:00 est déjà l’heure d’été', () => {
    expect(utc('2024-03-31T01:59')).toBe('2024-03-31T00:59:00.000Z');
    expect(utc('2024-03-31T02:30')).toBe('inexistante');
    expect(utc('2024-03-31T03:00')).toBe('2024-03-31T01:00:00.000Z');
  });

  it('passage à l’heure d’hiver : 02:30 existe deux fois, on retient la première (heure d’été)', () => {
    expect(utc('2024-10-27T02:30')).toBe('2024-10-27T00:30:00.000Z');
    expect(utc('2024-10-27T03:00')).toBe('2024-10-27T02:00:00.000Z');
  });

  it('garde le jour de Paris, même quand le jour UTC diffère', () => {
    const r = parseDateHeureParis('2024-01-01T00:30');
    expect(r.ok && r.instant).toEqual({ utc: '2023-12-31T23:30:00.000Z', jour: '2024-01-01' });
  });

  it.each([
    ['2023-02-30T10:00', 'date'],
    ['2023-01-01T24:00', 'heure'],
    ['2023-01-01T10:60', 'heure'],
    ['2023-01-01 10:00', 'format'],
    ['2023-01-01T10:00:00', 'format'],
    ['2023-01-01', 'format'],
  ])('%s est refusé (%s)', (texte, raison) => {
    expect(parseDateHeureParis(texte)).toEqual({ ok: false, raison });
  });

  it('jourParis : le jour calendaire à Paris d’un instant', () => {
    expect(jourParis(new Date('2023-12-31T23:30:00Z'))).toBe('2024-01-01');
    expect(jourParis(new Date('2024-06-30T21:59:00Z'))).toBe('2024-06-30');
    expect(jourParis(new Date('2024-06-30T22:00:00Z'))).toBe('2024-07-01');
  });
});

describe('montants', () => {
  it.each([
    ['123.45', 12345],
    ['123.4', 12340],
    ['123', 12300],
    ['0.01', 1],
    ['0', 0],
    ['123,45', null],
    ['123.456', null],
    ['-5', null],
    ['1 000', null],
    ['12e3', null],
    ['.5', null],
  ])('%s → %s centimes', (texte, attendu) => {
    expect(parseMontantCentimes(texte)).toBe(attendu);
  });

  it('revient au texte exact', () => {
    expect(centimesEnTexte(12345)).toBe('123.45');
    expect(centimesEnTexte(5)).toBe('0.05');
    expect(centimesEnTexte(100_000_000_00)).toBe('100000000.00');
  });
});
