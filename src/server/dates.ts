import 'server-only';
import { dateColonne, jourParis } from '@/features/agenda/regles/calendrier-paris';

/** Today in Paris, as `@db.Date` columns hold it (midnight UTC of the Paris day), whatever the server's zone. */
export function startOfTodayUtc(now: Date = new Date()): Date {
  return dateColonne(jourParis(now));
}
