import { z } from 'zod';
import { instantParis, verifierDateContact } from './regles/date-contact';

/** Longest pre-evaluation note: a few sentences the TS reads before the first rdv, not a report. */
export const NOTE_ACCUEIL_MAX = 500;
export const PARTENAIRE_MAX = 120;

const id = (message: string) => z.coerce.number({ error: message }).int(message).positive(message).max(2_147_483_647, message);

/** An optional text field: "" or spaces → undefined. */
const texteOptionnel = (max: number, message: string) =>
  z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? undefined : v), z.string().trim().max(max, message).optional());

const canal = z.enum(['PHYSIQUE', 'TELEPHONE', 'COURRIER_COURRIEL'], { error: 'Choisissez le canal du contact.' });
const motifCode = z.string({ error: 'Choisissez le motif du contact.' }).trim().min(1, 'Choisissez le motif du contact.').max(40, 'Choisissez le motif du contact.');
const siteId = id('Choisissez le site où le contact a eu lieu.');

/** Paris wall time of a datetime-local field → instant, with the bounds of regles/date-contact. */
const date = z
  .string({ error: 'Indiquez la date et l’heure du contact.' })
  .trim()
  .min(1, 'Indiquez la date et l’heure du contact.')
  .transform((value, ctx) => {
    const instant = instantParis(value);
    if (!instant) {
      ctx.addIssue({ code: 'custom', message: 'Date ou heure invalide : saisissez-la au format jj/mm/aaaa hh:mm.' });
      return z.NEVER;
    }
    const erreur = verifierDateContact(instant, new Date());
    if (erreur === 'FUTURE') ctx.addIssue({ code: 'custom', message: 'La date du contact ne peut pas être dans le futur.' });
    if (erreur === 'TROP_ANCIENNE') ctx.addIssue({ code: 'custom', message: 'Un contact de plus de 31 jours ne peut plus être saisi.' });
    return instant;
  });

/** Outcomes offered at the desk (URGENCE and AUTRE are legacy codes: urgency is its own checkbox). */
export const SUITES_FICHE = ['INFORMATION', 'ORIENTATION_PARTENAIRE', 'RENDEZ_VOUS', 'TRANSMIS_REFERENT'] as const;

export const createContactSchema = z
  .object({
    foyerId: id('Foyer inconnu.'),
    personneId: z.preprocess((v) => (v === '' ? undefined : v), id('Personne inconnue.').optional()),
    canal,
    motifCode,
    siteId,
    date,
    suite: z.enum(SUITES_FICHE, { error: 'Choisissez la suite donnée au contact.' }),
    partenaire: texteOptionnel(PARTENAIRE_MAX, `Le nom du partenaire ne peut pas dépasser ${PARTENAIRE_MAX} caractères.`),
    // An unchecked checkbox is absent from the form data.
    urgence: z.preprocess((v) => v === 'on' || v === 'true' || v === true, z.boolean()),
    noteAccueil: texteOptionnel(NOTE_ACCUEIL_MAX, `La note ne peut pas dépasser ${NOTE_ACCUEIL_MAX} caractères.`),
  })
  .superRefine((v, ctx) => {
    if (v.suite === 'ORIENTATION_PARTENAIRE' && !v.partenaire) {
      ctx.addIssue({ code: 'custom', path: ['partenaire'], message: 'Indiquez le partenaire vers lequel la personne est orientée.' });
    }
    // The TS of the day must know at once what the urgency is.
    if (v.urgence && !v.noteAccueil) {
      ctx.addIssue({ code: 'custom', path: ['noteAccueil'], message: 'Décrivez l’urgence en quelques mots pour le travailleur social de permanence.' });
    }
  })
  // The partner only means something for an orientation.
  .transform((v) => ({ ...v, partenaire: v.suite === 'ORIENTATION_PARTENAIRE' ? v.partenaire : undefined }));

export type CreateContactInput = z.infer<typeof createContactSchema>;

export const createContactLegerSchema = z.object({
  canal,
  motifCode,
  siteId,
  date,
  communeCode: z.preprocess((v) => (v === '' ? undefined : v), z.string().trim().regex(/^[0-9][0-9AB][0-9]{3}$/, 'Choisissez une commune de la liste.').optional()),
  trancheAge: z.enum(['MOINS_25', 'DE_25_A_39', 'DE_40_A_59', 'DE_60_ET_PLUS', 'INCONNUE'], { error: 'Choisissez la tranche d’âge (ou « Âge inconnu »).' }),
});

export type CreateContactLegerInput = z.infer<typeof createContactLegerSchema>;
