import 'server-only';

/** Today's date at 00:00 UTC: `@db.Date` columns compare against midnight UTC. */
export function startOfTodayUtc(now: Date = new Date()): Date {
  return new Date(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate()));
}
