import { describe, expect, it } from 'vitest';
import { capitaliser, formatDate, formatDateHeure, formatHeure, formatJourLong, formatMontant, formatNombre } from './format';

// Intl in fr-FR separates thousands with a narrow no-break space (U+202F) and puts a no-break space (U+00A0) before €.
const normalize = (s: string) => s.replace(/[\u202f\u00a0]/g, ' ');

describe('formats d’affichage', () => {
  it('affiche une date jj/mm/aaaa à l’heure de Paris', () => {
    expect(formatDate(new Date('2026-01-05T00:00:00Z'))).toBe('05/01/2026'); // colonne @db.Date
    expect(formatDate(new Date('2026-01-05T23:30:00Z'))).toBe('06/01/2026'); // déjà le 6 à Paris
    expect(formatDate('2026-07-14T10:00:00Z')).toBe('14/07/2026');
  });

  it('affiche date et heure à l’heure de Paris', () => {
    expect(formatHeure(new Date('2026-01-05T13:30:00Z'))).toBe('14:30');
    expect(formatHeure(new Date('2026-07-05T13:30:00Z'))).toBe('15:30');
    expect(formatDateHeure(new Date('2026-01-05T13:30:00Z'))).toBe('05/01/2026 à 14:30');
  });

  it('affiche un jour en toutes lettres', () => {
    expect(formatJourLong('2026-11-23')).toBe('lundi 23 novembre 2026');
    expect(capitaliser(formatJourLong('2026-11-23'))).toBe('Lundi 23 novembre 2026');
  });

  it('affiche un montant en euros', () => {
    expect(normalize(formatMontant(1234.56))).toBe('1 234,56 €');
    expect(normalize(formatMontant('10'))).toBe('10,00 €');
    expect(normalize(formatMontant({ toString: () => '3000.5' }))).toBe('3 000,50 €');
    expect(normalize(formatMontant(0.01))).toBe('0,01 €');
  });

  it('affiche un nombre avec séparateur de milliers', () => {
    expect(normalize(formatNombre(25000))).toBe('25 000');
  });
});
