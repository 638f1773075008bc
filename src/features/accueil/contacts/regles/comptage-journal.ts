/**
 * Journal de l'accueil: a person who comes (or calls) several times the same day counts once — the Val-de-Marne
 * counted each passage (seed 000, L523, L1028). Each person-day is attributed to its FIRST contact of the day
 * (its canal and motif), so the breakdowns by canal and by motif add up to the total.
 * Who "came": the person when the fiche names one, else the foyer (a fiche for the foyer as a whole), else the
 * contact itself — a light contact is anonymous, so each one counts.
 * The SQL of the journal (journal/queries.ts) implements the same rule; both are tested on comptage-journal.cas.ts.
 */
import { jourParis } from '@/features/agenda/regles/calendrier-paris';

export type ContactACompter = { id: number; date: Date; personneId: number | null; foyerId: number | null };

/** Who came: "p12" (a person), "f7" (a foyer without a named person), "c99" (a light contact, counted alone). */
export function clePersonne(c: Pick<ContactACompter, 'id' | 'personneId' | 'foyerId'>): string {
  if (c.personneId !== null) return `p${c.personneId}`;
  if (c.foyerId !== null) return `f${c.foyerId}`;
  return `c${c.id}`;
}

/** The contacts that count: the first of each person on each Paris day (ties on the instant broken by id). */
export function contactsComptes<T extends ContactACompter>(contacts: readonly T[]): T[] {
  const premiers = new Map<string, T>();
  for (const c of contacts) {
    const cle = `${clePersonne(c)}|${jourParis(c.date)}`;
    const actuel = premiers.get(cle);
    if (!actuel || c.date.getTime() < actuel.date.getTime() || (c.date.getTime() === actuel.date.getTime() && c.id < actuel.id)) premiers.set(cle, c);
  }
  return contacts.filter((c) => premiers.get(`${clePersonne(c)}|${jourParis(c.date)}`) === c);
}
