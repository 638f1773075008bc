import { describe, expect, it } from 'vitest';
import { cleIndicateurs, ensemblesTableauxDeBord, hashCle, normaliserParametres, parametresTableau } from './precalcul';

describe('cleIndicateurs', () => {
  it('ne dépend pas de l’ordre des champs et normalise le périmètre', () => {
    const a = cleIndicateurs({ du: '2026-01-01', au: '2026-11-25', eds: null, ts: null, rsa: false });
    const b = cleIndicateurs({ rsa: false, ts: null, eds: null, au: '2026-11-25', du: '2026-01-01' });
    expect(a).toBe(b);
    expect(a).toBe('{"du":"2026-01-01","au":"2026-11-25","eds":null,"ts":null,"rsa":false}');
    expect(cleIndicateurs({ du: '2026-01-01', au: '2026-11-25', eds: ' EDS-A ', ts: null, rsa: false })).toBe(
      '{"du":"2026-01-01","au":"2026-11-25","eds":"EDS-A","ts":null,"rsa":false}',
    );
    expect(normaliserParametres({ du: '2026-01-01', au: '2026-11-25', eds: '  ', ts: null, rsa: false }).eds).toBeNull();
  });

  it('distingue les périmètres et les périodes', () => {
    const base = { du: '2026-01-01', au: '2026-11-25', eds: null, ts: null, rsa: false };
    const cles = new Set([base, { ...base, rsa: true }, { ...base, eds: 'EDS-A' }, { ...base, au: '2026-11-24' }, { ...base, ts: 3 }].map(cleIndicateurs));
    expect(cles.size).toBe(5);
  });
});

describe('hashCle', () => {
  it('donne un entier signé de 32 bits, stable', () => {
    const h = hashCle('{"du":"2026-01-01"}');
    expect(Number.isInteger(h)).toBe(true);
    expect(h).toBeGreaterThanOrEqual(-(2 ** 31));
    expect(h).toBeLessThan(2 ** 31);
    expect(hashCle('{"du":"2026-01-01"}')).toBe(h);
    expect(hashCle('{"du":"2026-01-02"}')).not.toBe(h);
  });
});

describe('parametresTableau', () => {
  it('l’année en cours va du 1er janvier à aujourd’hui, une année passée est entière', () => {
    expect(parametresTableau({ annee: 2026, eds: null, rsa: false }, '2026-11-25')).toEqual({ du: '2026-01-01', au: '2026-11-25', eds: null, ts: null, rsa: false });
    expect(parametresTableau({ annee: 2025, eds: 'E1', rsa: true }, '2026-11-25')).toEqual({ du: '2025-01-01', au: '2025-12-31', eds: 'E1', ts: null, rsa: true });
    // The 1st of January: a one-day year to date.
    expect(parametresTableau({ annee: 2027, eds: null, rsa: false }, '2027-01-01')).toMatchObject({ du: '2027-01-01', au: '2027-01-01' });
  });

  it('le dernier jour de l’année, l’année à date est l’année entière (même clé)', () => {
    const aDate = parametresTableau({ annee: 2026, eds: null, rsa: false }, '2026-12-31');
    const entiere = parametresTableau({ annee: 2026, eds: null, rsa: false }, '2027-03-01');
    expect(cleIndicateurs(aDate)).toBe(cleIndicateurs(entiere));
  });
});

describe('ensemblesTableauxDeBord', () => {
  it('année en cours et année précédente × département, chaque EDS et population RSA', () => {
    const ensembles = ensemblesTableauxDeBord(['E1', 'E2'], '2026-11-25');
    expect(ensembles).toHaveLength(8);
    expect(ensembles.map((p) => `${p.du}/${p.au}/${p.eds ?? '-'}/${p.rsa ? 'rsa' : ''}`)).toEqual([
      '2026-01-01/2026-11-25/-/',
      '2026-01-01/2026-11-25/E1/',
      '2026-01-01/2026-11-25/E2/',
      '2026-01-01/2026-11-25/-/rsa',
      '2025-01-01/2025-12-31/-/',
      '2025-01-01/2025-12-31/E1/',
      '2025-01-01/2025-12-31/E2/',
      '2025-01-01/2025-12-31/-/rsa',
    ]);
  });
});
