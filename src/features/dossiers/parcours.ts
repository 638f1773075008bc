import 'server-only';
import { Prisma } from '@/generated/prisma/client';
import type { Db } from '@/server/db';
import { sequenceTheorique, type SequenceTheorique } from './regles/sequence-theorique';

export type ParcoursDto = {
  sequenceTheorique: SequenceTheorique;
  rdvHonores12Mois: number;
  /** The foyer's latest période d'action sociale as the indicators compute it (function pas_au). */
  dernierePas: { debut: Date; fin: Date; nbRdv: number; accompagnement: boolean; terminee: boolean } | null;
};

/** Computed séquence and PAS of one foyer on `jour` (ISO day); data-layer helper, no access check. */
export async function loadParcours(client: Db, foyerId: number, jour: string): Promise<ParcoursDto> {
  const [compte] = await client.$queryRaw<{ n: number }[]>(Prisma.sql`
    SELECT count(*)::int AS n FROM v_rdv_ts
    WHERE foyer_id = ${foyerId} AND statut = 'HONORE' AND jour <= ${jour}::date AND jour > ${jour}::date - interval '12 months'`);
  const [pas] = await client.$queryRaw<{ debut: Date; fin: Date; nb_rdv: number; accompagnement: boolean; terminee: boolean }[]>(Prisma.sql`
    SELECT debut, fin, nb_rdv, accompagnement, terminee FROM pas_au(${jour}::date) WHERE foyer_id = ${foyerId} ORDER BY pas_no DESC LIMIT 1`);
  const n = compte?.n ?? 0;
  return {
    sequenceTheorique: sequenceTheorique(n),
    rdvHonores12Mois: n,
    dernierePas: pas ? { debut: pas.debut, fin: pas.fin, nbRdv: pas.nb_rdv, accompagnement: pas.accompagnement, terminee: pas.terminee } : null,
  };
}
