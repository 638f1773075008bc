import { z } from 'zod';

export const MODES_RESERVATION = ['PRESENTIEL', 'TELEPHONE', 'DOMICILE'] as const;

const MAX_ID = 2_147_483_647;
const id = (message: string) => z.coerce.number({ error: message }).int(message).positive(message).max(MAX_ID, message);
/** An optional select: "" → undefined. */
const idOptionnel = (message: string) => z.preprocess((v) => (v === '' || v === null ? undefined : v), id(message).optional());

/** The slot's start, as the form sends it (the instant in ISO 8601, UTC). */
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?Z$/;
const debut = z
  .string({ error: 'Choisissez un créneau.' })
  .trim()
  .min(1, 'Choisissez un créneau.')
  .refine((v) => ISO_INSTANT.test(v) && !Number.isNaN(new Date(v).getTime()), 'Choisissez un créneau de la liste.')
  .transform((v) => new Date(v));

export const bookRendezVousSchema = z
  .object({
    foyerId: id('Foyer inconnu.'),
    agentId: id('Choisissez le travailleur social.'),
    debut,
    mode: z.enum(MODES_RESERVATION, { error: 'Choisissez le mode du rendez-vous.' }),
    siteId: idOptionnel('Choisissez le lieu du rendez-vous.'),
    personneId: idOptionnel('Choisissez un membre du foyer.'),
  })
  .superRefine((v, ctx) => {
    // A rdv at the EDS needs its place; at home it has none; by phone the TS's site may be noted.
    if (v.mode === 'PRESENTIEL' && v.siteId === undefined) ctx.addIssue({ code: 'custom', path: ['siteId'], message: 'Choisissez le lieu du rendez-vous.' });
  });

export type BookRendezVousInput = z.infer<typeof bookRendezVousSchema>;
