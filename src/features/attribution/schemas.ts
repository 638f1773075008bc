import { z } from 'zod';
import { ajouterJours, jourParis, parseJour } from '@/features/agenda/regles/calendrier-paris';
import { extraireVoie } from './regles/voie';

export const NOM_SECTEUR_MAX = 80;
export const MOTIF_MAX = 300;
export const PARTICIPANTS_MAX = 30;
/** A threshold above this is a typo (no TS follows 2 000 foyers). */
export const SEUIL_MAX = 2000;

const id = (message: string) => z.coerce.number({ error: message }).int(message).positive(message).max(2_147_483_647, message);
const version = z.coerce.number({ error: 'Version inconnue : rechargez la page.' }).int().min(1, 'Version inconnue : rechargez la page.');
/** "" → undefined, for optional select and text fields. */
const vide = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);
/** The current assignment row the user saw: its id, or 0 for a dossier without history. */
const courant = z.coerce.number({ error: 'Rechargez la page.' }).int('Rechargez la page.').min(0, 'Rechargez la page.');

export const parametresEdsSchema = z.object({
  edsId: id('EDS inconnu.'),
  version,
  mode: z.enum(['SECTEUR', 'REGULATION'], { error: 'Choisissez le mode d’attribution.' }),
  seuil: z.preprocess(
    vide,
    z.coerce
      .number({ error: 'Le seuil est un nombre entier de foyers par ETPT.' })
      .int('Le seuil est un nombre entier de foyers par ETPT.')
      .min(1, 'Le seuil est d’au moins 1 foyer par ETPT.')
      .max(SEUIL_MAX, `Le seuil ne peut pas dépasser ${SEUIL_MAX} foyers par ETPT.`)
      .optional(),
  ),
});

const nomSecteur = z
  .string({ error: 'Donnez un nom au secteur.' })
  .trim()
  .min(1, 'Donnez un nom au secteur.')
  .max(NOM_SECTEUR_MAX, `Le nom ne peut pas dépasser ${NOM_SECTEUR_MAX} caractères.`);

export const createSecteurSchema = z.object({ edsId: id('EDS inconnu.'), nom: nomSecteur });

export const updateSecteurSchema = z.object({
  secteurId: id('Secteur inconnu.'),
  version,
  nom: nomSecteur,
  agentId: z.preprocess(vide, id('Choisissez un travailleur social de la liste.').optional()),
});

export const addZoneSchema = z
  .object({
    secteurId: id('Secteur inconnu.'),
    version,
    communeCode: z.string({ error: 'Choisissez la commune.' }).trim().regex(/^[0-9][0-9AB][0-9]{3}$/, 'Choisissez la commune.'),
    type: z.enum(['COMMUNE', 'VOIE', 'IRIS'], { error: 'Choisissez commune entière, rue ou IRIS.' }),
    voie: z.preprocess(vide, z.string().trim().max(120, 'Le nom de la rue ne peut pas dépasser 120 caractères.').optional()),
    iris: z.preprocess(vide, z.string().trim().optional()),
  })
  .superRefine((v, ctx) => {
    if (v.type === 'VOIE' && !extraireVoie(v.voie)) {
      ctx.addIssue({ code: 'custom', path: ['voie'], message: 'Saisissez le nom de la rue, par exemple « avenue Jean-Jaurès ».' });
    }
    if (v.type === 'IRIS' && !(v.iris && /^[0-9][0-9AB][0-9]{7}$/.test(v.iris) && v.iris.startsWith(v.communeCode))) {
      ctx.addIssue({ code: 'custom', path: ['iris'], message: 'Le code IRIS a 9 caractères et commence par le code de la commune.' });
    }
  })
  // Only the piece matching the type is kept; the street is stored normalized (the rule compares normalized streets).
  .transform((v) => ({
    secteurId: v.secteurId,
    version: v.version,
    communeCode: v.communeCode,
    voie: v.type === 'VOIE' ? extraireVoie(v.voie) : null,
    iris: v.type === 'IRIS' ? (v.iris ?? null) : null,
  }));

export const removeZoneSchema = z.object({ zoneId: id('Zone inconnue.'), secteurId: id('Secteur inconnu.'), version });

export const attribuerDossierSchema = z.object({
  dossierId: id('Dossier inconnu.'),
  agentId: id('Choisissez le travailleur social.'),
  courant,
  motif: z.preprocess(vide, z.string().trim().max(MOTIF_MAX, `Le motif ne peut pas dépasser ${MOTIF_MAX} caractères.`).optional()),
});

/**
 * A régulation meeting from its form: checkboxes `participant-<agentId>`, and per waiting dossier a select
 * `decision-<dossierId>` (a TS, or empty: stays in the queue) with the hidden `courant-<dossierId>`.
 * FormData flattens repeated names, hence one name per row.
 */
export const createRegulationSchema = z.preprocess(
  (raw) => {
    if (typeof raw !== 'object' || raw === null) return raw;
    const champs = raw as Record<string, unknown>;
    const participantIds: unknown[] = [];
    const decisions: { dossierId: unknown; agentId: unknown; courant: unknown }[] = [];
    for (const [cle, valeur] of Object.entries(champs)) {
      const participant = /^participant-(\d{1,10})$/.exec(cle);
      if (participant && (valeur === 'on' || valeur === true)) participantIds.push(participant[1]);
      const decision = /^decision-(\d{1,10})$/.exec(cle);
      if (decision && typeof valeur === 'string' && valeur !== '') {
        decisions.push({ dossierId: decision[1], agentId: valeur, courant: champs[`courant-${decision[1]}`] });
      }
    }
    return { edsId: champs.edsId, date: champs.date, participantIds, decisions };
  },
  z.object({
    edsId: id('EDS inconnu.'),
    date: z
      .string({ error: 'Indiquez la date de la réunion.' })
      .trim()
      .min(1, 'Indiquez la date de la réunion.')
      .refine((v) => parseJour(v) !== null, 'Date invalide : saisissez-la au format jj/mm/aaaa.')
      .refine((v) => parseJour(v) === null || v <= jourParis(new Date()), 'La date de la réunion ne peut pas être dans le futur.')
      .refine((v) => parseJour(v) === null || v >= ajouterJours(jourParis(new Date()), -366), 'Une réunion de plus d’un an ne peut plus être saisie.'),
    participantIds: z
      .array(id('Participant inconnu.'))
      .min(1, 'Cochez au moins un participant.')
      .max(PARTICIPANTS_MAX, `Pas plus de ${PARTICIPANTS_MAX} participants.`),
    decisions: z.array(z.object({ dossierId: id('Dossier inconnu.'), agentId: id('Choisissez le travailleur social.'), courant })).max(200),
  }),
);

export type CreateRegulationInput = z.infer<typeof createRegulationSchema>;
