/**
 * The one place dates and amounts are formatted for display (French, Paris time).
 * Dates: jj/mm/aaaa. `@db.Date` values (midnight UTC) show the same day in Paris.
 */
const FUSEAU = 'Europe/Paris';

const dateFormat = new Intl.DateTimeFormat('fr-FR', { timeZone: FUSEAU, day: '2-digit', month: '2-digit', year: 'numeric' });
const heureFormat = new Intl.DateTimeFormat('fr-FR', { timeZone: FUSEAU, hour: '2-digit', minute: '2-digit' });
const jourLongFormat = new Intl.DateTimeFormat('fr-FR', { timeZone: FUSEAU, weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
const montantFormat = new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' });
const nombreFormat = new Intl.NumberFormat('fr-FR');

type DateLike = Date | string;
const toDate = (value: DateLike) => (value instanceof Date ? value : new Date(value));

/** "05/01/2026" */
export function formatDate(value: DateLike): string {
  return dateFormat.format(toDate(value));
}

/** "14:30" */
export function formatHeure(value: DateLike): string {
  return heureFormat.format(toDate(value));
}

/** "05/01/2026 à 14:30" */
export function formatDateHeure(value: DateLike): string {
  return `${formatDate(value)} à ${formatHeure(value)}`;
}

/** "lundi 5 janvier 2026" (a day given as "YYYY-MM-DD" is read at noon UTC, safely inside the Paris day). */
export function formatJourLong(value: DateLike): string {
  const date = typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T12:00:00Z`) : toDate(value);
  return jourLongFormat.format(date);
}

/** "1 234,56 €" (fr-FR uses narrow no-break spaces). Accepts Prisma Decimals through their string form. */
export function formatMontant(value: number | string | { toString(): string }): string {
  const n = typeof value === 'number' ? value : Number(value.toString());
  return montantFormat.format(n);
}

/** "1 234" */
export function formatNombre(value: number): string {
  return nombreFormat.format(value);
}

/** "lundi 5 janvier" → "Lundi 5 janvier" */
export function capitaliser(texte: string): string {
  return texte.charAt(0).toUpperCase() + texte.slice(1);
}
