/**
 * The free slots of a TS's agenda offered at the accueil (issue 6, item 5). Everything is Paris wall time:
 * a slot at 9:00 is 9:00 in Paris in winter and in summer, whatever the server's time zone.
 *
 * Rules chosen where the issue is silent:
 * - office hours Monday to Friday, 9:00–12:00 and 14:00–17:00, public holidays excluded: the grid of
 *   45-minute rdv the agendas already use (9:00, 9:45, 10:30, 11:15, 14:00, 14:45, 15:30, 16:15);
 * - three weeks ahead, today included; a slot that has begun is past;
 * - a slot is taken when it overlaps a PROGRAMME or HONORE rdv of the TS, each rdv lasting its own
 *   `dureeMinutes` (a 90-minute visit takes two slots); cancelled and missed rdv free their slot.
 */
import { instantParis } from '@/features/accueil/contacts/regles/date-contact';
import { ajouterJours, dateColonne, jourParis } from '@/features/agenda/regles/calendrier-paris';
import { estJourFerie } from './jours-feries';

export const DUREE_CRENEAU_MINUTES = 45;
export const HORIZON_JOURS = 21;
/** Office hours, in minutes after midnight (Paris wall time). */
export const PLAGES_HORAIRES: readonly { debut: number; fin: number }[] = [
  { debut: 9 * 60, fin: 12 * 60 },
  { debut: 14 * 60, fin: 17 * 60 },
];
/** Statuses that hold a slot. */
export const STATUTS_OCCUPANTS = ['PROGRAMME', 'HONORE'] as const;

const MINUTE_MS = 60_000;

/** A rdv already in the agenda (only those with a status of STATUTS_OCCUPANTS are passed). */
export type Occupation = { debut: Date; dureeMinutes: number };
export type Creneau = { jour: string; debut: Date; fin: Date };
export type RefusCreneau = 'PASSE' | 'HORS_GRILLE' | 'PRIS';

const hhmm = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/** Monday to Friday, not a public holiday. */
export function estJourOuvre(jour: string): boolean {
  const semaine = dateColonne(jour).getUTCDay(); // 0 = Sunday
  return semaine >= 1 && semaine <= 5 && !estJourFerie(jour);
}

/** Every slot of a day's grid, free or not (none on a day off). */
export function creneauxDuJour(jour: string, duree = DUREE_CRENEAU_MINUTES): Creneau[] {
  if (!estJourOuvre(jour)) return [];
  const creneaux: Creneau[] = [];
  for (const plage of PLAGES_HORAIRES) {
    for (let m = plage.debut; m + duree <= plage.fin; m += duree) {
      // Office hours never fall in the 2:00–3:00 DST gap, so the wall time always exists.
      const debut = instantParis(`${jour}T${hhmm(m)}`);
      if (debut) creneaux.push({ jour, debut, fin: new Date(debut.getTime() + duree * MINUTE_MS) });
    }
  }
  return creneaux;
}

/** Whether [debut, fin) overlaps a rdv (touching ends do not overlap: 9:45 follows 9:00–9:45). */
export function chevauche(creneau: { debut: Date; fin: Date }, o: Occupation): boolean {
  const finOccupation = o.debut.getTime() + o.dureeMinutes * MINUTE_MS;
  return creneau.debut.getTime() < finOccupation && o.debut.getTime() < creneau.fin.getTime();
}

/** The days offered: HORIZON_JOURS calendar days from today (Paris). */
export function joursProposes(now: Date, horizon = HORIZON_JOURS): string[] {
  const aujourdhui = jourParis(now);
  return Array.from({ length: horizon }, (_, i) => ajouterJours(aujourdhui, i));
}

/** The free slots, in order, from now to the horizon. */
export function creneauxLibres(now: Date, occupations: readonly Occupation[], options: { duree?: number; horizon?: number } = {}): Creneau[] {
  return joursProposes(now, options.horizon)
    .flatMap((jour) => creneauxDuJour(jour, options.duree))
    .filter((c) => c.debut.getTime() > now.getTime() && !occupations.some((o) => chevauche(c, o)));
}

/**
 * Why a slot asked for may not be booked, or null when it may: past (or begun), not a slot of the grid
 * within the horizon (a forged time, a day off), or overlapping a rdv of the TS.
 */
export function refusCreneau(debut: Date, now: Date, occupations: readonly Occupation[], options: { duree?: number; horizon?: number } = {}): RefusCreneau | null {
  if (debut.getTime() <= now.getTime()) return 'PASSE';
  const jour = jourParis(debut);
  if (!joursProposes(now, options.horizon).includes(jour)) return 'HORS_GRILLE';
  const creneau = creneauxDuJour(jour, options.duree).find((c) => c.debut.getTime() === debut.getTime());
  if (!creneau) return 'HORS_GRILLE';
  return occupations.some((o) => chevauche(creneau, o)) ? 'PRIS' : null;
}
