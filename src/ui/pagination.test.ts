import { describe, expect, it } from 'vitest';
import { pageListe } from './pagination';

describe('pageListe', () => {
  it('découpe en pages de 50 et borne la page demandée', () => {
    expect(pageListe('', 771)).toEqual({ page: 1, pages: 16, total: 771, skip: 0, take: 50 });
    expect(pageListe('3', 771)).toMatchObject({ page: 3, skip: 100 });
    expect(pageListe('99', 771)).toMatchObject({ page: 16, skip: 750 });
    expect(pageListe('0', 771)).toMatchObject({ page: 1 });
  });

  it('une valeur illisible donne la première page ; une liste vide a une page', () => {
    for (const v of ['abc', '-2', '2.5', ' ']) expect(pageListe(v, 120).page).toBe(1);
    expect(pageListe('4', 0)).toEqual({ page: 1, pages: 1, total: 0, skip: 0, take: 50 });
  });
});
