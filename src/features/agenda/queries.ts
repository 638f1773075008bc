import 'server-only';
import { nomReference, referenceSelect } from '@/features/dossiers/queries';
import type { Acteur } from '@/server/acteur';
import { writeAudit } from '@/server/audit';
import { db } from '@/server/db';
import { canReadAgendaOf, canUseAgenda, scopeRendezVous } from '@/server/policy';
import { ajouterJours, dateColonne, debutJourParis, jourParis, joursDeSemaine, lundiDeSemaine, parseJour } from './regles/calendrier-paris';

export type AgendaRendezVousDto = { id: number; debut: Date; dureeMinutes: number; foyerId: number; foyer: string; mode: string; statut: string };
export type AgendaDto = {
  agent: { id: number; nom: string; soi: boolean };
  aujourdhui: string;
  lundi: string;
  dimanche: string;
  precedente: string;
  suivante: string;
  estSemaineCourante: boolean;
  jours: { jour: string; rendezVous: AgendaRendezVousDto[] }[];
  aRenseigner: AgendaRendezVousDto[];
  /** Other agendas the acteur may open (the TS of their EDS), for the picker. */
  agendasVisibles: { id: number; nom: string }[];
};

const RDV_SELECT = { id: true, debut: true, dureeMinutes: true, mode: true, statut: true, foyer: { select: { id: true, ...referenceSelect } } } as const;

const actifAujourdhui = (today: Date) => ({ debut: { lte: today }, OR: [{ fin: null }, { fin: { gte: today } }] });

/**
 * A week (Monday–Sunday, Paris time) of an agent's agenda and their past rdv still to fill in.
 * Their own for EDS staff; another agent's only when canReadAgendaOf allows it. Null → 404
 * (unknown agent and forbidden agent answer alike). Audited.
 */
export async function getAgenda(acteur: Acteur, options: { semaine?: string; agentId?: number } = {}, now = new Date()): Promise<AgendaDto | null> {
  if (!canUseAgenda(acteur)) return null;
  const todayJour = jourParis(now);
  const today = dateColonne(todayJour);

  const agentId = options.agentId ?? acteur.id;
  const agent = await db.agent.findUnique({
    where: { id: agentId },
    select: { id: true, nom: true, prenom: true, actif: true, affectations: { where: actifAujourdhui(today), select: { edsId: true } } },
  });
  if (!agent) return null;
  if (agent.id !== acteur.id && (!agent.actif || !canReadAgendaOf(acteur, { id: agent.id, edsIds: agent.affectations.map((a) => a.edsId) }))) return null;

  const lundi = lundiDeSemaine(parseJour(options.semaine) ?? todayJour);
  const jours = joursDeSemaine(lundi);
  const suivante = ajouterJours(lundi, 7);
  const scope = scopeRendezVous(acteur, today);

  const [semaine, aRenseigner, collegues] = await Promise.all([
    db.rendezVous.findMany({
      where: { AND: [scope, { agentId: agent.id, debut: { gte: debutJourParis(lundi), lt: debutJourParis(suivante) } }] },
      orderBy: [{ debut: 'asc' }, { id: 'asc' }],
      take: 500,
      select: RDV_SELECT,
    }),
    db.rendezVous.findMany({
      where: { AND: [scope, { agentId: agent.id, statut: 'PROGRAMME', debut: { lt: now } }] },
      orderBy: [{ debut: 'asc' }, { id: 'asc' }],
      take: 100,
      select: RDV_SELECT,
    }),
    acteur.role === 'TRAVAILLEUR_SOCIAL'
      ? Promise.resolve([])
      : db.agent.findMany({
          where: { role: 'TRAVAILLEUR_SOCIAL', actif: true, affectations: { some: { ...actifAujourdhui(today), edsId: { in: acteur.edsIds } } } },
          orderBy: [{ nom: 'asc' }, { prenom: 'asc' }],
          select: { id: true, nom: true, prenom: true, affectations: { where: actifAujourdhui(today), select: { edsId: true } } },
        }),
  ]);

  await db.$transaction((tx) =>
    writeAudit(tx, acteur.id, {
      action: 'LECTURE',
      objet: 'Agenda',
      objetId: agent.id,
      details: { semaine: lundi, nombre: semaine.length, aRenseigner: aRenseigner.length },
    }),
  );

  const toDto = (r: (typeof semaine)[number]): AgendaRendezVousDto => ({
    id: r.id,
    debut: r.debut,
    dureeMinutes: r.dureeMinutes,
    foyerId: r.foyer.id,
    foyer: nomReference(r.foyer),
    mode: r.mode,
    statut: r.statut,
  });
  const rdvs = semaine.map(toDto);

  return {
    agent: { id: agent.id, nom: `${agent.prenom} ${agent.nom}`, soi: agent.id === acteur.id },
    aujourdhui: todayJour,
    lundi,
    dimanche: ajouterJours(lundi, 6),
    precedente: ajouterJours(lundi, -7),
    suivante,
    estSemaineCourante: lundi === lundiDeSemaine(todayJour),
    jours: jours.map((jour) => ({ jour, rendezVous: rdvs.filter((r) => jourParis(r.debut) === jour) })),
    aRenseigner: aRenseigner.map(toDto),
    agendasVisibles: collegues
      .filter((c) => canReadAgendaOf(acteur, { id: c.id, edsIds: c.affectations.map((a) => a.edsId) }))
      .map((c) => ({ id: c.id, nom: `${c.prenom} ${c.nom}` })),
  };
}
