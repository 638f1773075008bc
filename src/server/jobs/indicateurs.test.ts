import { describe, expect, it } from 'vitest';
import { enUneLigne, intervalleMinutes } from './indicateurs';

describe('intervalleMinutes (SILLAGE_INDICATEURS_MINUTES)', () => {
  it.each([
    [undefined, 60, false],
    ['', 60, false],
    ['  ', 60, false],
    ['15', 15, false],
    ['0,5', 0.5, false],
    ['0', null, false],
    ['-3', 60, true],
    ['souvent', 60, true],
    ['99999999', 60, true],
  ] as const)('%s → %s', (valeur, minutes, invalide) => {
    expect(intervalleMinutes(valeur)).toEqual({ minutes, invalide });
  });
});

describe('enUneLigne', () => {
  it('met un message d’erreur sur une seule ligne', () => {
    expect(enUneLigne(new Error('Invalid `prisma.x()` invocation:\n\n  Connexion refusée\n'))).toBe('Invalid `prisma.x()` invocation: Connexion refusée');
    expect(enUneLigne('x'.repeat(600))).toHaveLength(498);
  });
});
