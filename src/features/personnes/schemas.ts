import { z } from 'zod';
import { jourParis, parseJour } from '@/features/agenda/regles/calendrier-paris';
import { formaterTelephone, lireTelephone } from './regles/telephone';

const INT_MAX = 2_147_483_647;
const id = (message: string) => z.coerce.number({ error: message }).int(message).positive(message).max(INT_MAX, message);
const vide = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);

const DATE_INVALIDE = 'Date invalide : saisissez-la au format jj/mm/aaaa, par exemple 05/03/1980.';
const JJ_MM_AAAA = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

/** "YYYY-MM-DD" (date field) or "jj/mm/aaaa" (typed by hand) → "YYYY-MM-DD" of a real day, or null. */
export function lireJour(saisie: string): string | null {
  const fr = JJ_MM_AAAA.exec(saisie);
  const iso = fr ? `${fr[3]}-${fr[2]!.padStart(2, '0')}-${fr[1]!.padStart(2, '0')}` : saisie;
  return parseJour(iso);
}

/** A past or present day (Paris), from 01/01/1900. */
const jourPasse = (requis: string, futur: string) =>
  z
    .string({ error: requis })
    .trim()
    .min(1, requis)
    .transform((value, ctx) => {
      const jour = lireJour(value);
      if (jour === null || jour < '1900-01-01') {
        ctx.addIssue({ code: 'custom', message: DATE_INVALIDE });
        return z.NEVER;
      }
      if (jour > jourParis(new Date())) ctx.addIssue({ code: 'custom', message: futur });
      return jour;
    });

const texte = (requis: string, max: number) =>
  z.string({ error: requis }).trim().min(1, requis).max(max, `${max} caractères au plus.`);
const texteOptionnel = (max: number) => z.preprocess(vide, z.string().trim().max(max, `${max} caractères au plus.`).optional());

const telephone = z.preprocess(
  vide,
  z
    .string()
    .trim()
    .transform((value, ctx) => {
      const chiffres = lireTelephone(value);
      if (chiffres === null) {
        ctx.addIssue({ code: 'custom', message: 'Numéro de téléphone invalide : 10 chiffres, par exemple 06 12 34 56 78 ou +33 6 12 34 56 78.' });
        return z.NEVER;
      }
      return formaterTelephone(chiffres);
    })
    .optional(),
);

const email = z.preprocess(
  vide,
  z.string().trim().toLowerCase().max(200, '200 caractères au plus.').pipe(z.email('Adresse électronique invalide, par exemple nom@exemple.fr.')).optional(),
);

const numeroAllocataire = z.preprocess(
  (v) => vide(typeof v === 'string' ? v.replace(/\s/g, '') : v),
  z.string().regex(/^\d{4,13}$/, 'Le numéro allocataire ne contient que des chiffres (7 en général).').optional(),
);

const communeCode = z.preprocess(vide, z.string().trim().regex(/^[0-9][0-9AB][0-9]{3}$/, 'Choisissez une commune de la liste.').optional());

const ROLES_FOYER = ['REFERENCE', 'CONJOINT', 'ENFANT', 'AUTRE'] as const;
const roleFoyer = z.enum(ROLES_FOYER, { error: 'Choisissez la place de la personne dans le foyer.' });
const version = z.coerce.number({ error: 'Rechargez la page.' }).int('Rechargez la page.').min(1, 'Rechargez la page.');

/** Ids separated by commas (a hidden field filled by the form): "" → []. */
const listeIds = (message: string) =>
  z.preprocess(
    (v) => (typeof v === 'string' ? v.split(',').map((s) => s.trim()).filter(Boolean) : v === undefined ? [] : v),
    z.array(id(message)).max(200, message),
  );

export const identiteSchema = z.object({
  nom: texte('Saisissez le nom.', 100),
  prenom: texte('Saisissez le prénom.', 100),
  nomNaissance: texteOptionnel(100),
  dateNaissance: jourPasse('Saisissez la date de naissance.', 'Une date de naissance ne peut pas être dans le futur.'),
  sexe: z.enum(['F', 'M'], { error: 'Indiquez le sexe.' }),
  numeroAllocataire,
  telephone,
  email,
});

/**
 * A new person, with a new foyer (edsId: the dossier's EDS) or joining an existing foyer (foyerId, version of
 * the foyer as loaded). `doublonsEcartes`: the likely duplicates the user saw and dismissed ("c'est une autre personne").
 */
