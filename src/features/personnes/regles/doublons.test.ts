import { describe, expect, it } from 'vitest';
import { classerDoublons, doublonsTousEcartes, echelonDoublon, SEUIL_NOM_SIMILAIRE, type CandidatDoublon, type SaisieDoublon } from './doublons';

const saisie: SaisieDoublon = { numeroAllocataire: '1234567', dateNaissance: '1980-05-01', telephone: '06 12 34 56 78', email: 'Marie.Durand@exemple.fr' };
const candidat = (id: number, extra: Partial<CandidatDoublon> = {}): CandidatDoublon => ({
  id,
  numeroAllocataire: null,
  dateNaissance: '1975-01-01',
  telephone: null,
  email: null,
  similariteNom: 0,
  ...extra,
});

describe('échelle des doublons', () => {
  it('même numéro allocataire : premier échelon, quel que soit le reste', () => {
    expect(echelonDoublon(saisie, candidat(1, { numeroAllocataire: ' 1234567 ' }))).toBe('ALLOCATAIRE');
  });

  it('même date de naissance et nom semblable : deuxième échelon', () => {
    expect(echelonDoublon(saisie, candidat(1, { dateNaissance: '1980-05-01', similariteNom: SEUIL_NOM_SIMILAIRE }))).toBe('NAISSANCE_NOM');
  });

  it('même date de naissance mais nom différent : pas un doublon', () => {
    expect(echelonDoublon(saisie, candidat(1, { dateNaissance: '1980-05-01', similariteNom: SEUIL_NOM_SIMILAIRE - 0.01 }))).toBeNull();
  });

  it('nom semblable mais autre date de naissance : pas un doublon', () => {
    expect(echelonDoublon(saisie, candidat(1, { similariteNom: 1 }))).toBeNull();
  });

  it('même téléphone, écrit autrement : troisième échelon', () => {
    expect(echelonDoublon(saisie, candidat(1, { telephone: '+33 6 12-34-56-78' }))).toBe('CONTACT');
  });

  it('même courriel, sans tenir compte de la casse : troisième échelon', () => {
    expect(echelonDoublon(saisie, candidat(1, { email: ' marie.durand@EXEMPLE.fr' }))).toBe('CONTACT');
  });

  it('des champs vides ne rapprochent pas deux fiches', () => {
    const vide: SaisieDoublon = { numeroAllocataire: null, dateNaissance: '1980-05-01', telephone: null, email: null };
    expect(echelonDoublon(vide, candidat(1))).toBeNull();
    expect(echelonDoublon({ ...vide, numeroAllocataire: ' ' }, candidat(1, { numeroAllocataire: ' ' }))).toBeNull();
  });

  it('l’ordre suit les échelons, puis la ressemblance du nom, puis l’ancienneté', () => {
    const classes = classerDoublons(saisie, [
      candidat(5, { email: 'marie.durand@exemple.fr' }),
      candidat(4, { dateNaissance: '1980-05-01', similariteNom: 0.6 }),
      candidat(3, { dateNaissance: '1980-05-01', similariteNom: 0.9 }),
      candidat(9, { numeroAllocataire: '1234567' }),
      candidat(2, { dateNaissance: '1980-05-01', similariteNom: 0.6 }),
      candidat(7),
    ]);
    expect(classes).toEqual([
      { id: 9, echelon: 'ALLOCATAIRE' },
      { id: 3, echelon: 'NAISSANCE_NOM' },
      { id: 2, echelon: 'NAISSANCE_NOM' },
      { id: 4, echelon: 'NAISSANCE_NOM' },
      { id: 5, echelon: 'CONTACT' },
    ]);
  });

  it('la création n’est permise que si chaque doublon trouvé a été écarté', () => {
    expect(doublonsTousEcartes([], [])).toBe(true);
    expect(doublonsTousEcartes([1, 2], [2, 1])).toBe(true);
    // A record created meanwhile (by a colleague at the same second) was not seen: shown again.
    expect(doublonsTousEcartes([1, 3], [1])).toBe(false);
  });
});
