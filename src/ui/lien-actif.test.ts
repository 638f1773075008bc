import { describe, expect, it } from 'vitest';
import { lienActif } from './lien-actif';

describe('entrée de menu courante', () => {
  const menu = ['/agenda', '/foyers'];
  it('reconnaît la page et ses sous-pages', () => {
    expect(lienActif(menu, '/agenda')).toBe('/agenda');
    expect(lienActif(menu, '/foyers/12')).toBe('/foyers');
  });
  it('ne confond pas un préfixe de nom', () => {
    expect(lienActif(menu, '/foyersx')).toBeNull();
    expect(lienActif(menu, '/')).toBeNull();
  });
});
