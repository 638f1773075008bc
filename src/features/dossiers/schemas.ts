import { z } from 'zod';

export const foyerIdSchema = z.coerce.number({ error: 'Foyer inconnu.' }).int('Foyer inconnu.').positive('Foyer inconnu.');

export const addNoteSchema = z.object({
  foyerId: foyerIdSchema,
  texte: z
    .string({ error: 'Saisissez le texte de la note.' })
    .trim()
    .min(1, 'Saisissez le texte de la note.')
    .max(10_000, 'La note ne peut pas dépasser 10 000 caractères.'),
});
