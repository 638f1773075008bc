/**
 * Values of the exchange format: days `YYYY-MM-DD`, Paris wall-clock date-times `YYYY-MM-DDTHH:MM`,
 * amounts with a dot and at most two decimals. Pure and independent of the process time zone.
 */

export const FUSEAU = 'Europe/Paris';

const JOUR = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_HEURE = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;
const MONTANT = /^(\d{1,10})(?:\.(\d{1,2}))?$/;
const HOUR_MS = 3_600_000;

/** "YYYY-MM-DD" if it names a real calendar day (not 2023-02-30), else null. */
export function parseJour(value: string): string | null {
  const m = JOUR.exec(value);
  if (!m) return null;
  return isRealDay(Number(m[1]), Number(m[2]), Number(m[3])) ? value : null;
}

function isRealDay(y: number, mo: number, d: number): boolean {
  if (y < 1 || mo < 1 || mo > 12 || d < 1) return false;
  const date = new Date(Date.UTC(2000, mo - 1, d));
  date.setUTCFullYear(y);
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

const partsFormat = new Intl.DateTimeFormat('en-US', {
  timeZone: FUSEAU,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
});

/** Paris offset (ms) of every instant of a UTC hour: French DST changes happen on the hour. */
const offsetCache = new Map<number, number>();

function offsetParis(instantMs: number): number {
  const hour = Math.floor(instantMs / HOUR_MS);
  const cached = offsetCache.get(hour);
  if (cached !== undefined) return cached;
  const at = hour * HOUR_MS;
  const parts = partsFormat.formatToParts(new Date(at));
  const get = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
  const local = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'));
  const offset = local - at;
  offsetCache.set(hour, offset);
  return offset;
}

export type Instant = { /** ISO UTC */ utc: string; /** the Paris day, YYYY-MM-DD */ jour: string };

export type DateHeureResult = { ok: true; instant: Instant } | { ok: false; raison: 'format' | 'date' | 'heure' | 'inexistante' };

/**
 * A Paris wall-clock time to its UTC instant. A time skipped by the spring DST change (02:30 on the
 * last Sunday of March) does not exist; a time repeated in the autumn is read as the first one
 * (summer time), which is also how PostgreSQL reads it.
 */
export function parseDateHeureParis(value: string): DateHeureResult {
  const m = DATE_HEURE.exec(value);
  if (!m) return { ok: false, raison: 'format' };
  const [y, mo, d, h, mi] = [Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4]), Number(m[5])];
  if (!isRealDay(y, mo, d)) return { ok: false, raison: 'date' };
  if (h > 23 || mi > 59) return { ok: false, raison: 'heure' };
  const wall = new Date(Date.UTC(2000, mo - 1, d, h, mi));
  wall.setUTCFullYear(y);
  const wallMs = wall.getTime();
  const candidates = new Set([offsetParis(wallMs - 3 * HOUR_MS), offsetParis(wallMs + 3 * HOUR_MS)]);
  let best: number | null = null;
  for (const offset of candidates) {
    const instant = wallMs - offset;
    if (offsetParis(instant) === offset && (best === null || instant < best)) best = instant;
  }
  if (best === null) return { ok: false, raison: 'inexistante' };
  return { ok: true, instant: { utc: new Date(best).toISOString(), jour: value.slice(0, 10) } };
}

/** Today's date in Paris. */
export function jourParis(instant: Date = new Date()): string {
  const wall = new Date(instant.getTime() + offsetParis(instant.getTime()));
  return wall.toISOString().slice(0, 10);
}

/** An amount "123.45" in cents, or null (comma, three decimals, sign, letters…). */
export function parseMontantCentimes(value: string): number | null {
  const m = MONTANT.exec(value);
  if (!m) return null;
  const frac = (m[2] ?? '').padEnd(2, '0');
  return Number(m[1]) * 100 + Number(frac);
}

/** Cents back to the format's text ("1234.5" → "1234.50"): exact, for numeric columns. */
export function centimesEnTexte(centimes: number): string {
  const euros = Math.floor(centimes / 100);
  return `${euros}.${String(centimes % 100).padStart(2, '0')}`;
}

const euroFormat = new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' });

/** "3 000,00 €" for messages. */
export function formatEuros(centimes: number): string {
  return euroFormat.format(centimes / 100);
}

const nombreFormat = new Intl.NumberFormat('fr-FR');

/** "1 000 000" for messages and the progress bar. */
export function formatNombre(n: number): string {
  return nombreFormat.format(n);
}
