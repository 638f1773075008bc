/** Calendar helpers on UTC-midnight dates (the `@db.Date` columns) and Paris office hours. */
const DAY_MS = 86_400_000;

export function utcDate(year: number, monthIndex: number, day: number): Date {
  return new Date(Date.UTC(year, monthIndex, day));
}

export function startOfUtcDay(date: Date): Date {
  return utcDate(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate());
}

export function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * DAY_MS);
}

/** Calendar months with PostgreSQL's `date + interval 'n months'` semantics (day clamped to the month's end). */
export function addMonths(date: Date, months: number): Date {
  const first = utcDate(date.getUTCFullYear(), date.getUTCMonth() + months, 1);
  const lastDay = utcDate(first.getUTCFullYear(), first.getUTCMonth() + 1, 0).getUTCDate();
  return utcDate(first.getUTCFullYear(), first.getUTCMonth(), Math.min(date.getUTCDate(), lastDay));
}

export function addYears(date: Date, years: number): Date {
  return addMonths(date, 12 * years);
}

export function daysBetween(from: Date, to: Date): number {
  return Math.round((startOfUtcDay(to).getTime() - startOfUtcDay(from).getTime()) / DAY_MS);
}

export function isWeekend(date: Date): boolean {
  const weekday = date.getUTCDay();
  return weekday === 0 || weekday === 6;
}

/** The date itself, or the next Monday when it falls on a weekend. */
export function nextWeekday(date: Date): Date {
  let day = startOfUtcDay(date);
  while (isWeekend(day)) day = addDays(day, 1);
  return day;
}

/** The date itself, or the previous Friday when it falls on a weekend. */
export function previousWeekday(date: Date): Date {
  let day = startOfUtcDay(date);
  while (isWeekend(day)) day = addDays(day, -1);
  return day;
}

export function minDate(a: Date, b: Date): Date {
  return a.getTime() <= b.getTime() ? a : b;
}

export function maxDate(a: Date, b: Date): Date {
  return a.getTime() >= b.getTime() ? a : b;
}

export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Age in whole years on a date. */
export function ageOn(birth: Date, on: Date): number {
  let age = on.getUTCFullYear() - birth.getUTCFullYear();
  const before =
    on.getUTCMonth() < birth.getUTCMonth() ||
    (on.getUTCMonth() === birth.getUTCMonth() && on.getUTCDate() < birth.getUTCDate());
  if (before) age -= 1;
  return age;
}

function lastSunday(year: number, monthIndex: number): number {
  const last = utcDate(year, monthIndex + 1, 0);
  return last.getUTCDate() - last.getUTCDay();
}

/** The instant of a Paris wall-clock time on a day (summer time from the last Sunday of March to that of October). */
export function parisTime(day: Date, hour: number, minute: number): Date {
  const year = day.getUTCFullYear();
  const month = day.getUTCMonth();
  const date = day.getUTCDate();
  const asWinter = Date.UTC(year, month, date, hour - 1, minute);
  const summerStart = Date.UTC(year, 2, lastSunday(year, 2), 1);
  const summerEnd = Date.UTC(year, 9, lastSunday(year, 9), 1);
  const offset = asWinter >= summerStart && asWinter < summerEnd ? 2 : 1;
  return new Date(Date.UTC(year, month, date, hour - offset, minute));
}
