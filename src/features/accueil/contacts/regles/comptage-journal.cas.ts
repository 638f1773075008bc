/**
 * Cases of the "once per person per day" rule, shared by the pure test and the SQL test (so they cannot drift).
 * Instants are UTC; Paris is UTC+1 in January. `compte` = whether the contact is counted.
 */
export type CasComptage = { id: number; date: string; personneId: number | null; foyerId: number | null; canal: 'PHYSIQUE' | 'TELEPHONE' | 'COURRIER_COURRIEL'; compte: boolean };

export const CAS_COMPTAGE: readonly CasComptage[] = [
  // Person 1 comes in the morning, calls in the afternoon: once, by the first canal.
  { id: 1, date: '2026-01-12T08:30:00Z', personneId: 1, foyerId: 1, canal: 'PHYSIQUE', compte: true },
  { id: 2, date: '2026-01-12T14:00:00Z', personneId: 1, foyerId: 1, canal: 'TELEPHONE', compte: false },
  // Person 1 again the next day: counted again, by the first contact of that Paris day…
  { id: 3, date: '2026-01-13T09:00:00Z', personneId: 1, foyerId: 1, canal: 'TELEPHONE', compte: false },
  // …which is this mail read at 23:30 UTC on the 12th, i.e. 00:30 on the 13th in Paris.
  { id: 4, date: '2026-01-12T23:30:00Z', personneId: 1, foyerId: 1, canal: 'COURRIER_COURRIEL', compte: true },
  // Another member of the same foyer the same day: another person.
  { id: 5, date: '2026-01-12T09:00:00Z', personneId: 2, foyerId: 1, canal: 'PHYSIQUE', compte: true },
  // Fiches for the foyer as a whole (no person named): once per foyer per day.
  { id: 6, date: '2026-01-12T10:00:00Z', personneId: null, foyerId: 2, canal: 'TELEPHONE', compte: true },
  { id: 7, date: '2026-01-12T11:00:00Z', personneId: null, foyerId: 2, canal: 'PHYSIQUE', compte: false },
  // Light contacts: anonymous, each one counts, even at the same instant.
  { id: 8, date: '2026-01-12T10:00:00Z', personneId: null, foyerId: null, canal: 'PHYSIQUE', compte: true },
  { id: 9, date: '2026-01-12T10:00:00Z', personneId: null, foyerId: null, canal: 'PHYSIQUE', compte: true },
  // Same instant for the same person: the smaller id counts.
  { id: 10, date: '2026-01-14T10:00:00Z', personneId: 3, foyerId: 3, canal: 'TELEPHONE', compte: true },
  { id: 11, date: '2026-01-14T10:00:00Z', personneId: 3, foyerId: 3, canal: 'PHYSIQUE', compte: false },
];
