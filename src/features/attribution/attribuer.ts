import 'server-only';
import { Prisma } from '@/generated/prisma/client';
import type { OrigineAttribution } from '@/generated/prisma/enums';
import { ActionError } from '@/server/action';
import type { Tx } from '@/server/db';
import { loadChargesTs } from './charges';
import { proposerAttribution, type SecteurPropose } from './regles/proposition';
import { secteurDuFoyer } from './regles/secteur-du-foyer';

export const CONFLIT_ATTRIBUTION =
  'Ce dossier vient d’être attribué par quelqu’un d’autre pendant que vous le regardiez. Rechargez la page pour voir son attribution actuelle.';

export type NouvelleAttribution = {
  dossierId: number;
  /** Null: the dossier goes (or goes back) to its EDS's queue. */
  agentId: number | null;
  origine: OrigineAttribution;
  decideParId: number;
  regulationId?: number | null;
  motif?: string | null;
};

const estConflitUnique = (e: unknown) => e instanceof Prisma.PrismaClientKnownRequestError && e.code === 'P2002';

/**
 * Writes one dated assignment: closes the current row (fin), opens the new one, and sets the dossier's
 * référent, in the caller's transaction. `courantAttendu` is what the user saw (the current row's id, or
 * null for a dossier without history, like the demo's): anything else means someone assigned it meanwhile.
 * Two concurrent writers are also stopped by the row lock on the current row and by the partial unique
 * index (one row with fin null per dossier).
 */
export async function enregistrerAttribution(tx: Tx, nouvelle: NouvelleAttribution, courantAttendu?: number | null): Promise<{ id: number }> {
  const courant = await tx.attributionDossier.findFirst({ where: { dossierId: nouvelle.dossierId, fin: null }, select: { id: true } });
  if (courantAttendu !== undefined && (courant?.id ?? null) !== courantAttendu) throw new ActionError('CONFLIT', CONFLIT_ATTRIBUTION);
  if (courant) {
    // The database's clock for both ends, so that fin >= debut holds whatever the app server's clock says.
    const fermees = await tx.$executeRaw`UPDATE attribution_dossier SET fin = now() WHERE id = ${courant.id} AND fin IS NULL`;
    if (fermees === 0) throw new ActionError('CONFLIT', CONFLIT_ATTRIBUTION);
  }
  let id: number;
  try {
    ({ id } = await tx.attributionDossier.create({
      data: {
        dossierId: nouvelle.dossierId,
        agentId: nouvelle.agentId,
        origine: nouvelle.origine,
        decideParId: nouvelle.decideParId,
        regulationId: nouvelle.regulationId ?? null,
        motif: nouvelle.motif ?? null,
      },
      select: { id: true },
    }));
  } catch (e) {
    if (estConflitUnique(e)) throw new ActionError('CONFLIT', CONFLIT_ATTRIBUTION);
    throw e;
  }
  await tx.dossier.update({ where: { id: nouvelle.dossierId }, data: { referentId: nouvelle.agentId } });
  return { id };
}

/** The foyer's secteur in its EDS, with its TS's availability and workload today. */
async function secteurPropose(tx: Tx, edsId: number, foyer: { communeCode: string | null; adresse: string | null }): Promise<SecteurPropose | null> {
  if (!foyer.communeCode) return null;
  const zones = await tx.secteurZone.findMany({
    where: { communeCode: foyer.communeCode, secteur: { edsId } },
    orderBy: { id: 'asc' },
    select: { secteurId: true, communeCode: true, voie: true, iris: true },
  });
  const trouve = secteurDuFoyer(zones, foyer);
  if (!trouve) return null;
  const secteur = await tx.secteur.findUniqueOrThrow({
    where: { id: trouve.secteurId },
    select: { id: true, nom: true, agent: { select: { id: true, nom: true, prenom: true } } },
  });
  if (!secteur.agent) return { id: secteur.id, nom: secteur.nom, ts: null };
  const charge = (await loadChargesTs(tx, edsId)).find((t) => t.agentId === secteur.agent?.id);
  return {
    id: secteur.id,
    nom: secteur.nom,
    ts: {
      agentId: secteur.agent.id,
      nom: `${secteur.agent.prenom} ${secteur.agent.nom}`,
      disponible: charge !== undefined,
      fileActive: charge?.fileActive ?? 0,
      etpt: charge?.etpt ?? 0,
    },
  };
}

/**
 * Assigns a dossier just created at the accueil, following its EDS's mode (issue 6, attribution): by secteur
 * to the TS of the foyer's secteur, else into the "à attribuer" queue; in régulation mode, into the team's
 * queue until the next meeting. Writes the dated history (attribution_dossier) and the dossier's référent.
 * Called inside the creating transaction; returns the TS chosen, or null when the dossier waits in a queue.
 */
export async function attribuerNouveauDossier(tx: Tx, dossierId: number, decideParId: number): Promise<{ agentId: number | null }> {
  const dossier = await tx.dossier.findUniqueOrThrow({
    where: { id: dossierId },
    select: { edsId: true, eds: { select: { modeAttribution: true, seuilFileActive: true } }, foyer: { select: { communeCode: true, adresse: true } } },
  });
  const secteur = dossier.eds.modeAttribution === 'SECTEUR' ? await secteurPropose(tx, dossier.edsId, dossier.foyer) : null;
  const proposition = proposerAttribution({ mode: dossier.eds.modeAttribution, secteur, seuil: dossier.eds.seuilFileActive });
  await enregistrerAttribution(tx, { dossierId, agentId: proposition.agentId, origine: proposition.origine, decideParId, motif: proposition.motif });
  return { agentId: proposition.agentId };
}
