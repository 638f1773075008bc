import { z } from 'zod';

const jour = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Date attendue au format AAAA-MM-JJ.')
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), 'Date inexistante.');

/** Parameters of every computation (indicateurs.md §2). Dates are ISO days. */
export const parametresSchema = z
  .object({
    du: jour,
    au: jour,
    eds: z.string().trim().min(1).nullable().default(null),
    ts: z.coerce.number().int().positive().nullable().default(null),
    rsa: z.boolean().default(false),
  })
  .refine((p) => p.du <= p.au, { message: 'La date de début doit précéder la date de fin.', path: ['au'] });

export type Parametres = z.infer<typeof parametresSchema>;

/** Calendar years inside [du, au], as the per-year columns of the reports' tables. */
export function anneesDe(p: Pick<Parametres, 'du' | 'au'>): number[] {
  const first = Number(p.du.slice(0, 4));
  const last = Number(p.au.slice(0, 4));
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

/** The part of year `annee` inside the period, as ISO days [debut, fin]. */
export function fenetreAnnee(p: Pick<Parametres, 'du' | 'au'>, annee: number): { debut: string; fin: string } {
  const debut = `${annee}-01-01` < p.du ? p.du : `${annee}-01-01`;
  const fin = `${annee}-12-31` > p.au ? p.au : `${annee}-12-31`;
  return { debut, fin };
}
