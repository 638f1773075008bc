/**
 * The date of a fiche contact, typed in Paris wall time ("2026-01-12T14:30", an <input type="datetime-local">).
 * Defaults to now; a contact may be logged after the fact (a letter read the next morning) but not in the future,
 * and not more than 31 days back (beyond, it would change closed statistics and the 48-hour follow-up).
 */
import { debutJourParis, jourParis, parseJour } from '@/features/agenda/regles/calendrier-paris';
import { formatHeure } from '@/ui/format';

const LOCAL = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})$/;
const MINUTE_MS = 60_000;
const HEURE_MS = 60 * MINUTE_MS;
/** Clock drift between the agent's device and the server. */
export const TOLERANCE_FUTUR_MS = 5 * MINUTE_MS;
export const ANCIENNETE_MAX_JOURS = 31;

/** The instant of a Paris wall time, or null (malformed, impossible date, or a time skipped by the spring DST jump). */
export function instantParis(local: string): Date | null {
  const m = LOCAL.exec(local);
  if (!m) return null;
  const jour = parseJour(m[1]);
  const [h, mi] = [Number(m[2]), Number(m[3])];
  if (!jour || h > 23 || mi > 59) return null;
  const naif = debutJourParis(jour).getTime() + (h * 60 + mi) * MINUTE_MS;
  // On the two DST days the wall clock is one hour off after 2 a.m.: keep the candidate that reads as typed.
  for (const decalage of [0, -HEURE_MS, HEURE_MS]) {
    const instant = new Date(naif + decalage);
    if (jourParis(instant) === jour && formatHeure(instant) === `${m[2]}:${m[3]}`) return instant;
  }
  return null;
}

/** "2026-01-12T14:30": the value of a datetime-local field for an instant, in Paris time. */
export function valeurLocaleParis(instant: Date): string {
  return `${jourParis(instant)}T${formatHeure(instant)}`;
}

export type ErreurDateContact = 'FUTURE' | 'TROP_ANCIENNE';

/** Whether a contact may carry this date, at `now`. */
export function verifierDateContact(instant: Date, now: Date): ErreurDateContact | null {
  if (instant.getTime() > now.getTime() + TOLERANCE_FUTUR_MS) return 'FUTURE';
  if (instant.getTime() < now.getTime() - ANCIENNETE_MAX_JOURS * 24 * HEURE_MS) return 'TROP_ANCIENNE';
  return null;
}
