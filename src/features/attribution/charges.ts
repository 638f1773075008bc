import 'server-only';
import { Prisma } from '@/generated/prisma/client';
import { debutJourParis, jourParis, moisAvant } from '@/features/agenda/regles/calendrier-paris';
import type { Db, Tx } from '@/server/db';
import type { ChargeTs } from './regles/charge';

export type TsCharge = ChargeTs & { agentId: number; nom: string; prenom: string };

/**
 * The TS in post in an EDS today (active account, affectation covering today) with their ETPT there and
 * their file active (regles/charge.ts). Data-layer helper: answers no access question (callers check policy).
 */
export async function loadChargesTs(client: Db | Tx, edsId: number, now: Date = new Date()): Promise<TsCharge[]> {
  const jour = jourParis(now);
  const today = new Date(`${jour}T00:00:00.000Z`);
  const affectations = await client.affectation.findMany({
    where: { edsId, debut: { lte: today }, OR: [{ fin: null }, { fin: { gte: today } }], agent: { role: 'TRAVAILLEUR_SOCIAL', actif: true } },
    select: { agentId: true, quotite: true, agent: { select: { nom: true, prenom: true } } },
  });
  const parAgent = new Map<number, TsCharge>();
  for (const a of affectations) {
    const courant = parAgent.get(a.agentId) ?? { agentId: a.agentId, nom: a.agent.nom, prenom: a.agent.prenom, etpt: 0, fileActive: 0 };
    courant.etpt += Number(a.quotite.toString());
    parAgent.set(a.agentId, courant);
  }
  const ids = [...parAgent.keys()];
  if (ids.length > 0) {
    const lignes = await client.$queryRaw<{ agent_id: number; n: number }[]>(Prisma.sql`
      SELECT agent_id, count(DISTINCT foyer_id)::int AS n FROM rendez_vous
      WHERE statut = 'HONORE' AND agent_id IN (${Prisma.join(ids)})
        AND debut >= ${debutJourParis(moisAvant(jour, 12))} AND debut <= ${now}
      GROUP BY agent_id`);
    for (const l of lignes) {
      const ts = parAgent.get(l.agent_id);
      if (ts) ts.fileActive = l.n;
    }
  }
  // Rounded to the thousandth the quotités are stored with (0.8 + 0.1 is not 0.9 in floating point).
  return [...parAgent.values()]
    .map((t) => ({ ...t, etpt: Math.round(t.etpt * 1000) / 1000 }))
    .sort((x, y) => x.nom.localeCompare(y.nom, 'fr') || x.prenom.localeCompare(y.prenom, 'fr'));
}
