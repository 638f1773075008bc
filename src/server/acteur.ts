import 'server-only';
import { cache } from 'react';
import { getServerSession } from 'next-auth';
import type { Role } from '@/generated/prisma/enums';
import { authOptions } from './auth';
import { db } from './db';
import { startOfTodayUtc } from './dates';

/** The authenticated user as every data function receives it. */
export type Acteur = {
  id: number;
  role: Role;
  niveau: number;
  nom: string;
  prenom: string;
  /** EDS the acteur works in today (affectations), or oversees (responsable de territoire). */
  edsIds: number[];
  edsNoms: string[];
  structureId: number | null;
};

/**
 * The acteur of the current request, re-read from the database every time so that a disabled
 * account, or one whose role changed since login, loses access at its next request.
 */
export const getActeur = cache(async (): Promise<Acteur | null> => {
  const session = await getServerSession(authOptions);
  const id = Number(session?.user?.id);
  if (!Number.isInteger(id)) return null;
  return loadActeur(id, session?.user?.role);
});

export async function loadActeur(id: number, roleAtLogin?: string): Promise<Acteur | null> {
  const today = startOfTodayUtc();
  const agent = await db.agent.findUnique({
    where: { id },
    select: {
      id: true, role: true, niveau: true, nom: true, prenom: true, actif: true, structureId: true, passwordHash: true,
      territoire: { select: { eds: { select: { id: true, nom: true } } } },
      affectations: {
        where: { debut: { lte: today }, OR: [{ fin: null }, { fin: { gte: today } }] },
        select: { eds: { select: { id: true, nom: true } } },
      },
    },
  });
  if (!agent || !agent.actif || !agent.passwordHash) return null;
  if (roleAtLogin !== undefined && roleAtLogin !== agent.role) return null;
  const eds = agent.role === 'RESPONSABLE_TERRITOIRE' ? (agent.territoire?.eds ?? []) : agent.affectations.map((a) => a.eds);
  return {
    id: agent.id,
    role: agent.role,
    niveau: agent.niveau,
    nom: agent.nom,
    prenom: agent.prenom,
    edsIds: eds.map((e) => e.id),
    edsNoms: eds.map((e) => e.nom),
    structureId: agent.structureId,
  };
}
