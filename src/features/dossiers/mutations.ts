import 'server-only';
import type { ActionDefinition } from '@/server/action';
import { startOfTodayUtc } from '@/server/dates';
import { canWriteNote } from '@/server/policy';
import { loadDossierCible } from './cible';
import { addNoteSchema } from './schemas';

/** Adds a confidential note to a foyer's dossier (case team only). */
export const addNoteDefinition = {
  schema: addNoteSchema,
  load: (tx, input) => loadDossierCible(tx, input.foyerId, startOfTodayUtc()),
  authorize: canWriteNote,
  run: async (tx, input, acteur) => {
    const note = await tx.note.create({ data: { foyerId: input.foyerId, auteurId: acteur.id, texte: input.texte }, select: { id: true } });
    return {
      data: { id: note.id },
      message: 'Note enregistrée.',
      audit: { action: 'CREATION', objet: 'Note', objetId: note.id, foyerId: input.foyerId, details: { longueur: input.texte.length } },
    };
  },
} satisfies ActionDefinition<typeof addNoteSchema, Awaited<ReturnType<typeof loadDossierCible>> & object, { id: number }>;
