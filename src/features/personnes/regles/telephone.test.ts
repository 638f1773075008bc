import { describe, expect, it } from 'vitest';
import { formaterTelephone, lireTelephone } from './telephone';

describe('numéro de téléphone français', () => {
  it.each([
    ['06 12 34 56 78', '0612345678'],
    ['06.12.34.56.78', '0612345678'],
    ['06-12-34-56-78', '0612345678'],
    ['0612345678', '0612345678'],
    ['01 45 17 60 00', '0145176000'],
    ['+33 6 12 34 56 78', '0612345678'],
    ['+33612345678', '0612345678'],
    ['+33 (0)6 12 34 56 78', '0612345678'],
    ['0033 6 12 34 56 78', '0612345678'],
    [' 09 70 00 00 00 ', '0970000000'],
  ])('accepte « %s »', (saisie, attendu) => {
    expect(lireTelephone(saisie)).toBe(attendu);
  });

  it.each(['', '06 12 34 56', '06 12 34 56 78 9', '6 12 34 56 78', '00 12 34 56 78', '+44 20 7946 0958', '06 12 AB 56 78', '+33 6 12 34 56 78 90', 'téléphone'])(
    'refuse « %s »',
    (saisie) => {
      expect(lireTelephone(saisie)).toBeNull();
    },
  );

  it('se présente par paires', () => {
    expect(formaterTelephone('0612345678')).toBe('06 12 34 56 78');
  });
});
