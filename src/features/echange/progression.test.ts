import { describe, expect, it } from 'vitest';
import { createLigneProgression, formatBarre, formatCompte } from './progression';

describe('barre de progression', () => {
  it('dessine la part faite sur dix cases, le pourcentage et le détail', () => {
    const barre = formatBarre('rendez_vous.csv', 0.7, formatCompte(700_000, 1_000_000));
    expect(barre.replace(/\u202f/g, ' ')).toBe('rendez_vous.csv  ███████░░░  70 % (700 000/1 000 000)');
  });

  it('borne la part entre 0 et 100 %', () => {
    expect(formatBarre('x', -1, '')).toContain('░░░░░░░░░░   0 %');
    expect(formatBarre('x', 2, '')).toContain('██████████ 100 %');
    expect(formatBarre('x', Number.NaN, '')).toContain('   0 %');
  });

  it('n’écrit rien hors d’un terminal', () => {
    const ecrit: string[] = [];
    const ligne = createLigneProgression({ isTTY: false, write: (t: string) => ecrit.push(t) });
    ligne.afficher('a', 'texte', true);
    ligne.terminer();
    expect(ecrit).toEqual([]);
  });

  it('sur un terminal : une ligne par fichier, redessinée sur place', () => {
    const ecrit: string[] = [];
    const ligne = createLigneProgression({ isTTY: true, write: (t: string) => ecrit.push(t) }, 0);
    ligne.afficher('a', 'a 50 %');
    ligne.afficher('a', 'a 100 %', true);
    ligne.afficher('b', 'b 1 %');
    ligne.terminer();
    expect(ecrit.join('')).toBe('\ra 50 %\ra 100 %\n\rb 1 %\n');
  });
});
