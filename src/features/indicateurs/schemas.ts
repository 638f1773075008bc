import { z } from 'zod';
import { jourParis } from '@/features/agenda/regles/calendrier-paris';

/** The earliest year a dashboard can be asked for. */
export const ANNEE_MIN = 2000;
/** Years offered by the page: the current one and the two before. */
export const ANNEES_PROPOSEES = 3;

export const anneeCourante = (now = new Date()): number => Number(jourParis(now).slice(0, 4));

const annee = z.coerce
  .number({ error: 'Année invalide.' })
  .int('Année invalide.')
  .min(ANNEE_MIN, `Année invalide : ${ANNEE_MIN} au plus tôt.`)
  .refine((a) => a <= anneeCourante(), 'Cette année n’est pas encore commencée.');

/** "" or absent = the département; otherwise an EDS code. */
const eds = z
  .string()
  .trim()
  .max(100, 'Code d’EDS invalide.')
  .nullish()
  .transform((v) => (v ? v : null));

/** A checkbox or a hidden field: "1", "on" or "true" = the RSA population. */
const rsa = z.preprocess((v) => v === true || v === '1' || v === 'on' || v === 'true', z.boolean());

/** The dashboard asked for (query string of /indicateurs and of its export); no year = the current year. */
export const choixIndicateursSchema = z.object({
  annee: z.preprocess((v) => (v === '' || v === null ? undefined : v), annee.optional()),
  eds,
  rsa,
});
export type ChoixIndicateurs = z.infer<typeof choixIndicateursSchema>;

/** "Recalculer maintenant": the year and scope shown. */
export const recalculerIndicateursSchema = z.object({ annee, eds, rsa });
export type RecalculerIndicateurs = z.infer<typeof recalculerIndicateursSchema>;

export const formatExportSchema = z.enum(['xlsx', 'csv']);
export type FormatExport = z.infer<typeof formatExportSchema>;
