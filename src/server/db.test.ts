import { describe, expect, it } from 'vitest';
import { connexionsMax } from './db';

describe('connexionsMax (SILLAGE_PG_CONNEXIONS)', () => {
  it('10 par défaut, la valeur donnée sinon', () => {
    expect(connexionsMax(undefined)).toBe(10);
    expect(connexionsMax(' ')).toBe(10);
    expect(connexionsMax('25')).toBe(25);
  });

  it('une valeur illisible ou trop petite pour le recalcul (qui tient deux connexions) donne 10', () => {
    for (const v of ['abc', '1', '0', '-3', '2.5']) expect(connexionsMax(v)).toBe(10);
    expect(connexionsMax('2')).toBe(2);
  });
});
