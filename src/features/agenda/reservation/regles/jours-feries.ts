/**
 * French public holidays (Code du travail, art. L3133-1): no rdv is offered on them. Days are "YYYY-MM-DD".
 * Easter Monday, Ascension and Whit Monday move with Easter (Gregorian computus, Meeus/Jones/Butcher).
 * Whit Monday is kept as a holiday: the département's "journée de solidarité" is not a day of rdv.
 */
const FIXES = ['01-01', '05-01', '05-08', '07-14', '08-15', '11-01', '11-11', '12-25'];
const DAY_MS = 86_400_000;

/** Easter Sunday of a year (Gregorian calendar), as "YYYY-MM-DD". */
export function paques(annee: number): string {
  const a = annee % 19;
  const b = Math.floor(annee / 100);
  const c = annee % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const mois = Math.floor((h + l - 7 * m + 114) / 31);
  const jour = ((h + l - 7 * m + 114) % 31) + 1;
  return `${String(annee).padStart(4, '0')}-${String(mois).padStart(2, '0')}-${String(jour).padStart(2, '0')}`;
}

const plus = (jour: string, n: number) => new Date(new Date(`${jour}T00:00:00Z`).getTime() + n * DAY_MS).toISOString().slice(0, 10);

/** Whether a day is a French public holiday. */
export function estJourFerie(jour: string): boolean {
  if (FIXES.includes(jour.slice(5))) return true;
  const p = paques(Number(jour.slice(0, 4)));
  return jour === plus(p, 1) || jour === plus(p, 39) || jour === plus(p, 50);
}
