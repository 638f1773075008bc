import { describe, expect, it } from 'vitest';
import { sequenceTheorique } from './sequence-theorique';

describe('séquence théorique', () => {
  it.each([
    [0, 'ACCUEIL'],
    [2, 'ACCUEIL'],
    [3, 'SUIVI'],
    [6, 'SUIVI'],
    [7, 'ACCOMPAGNEMENT'],
  ] as const)('%i rdv honorés en 12 mois → %s', (n, attendu) => {
    expect(sequenceTheorique(n)).toBe(attendu);
  });
});
