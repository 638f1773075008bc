import 'server-only';
import type { Db, Tx } from '@/server/db';
import type { DossierCible } from '@/server/policy';

/**
 * What the policy needs about a foyer's dossier, read inside the caller's transaction.
 * Data-layer helper: it answers no access question itself (callers pass its result to policy).
 */
export async function loadDossierCible(client: Db | Tx, foyerId: number, today: Date): Promise<(DossierCible & { dossierId: number }) | null> {
  const dossier = await client.dossier.findUnique({
    where: { foyerId },
    select: {
      id: true,
      edsId: true,
      referentId: true,
      equipe: { where: { debut: { lte: today }, OR: [{ fin: null }, { fin: { gte: today } }] }, select: { agentId: true } },
      foyer: {
        select: {
          appartenances: {
            where: { debut: { lte: today }, OR: [{ fin: null }, { fin: { gte: today } }] },
            select: {
              personne: {
                select: {
                  orientations: {
                    where: { structureId: { not: null }, debut: { lte: today }, OR: [{ fin: null }, { fin: { gte: today } }] },
                    select: { structureId: true },
                  },
                },
              },
            },
          },
        },
      },
    },
  });
  if (!dossier) return null;
  const structureIds = dossier.foyer.appartenances.flatMap((a) => a.personne.orientations.map((o) => o.structureId).filter((s): s is number => s !== null));
  return {
    dossierId: dossier.id,
    edsId: dossier.edsId,
    referentId: dossier.referentId,
    equipeIds: dossier.equipe.map((m) => m.agentId),
    structureIds: [...new Set(structureIds)],
  };
}
