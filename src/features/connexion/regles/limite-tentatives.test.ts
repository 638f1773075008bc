import { describe, expect, it } from 'vitest';
import { isBlocked, recordFailure, type ThrottleLimits } from './limite-tentatives';

const limits: ThrottleLimits = { maxFailures: 3, windowMinutes: 15, blockMinutes: 15 };
const at = (minutes: number) => new Date(Date.UTC(2026, 0, 1, 8, minutes));

describe('limite des tentatives de connexion', () => {
  it('ne bloque pas avant le nombre maximal d’échecs', () => {
    const s1 = recordFailure(null, at(0), limits);
    const s2 = recordFailure(s1, at(1), limits);
    expect(s2.failures).toBe(2);
    expect(isBlocked(s2, at(2))).toBe(false);
  });

  it('bloque au nombre maximal d’échecs dans la fenêtre, pour la durée prévue', () => {
    let s = recordFailure(null, at(0), limits);
    s = recordFailure(s, at(1), limits);
    s = recordFailure(s, at(2), limits);
    expect(isBlocked(s, at(3))).toBe(true);
    expect(isBlocked(s, at(16))).toBe(true);
    expect(isBlocked(s, at(17))).toBe(false);
  });

  it('repart de zéro quand la fenêtre est écoulée', () => {
    let s = recordFailure(null, at(0), limits);
    s = recordFailure(s, at(1), limits);
    s = recordFailure(s, at(15), limits);
    expect(s.failures).toBe(1);
    expect(isBlocked(s, at(15))).toBe(false);
  });

  it('un état vide n’est pas bloqué', () => {
    expect(isBlocked(null, at(0))).toBe(false);
  });
});