export const createPersonneSchema = identiteSchema
  .extend({
    foyerId: z.preprocess(vide, id('Foyer inconnu.').optional()),
    version: z.preprocess(vide, version.optional()),
    edsId: z.preprocess(vide, id('Choisissez l’EDS du dossier.').optional()),
    role: z.preprocess(vide, roleFoyer.optional()),
    depuis: jourPasse('Indiquez depuis quand la personne vit dans le foyer.', 'La date d’arrivée ne peut pas être dans le futur.'),
    adresse: texteOptionnel(200),
    communeCode,
    doublonsEcartes: listeIds('Liste de doublons invalide : recommencez la saisie.'),
  })
  .superRefine((v, ctx) => {
    if (v.foyerId === undefined && v.edsId === undefined) ctx.addIssue({ code: 'custom', path: ['edsId'], message: 'Choisissez l’EDS du dossier.' });
    if (v.foyerId !== undefined && v.version === undefined) ctx.addIssue({ code: 'custom', path: ['foyerId'], message: 'Rechargez la page.' });
    if (v.foyerId !== undefined && v.role === undefined) ctx.addIssue({ code: 'custom', path: ['role'], message: 'Choisissez la place de la personne dans le foyer.' });
  })
  // In a new foyer the person is its reference person.
  .transform((v) => ({ ...v, role: v.foyerId === undefined ? ('REFERENCE' as const) : (v.role ?? 'AUTRE') }));

export type CreatePersonneInput = z.infer<typeof createPersonneSchema>;

/** An existing person (picked among the likely duplicates) joins a foyer. */
export const ajouterMembreSchema = z.object({
  foyerId: id('Foyer inconnu.'),
  version,
  personneId: id('Personne inconnue.'),
  role: roleFoyer,
  depuis: jourPasse('Indiquez depuis quand la personne vit dans le foyer.', 'La date d’arrivée ne peut pas être dans le futur.'),
});

/** A member leaves: `fin` is the last day in the foyer. */
export const departSchema = z.object({
  foyerId: id('Foyer inconnu.'),
  version,
  appartenanceId: id('Membre inconnu.'),
  fin: jourPasse('Indiquez le dernier jour de la personne dans le foyer.', 'La date de départ ne peut pas être dans le futur.'),
});

/** Part of a foyer leaves to form a new foyer from `date` (their last day in the old one is the day before). */
export const separationSchema = z
  .object({
    foyerId: id('Foyer inconnu.'),
    version,
    date: jourPasse('Indiquez la date de la séparation.', 'La date de la séparation ne peut pas être dans le futur.'),
    partants: listeIds('Cochez les personnes qui partent.').pipe(z.array(z.number()).min(1, 'Cochez les personnes qui partent.')),
    referenceId: id('Choisissez la personne de référence du nouveau foyer.'),
    adresse: texteOptionnel(200),
    communeCode,
  })
  .superRefine((v, ctx) => {
    if (!v.partants.includes(v.referenceId)) {
      ctx.addIssue({ code: 'custom', path: ['referenceId'], message: 'La personne de référence du nouveau foyer doit faire partie des personnes qui partent.' });
    }
  });

/** Merge record `doublonId` into `garderId`, at the versions the responsable compared. */
export const fusionSchema = z
  .object({
    garderId: id('Choisissez la fiche à conserver.'),
    doublonId: id('Choisissez la fiche en double.'),
    versionGarder: version,
    versionDoublon: version,
  })
  .refine((v) => v.garderId !== v.doublonId, { path: ['doublonId'], message: 'Choisissez deux fiches différentes.' });

export const annulerFusionSchema = z.object({
  auditId: z
    .string({ error: 'Entrée du journal inconnue.' })
    .trim()
    .regex(/^[1-9]\d{0,17}$/, 'Entrée du journal inconnue.')
    .transform((v) => BigInt(v)),
});

/** The merge page's query string: two records to compare, or a name and birth date to find them. */
export const fusionParamsSchema = z.object({
  garder: z.preprocess(vide, id('Fiche inconnue.').optional()).catch(undefined),
  doublon: z.preprocess(vide, id('Fiche inconnue.').optional()).catch(undefined),
  nom: z.string().trim().max(100).catch(''),
  naissance: z.string().trim().max(10).catch(''),
});
