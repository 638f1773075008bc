import { describe, expect, it } from 'vitest';
import { auDessusDuSeuil, chargeParEtpt } from './charge';

describe('charge d’un TS', () => {
  it('rapporte la file active à l’ETPT', () => {
    expect(chargeParEtpt({ fileActive: 60, etpt: 0.5 })).toBe(120);
    expect(chargeParEtpt({ fileActive: 0, etpt: 1 })).toBe(0);
    expect(chargeParEtpt({ fileActive: 10, etpt: 0 })).toBeNull();
  });

  it.each([
    [{ fileActive: 99, etpt: 1 }, 100, false],
    [{ fileActive: 100, etpt: 1 }, 100, true],
    [{ fileActive: 101, etpt: 1 }, 100, true],
    [{ fileActive: 49, etpt: 0.5 }, 100, false],
    [{ fileActive: 50, etpt: 0.5 }, 100, true],
    [{ fileActive: 80, etpt: 0.8 }, 100, true],
    [{ fileActive: 79, etpt: 0.8 }, 100, false],
    [{ fileActive: 500, etpt: 1 }, null, false],
    [{ fileActive: 0, etpt: 0 }, null, true],
    [{ fileActive: 0, etpt: 0 }, 100, true],
  ])('%o, seuil %s → au-dessus : %s', (charge, seuil, attendu) => {
    expect(auDessusDuSeuil(charge, seuil)).toBe(attendu);
  });
});
