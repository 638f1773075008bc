import { describe, expect, it } from 'vitest';
import { chevauchent, verifierArrivee, verifierComposition, verifierDepart, type Periode } from './composition';

const AUJ = '2026-06-15';
const ref: Periode = { role: 'REFERENCE', dateNaissance: '1980-05-01', debut: '2020-01-01', fin: null };
const membre = (extra: Partial<Periode>): Periode => ({ role: 'AUTRE', dateNaissance: '1990-01-01', debut: '2024-01-01', fin: null, ...extra });

describe('périodes', () => {
  it('fin incluse, fin nulle = toujours là', () => {
    expect(chevauchent({ debut: '2020-01-01', fin: '2020-12-31' }, { debut: '2020-12-31', fin: null })).toBe(true);
    expect(chevauchent({ debut: '2020-01-01', fin: '2020-12-30' }, { debut: '2020-12-31', fin: null })).toBe(false);
    expect(chevauchent({ debut: '2020-01-01', fin: null }, { debut: '2030-01-01', fin: null })).toBe(true);
  });
});

describe('arrivée dans un foyer', () => {
  it('un conjoint ou un enfant plausibles : rien à redire', () => {
    expect(verifierArrivee([ref], membre({ role: 'CONJOINT', dateNaissance: '1982-03-03' }), AUJ)).toEqual([]);
    expect(verifierArrivee([ref], membre({ role: 'ENFANT', dateNaissance: '2010-03-03', debut: '2020-01-01' }), AUJ)).toEqual([]);
  });

  it('deux personnes de référence à la même date', () => {
    expect(verifierArrivee([ref], membre({ role: 'REFERENCE' }), AUJ)).toEqual([{ type: 'DEUX_REFERENCES', autre: ref }]);
  });

  it('une nouvelle personne de référence après le départ de l’ancienne : accepté', () => {
    const partie = { ...ref, fin: '2023-12-31' };
    expect(verifierArrivee([partie], membre({ role: 'REFERENCE', debut: '2024-01-01' }), AUJ)).toEqual([]);
    expect(verifierArrivee([partie], membre({ role: 'REFERENCE', debut: '2023-12-31' }), AUJ)).toHaveLength(1);
  });

  it('un enfant plus âgé que l’âge plausible de la personne de référence', () => {
    const enfant = membre({ role: 'ENFANT', dateNaissance: '1985-01-01' });
    expect(verifierArrivee([ref], enfant, AUJ)).toEqual([{ type: 'ENFANT_TROP_AGE', enfant, reference: ref }]);
    // Exactly 12 years younger: plausible (the bound).
    expect(verifierArrivee([ref], membre({ role: 'ENFANT', dateNaissance: '1992-05-01' }), AUJ)).toEqual([]);
    expect(verifierArrivee([ref], membre({ role: 'ENFANT', dateNaissance: '1992-04-30' }), AUJ)).toHaveLength(1);
  });

  it('une personne de référence qui arrive plus jeune qu’un enfant du foyer', () => {
    const enfant = membre({ role: 'ENFANT', dateNaissance: '2000-01-01', debut: '2000-01-01' });
    const nouvelle = membre({ role: 'REFERENCE', dateNaissance: '1995-01-01', debut: '2024-01-01' });
    expect(verifierArrivee([enfant], nouvelle, AUJ)).toEqual([{ type: 'ENFANT_TROP_AGE', enfant, reference: nouvelle }]);
  });

  it('arrivée avant la naissance, ou dans le futur', () => {
    expect(verifierArrivee([], membre({ dateNaissance: '2024-02-01', debut: '2024-01-01' }), AUJ)).toEqual([{ type: 'ARRIVEE_AVANT_NAISSANCE' }]);
    expect(verifierArrivee([], membre({ debut: '2026-06-16' }), AUJ)).toEqual([{ type: 'DATE_FUTURE' }]);
    // A newborn arrives on their birth day.
    expect(verifierArrivee([ref], membre({ role: 'ENFANT', dateNaissance: '2026-06-15', debut: '2026-06-15' }), AUJ)).toEqual([]);
  });
});

describe('composition entière (nouveau foyer d’une séparation)', () => {
  it('détecte deux références et un enfant trop âgé', () => {
    const erreurs = verifierComposition([ref, membre({ role: 'REFERENCE', debut: '2026-01-01' }), membre({ role: 'ENFANT', dateNaissance: '1979-01-01', debut: '2026-01-01' })], AUJ);
    expect(erreurs.map((e) => e.type)).toEqual(['DEUX_REFERENCES', 'ENFANT_TROP_AGE', 'ENFANT_TROP_AGE']);
  });
});

describe('départ', () => {
  it('le dernier jour ne précède pas l’arrivée et n’est pas dans le futur', () => {
    expect(verifierDepart({ debut: '2024-01-01' }, '2024-01-01', AUJ)).toBeNull();
    expect(verifierDepart({ debut: '2024-01-01' }, '2023-12-31', AUJ)).toBe('FIN_AVANT_DEBUT');
    expect(verifierDepart({ debut: '2024-01-01' }, '2026-06-16', AUJ)).toBe('DATE_FUTURE');
  });
});
