import { describe, expect, it } from 'vitest';
import { anneesDe, fenetreAnnee, parametresSchema } from './parametres';

describe('paramètres des indicateurs', () => {
  it('découpe la période en années civiles', () => {
    expect(anneesDe({ du: '2021-03-01', au: '2023-02-28' })).toEqual([2021, 2022, 2023]);
    expect(fenetreAnnee({ du: '2021-03-01', au: '2023-02-28' }, 2021)).toEqual({ debut: '2021-03-01', fin: '2021-12-31' });
    expect(fenetreAnnee({ du: '2021-03-01', au: '2023-02-28' }, 2022)).toEqual({ debut: '2022-01-01', fin: '2022-12-31' });
  });

  it('refuse une date inexistante ou une période inversée', () => {
    expect(parametresSchema.safeParse({ du: '2023-02-30', au: '2023-12-31' }).success).toBe(false);
    expect(parametresSchema.safeParse({ du: '2023-12-31', au: '2023-01-01' }).success).toBe(false);
    expect(parametresSchema.parse({ du: '2024-02-29', au: '2024-12-31' })).toMatchObject({ eds: null, ts: null, rsa: false });
  });
});
