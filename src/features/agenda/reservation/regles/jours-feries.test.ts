import { describe, expect, it } from 'vitest';
import { estJourFerie, paques } from './jours-feries';

describe('jours fériés', () => {
  it('calcule Pâques (années connues, dont les extrêmes de mars et d’avril)', () => {
    expect(paques(2026)).toBe('2026-04-05');
    expect(paques(2027)).toBe('2027-03-28');
    expect(paques(2024)).toBe('2024-03-31');
    expect(paques(2038)).toBe('2038-04-25');
    expect(paques(2285)).toBe('2285-03-22');
  });

  it('reconnaît les fêtes fixes et mobiles de 2026', () => {
    for (const jour of ['2026-01-01', '2026-04-06', '2026-05-01', '2026-05-08', '2026-05-14', '2026-05-25', '2026-07-14', '2026-08-15', '2026-11-01', '2026-11-11', '2026-12-25']) {
      expect(estJourFerie(jour), jour).toBe(true);
    }
  });

  it('les autres jours sont ouvrés, y compris le dimanche de Pâques (un dimanche n’est pas « férié » ici)', () => {
    expect(estJourFerie('2026-04-07')).toBe(false);
    expect(estJourFerie('2026-12-24')).toBe(false);
    expect(estJourFerie('2026-12-26')).toBe(false);
  });
});
