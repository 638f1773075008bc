import 'server-only';
import type { Tx } from '@/server/db';

/**
 * Assigns a dossier just created at the accueil, following its EDS's mode (issue 6, attribution): by secteur
 * to the TS of the foyer's secteur, else into the "à attribuer" queue; in régulation mode, into the team's
 * queue until the next meeting. Writes the dated history (attribution_dossier) and the dossier's référent.
 * Called inside the creating transaction; returns the TS chosen, or null when the dossier waits in a queue.
 */
export async function attribuerNouveauDossier(tx: Tx, dossierId: number, decideParId: number): Promise<{ agentId: number | null }> {
  // Until the secteur rule lands: every new dossier waits in the queue of its EDS.
  await tx.attributionDossier.create({ data: { dossierId, agentId: null, origine: 'SECTEUR', decideParId } });
  return { agentId: null };
}
