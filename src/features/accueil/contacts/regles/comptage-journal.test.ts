import { describe, expect, it } from 'vitest';
import { CAS_COMPTAGE } from './comptage-journal.cas';
import { clePersonne, contactsComptes } from './comptage-journal';

const contacts = CAS_COMPTAGE.map((c) => ({ ...c, date: new Date(c.date) }));

describe('comptage du journal : une fois par personne et par jour', () => {
  it('garde le premier contact de chaque personne chaque jour de Paris', () => {
    expect(contactsComptes(contacts).map((c) => c.id)).toEqual(CAS_COMPTAGE.filter((c) => c.compte).map((c) => c.id));
  });

  it('ne dépend pas de l’ordre des contacts', () => {
    expect(contactsComptes([...contacts].reverse()).map((c) => c.id).sort((a, b) => a - b)).toEqual(CAS_COMPTAGE.filter((c) => c.compte).map((c) => c.id));
  });

  it('identifie la personne, sinon le foyer, sinon le contact léger lui-même', () => {
    expect(clePersonne({ id: 1, personneId: 4, foyerId: 9 })).toBe('p4');
    expect(clePersonne({ id: 1, personneId: null, foyerId: 9 })).toBe('f9');
    expect(clePersonne({ id: 1, personneId: null, foyerId: null })).toBe('c1');
  });

  it('une liste vide ne compte rien', () => {
    expect(contactsComptes([])).toEqual([]);
  });
});
