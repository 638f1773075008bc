import 'server-only';
import type { Db, Tx } from '@/server/db';
import { STATUTS_OCCUPANTS, type Occupation } from './regles/creneaux-libres';

/**
 * Data-layer reads shared by the booking page and the booking action. They answer no access question:
 * callers have checked canBookRendezVous on the foyer's dossier first.
 */

const enCours = (today: Date) => ({ debut: { lte: today }, OR: [{ fin: null }, { fin: { gte: today } }] });

/** Longest rdv considered when looking back for one still running at the window's start. */
const RETOUR_MS = 24 * 3_600_000;

/** The active TS assigned today to an EDS, by name: the agendas a rdv of its foyers may go to. */
export async function tsDeLEds(client: Db | Tx, edsId: number, today: Date): Promise<{ id: number; nom: string }[]> {
  const agents = await client.agent.findMany({
    where: { role: 'TRAVAILLEUR_SOCIAL', actif: true, affectations: { some: { ...enCours(today), edsId } } },
    orderBy: [{ nom: 'asc' }, { prenom: 'asc' }, { id: 'asc' }],
    select: { id: true, nom: true, prenom: true },
  });
  return agents.map((a) => ({ id: a.id, nom: `${a.prenom} ${a.nom}` }));
}

/** The rdv holding a slot of a TS's agenda (PROGRAMME or HONORE) that may overlap [depuis, jusqua). */
export async function occupationsDuTs(client: Db | Tx, agentId: number, depuis: Date, jusqua: Date): Promise<Occupation[]> {
  return client.rendezVous.findMany({
    where: { agentId, statut: { in: [...STATUTS_OCCUPANTS] }, debut: { gte: new Date(depuis.getTime() - RETOUR_MS), lt: jusqua } },
    orderBy: { debut: 'asc' },
    select: { debut: true, dureeMinutes: true },
  });
}

/** The foyer's current members (the optional "personne" of the rdv). */
export async function membresDuFoyer(client: Db | Tx, foyerId: number, today: Date): Promise<{ id: number; nom: string }[]> {
  const membres = await client.appartenance.findMany({
    where: { foyerId, ...enCours(today) },
    orderBy: [{ role: 'asc' }, { personne: { dateNaissance: 'asc' } }, { personneId: 'asc' }],
    select: { personne: { select: { id: true, nom: true, prenom: true } } },
  });
  return membres.map((m) => ({ id: m.personne.id, nom: `${m.personne.nom.toUpperCase()} ${m.personne.prenom}` }));
}

/** The active sites of an EDS (EDS first, then antennes, permanences, bus), by name. */
export async function sitesDeLEds(client: Db | Tx, edsId: number): Promise<{ id: number; nom: string; type: string }[]> {
  return client.site.findMany({ where: { edsId, actif: true }, orderBy: [{ type: 'asc' }, { nom: 'asc' }], select: { id: true, nom: true, type: true } });
}
