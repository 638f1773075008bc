import 'server-only';
import { jourParis } from '@/features/agenda/regles/calendrier-paris';
import type { ActionDefinition } from '@/server/action';
import { recalculerAvecAttente, type EtatRecalcul } from '@/server/jobs/indicateurs';
import { canRecalculerIndicateurs } from '@/server/policy';
import { cleIndicateurs, parametresTableau } from './precalcul';
import { recalculerIndicateursSchema, type RecalculerIndicateurs } from './schemas';

/**
 * How long the action waits for the computation before answering that it goes on in the background
 * (the action's transaction, which writes the audit row, must stay well under Prisma's 5 s limit).
 */
export const ATTENTE_RECALCUL_MS = 3_000;

const MESSAGES: Record<EtatRecalcul, string> = {
  calcule: 'Indicateurs recalculés.',
  deja_en_cours: 'Un calcul de ces indicateurs est déjà en cours : la page se mettra à jour à sa fin.',
  en_cours: 'Le calcul continue en arrière-plan : la page se mettra à jour à sa fin.',
};

type Cible = RecalculerIndicateurs & { edsId: number | null };

/** Recomputes now the indicators of one year and scope (whoever may read them); audited. */
export const recalculerIndicateursDefinition = {
  schema: recalculerIndicateursSchema,
  load: async (tx, input) => {
    if (input.eds === null) return { ...input, edsId: null };
    const eds = await tx.eds.findUnique({ where: { code: input.eds }, select: { id: true } });
    return eds ? { ...input, edsId: eds.id } : null;
  },
  authorize: (acteur, cible) => canRecalculerIndicateurs(acteur, cible.edsId),
  run: async (_tx, _input, _acteur, cible) => {
    const p = parametresTableau({ annee: cible.annee, eds: cible.eds, rsa: cible.rsa }, jourParis(new Date()));
    const etat = await recalculerAvecAttente(p, ATTENTE_RECALCUL_MS);
    return {
      data: { etat },
      message: MESSAGES[etat],
      audit: { action: 'MODIFICATION', objet: 'IndicateurResultat', objetId: cleIndicateurs(p), details: { recalcul: etat, parametres: p } },
    };
  },
} satisfies ActionDefinition<typeof recalculerIndicateursSchema, Cible, { etat: EtatRecalcul }>;
