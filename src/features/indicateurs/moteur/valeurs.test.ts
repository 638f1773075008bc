import { describe, expect, it } from 'vitest';
import { distribuer, moyenne, parAnnee, ratio } from './valeurs';

describe('valeurs des indicateurs', () => {
  it('distribue dans des classes dont la dernière est ouverte', () => {
    const d = distribuer([1, 2, 6, 7, 9, 10, 14, 15, 40], [1, 2, 3, 4, 5, 6, 7, 10, 15]);
    expect(d.bornes).toEqual(['1', '2', '3', '4', '5', '6', '7-9', '10-14', '15+']);
    expect(d.effectifs).toEqual([1, 1, 0, 0, 0, 1, 2, 2, 2]);
  });

  it('ignore les valeurs sous la première borne', () => {
    expect(distribuer([0, 1], [1, 2]).effectifs).toEqual([1, 0]);
  });

  it('une moyenne ou un ratio sans effectif vaut null, jamais 0', () => {
    expect(moyenne([])).toBeNull();
    expect(ratio(3, 0)).toBeNull();
    expect(ratio(1, 4)).toBe(0.25);
  });

  it('donne une clé par année, 0 pour une année sans ligne', () => {
    expect(parAnnee([2021, 2022], [{ annee: 2022, n: 5 }], (r) => r.n)).toEqual({ '2021': 0, '2022': 5 });
  });
});
