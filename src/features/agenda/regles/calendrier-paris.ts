/**
 * Calendar days as the agents live them: in Europe/Paris, whatever the server's time zone.
 * A day is an ISO date string "YYYY-MM-DD"; instants are Date objects (timestamptz columns);
 * `@db.Date` columns compare against the day's midnight UTC (`dateColonne`).
 */
export const FUSEAU = 'Europe/Paris';

const DAY_MS = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

const partsFormat = new Intl.DateTimeFormat('en-US', {
  timeZone: FUSEAU,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

function partsParis(instant: Date) {
  const get = (type: Intl.DateTimeFormatPartTypes) => Number(partsFormat.formatToParts(instant).find((p) => p.type === type)?.value);
  return { year: get('year'), month: get('month'), day: get('day'), hour: get('hour'), minute: get('minute'), second: get('second') };
}

/** Offset of Paris from UTC at this instant, in milliseconds (+1 h in winter, +2 h in summer). */
function offsetParis(instant: Date): number {
  const p = partsParis(instant);
  const seconds = Math.floor(instant.getTime() / 1000) * 1000;
  return Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second) - seconds;
}

function pad(n: number, width = 2) {
  return String(n).padStart(width, '0');
}

/** Parses "YYYY-MM-DD" into a real calendar date, or null (also for 2026-02-30). */
export function parseJour(value: string | null | undefined): string | null {
  const m = value ? ISO_DATE.exec(value) : null;
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return null;
  return value ?? null;
}

/** The Paris calendar day of an instant. */
export function jourParis(instant: Date): string {
  const p = partsParis(instant);
  return `${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)}`;
}

/** Midnight UTC of a day: what `@db.Date` columns hold. */
export function dateColonne(jour: string): Date {
  return new Date(`${jour}T00:00:00.000Z`);
}

/** The instant a Paris day begins (00:00 Paris; midnight is never inside a DST jump in France). */
export function debutJourParis(jour: string): Date {
  const guess = dateColonne(jour).getTime();
  let instant = guess - offsetParis(new Date(guess));
  const corrected = guess - offsetParis(new Date(instant));
  if (corrected !== instant) instant = corrected;
  return new Date(instant);
}

/** The day `n` days after (or before, n < 0) `jour`. */
export function ajouterJours(jour: string, n: number): string {
  return new Date(dateColonne(jour).getTime() + n * DAY_MS).toISOString().slice(0, 10);
}

/** The Monday of the week (Monday–Sunday) containing `jour`. */
export function lundiDeSemaine(jour: string): string {
  const weekday = dateColonne(jour).getUTCDay(); // 0 = Sunday
  return ajouterJours(jour, -((weekday + 6) % 7));
}

/** The seven days of the week beginning on `lundi`. */
export function joursDeSemaine(lundi: string): string[] {
  return Array.from({ length: 7 }, (_, i) => ajouterJours(lundi, i));
}

/** [start, end) instants of a Paris day. */
export function bornesJour(jour: string): { debut: Date; fin: Date } {
  return { debut: debutJourParis(jour), fin: debutJourParis(ajouterJours(jour, 1)) };
}

/** [start, end) instants of the Paris calendar year containing `jour`, and its first and last days. */
export function bornesAnnee(jour: string): { annee: number; debut: Date; fin: Date; premierJour: string; dernierJour: string } {
  const annee = Number(jour.slice(0, 4));
  return {
    annee,
    debut: debutJourParis(`${pad(annee, 4)}-01-01`),
    fin: debutJourParis(`${pad(annee + 1, 4)}-01-01`),
    premierJour: `${pad(annee, 4)}-01-01`,
    dernierJour: `${pad(annee, 4)}-12-31`,
  };
}

/** The same day `n` months earlier, clamped to the month's end (31 March − 1 month → 28/29 February). */
export function moisAvant(jour: string, n: number): string {
  const [y, m, d] = jour.split('-').map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) - n;
  const year = Math.floor(index / 12);
  const month = index - year * 12;
  const last = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return `${pad(year, 4)}-${pad(month + 1)}-${pad(Math.min(d, last))}`;
}
