import 'server-only';
import { debutDemandeOuverte, SUITES_DEMANDE } from '@/features/accueil/contacts/regles/delai-reponse';
import { FENETRE_DEMANDES_JOURS } from '@/features/accueil/journal/queries';
import { ajouterJours, debutJourParis, jourParis } from '@/features/agenda/regles/calendrier-paris';
import type { Db, Tx } from '@/server/db';

/**
 * The first contact of a foyer's open request (RENDEZ_VOUS or TRANSMIS_REFERENT not yet answered), or null.
 * The same reading as the journal's (accueil/journal/queries.ts, unsafeDemandesEtReponses) for one foyer:
 * an answer is a rdv (at the earlier of its booking and its start) or a contact logged by the référent; the
 * rule that dates the request is debutDemandeOuverte. Unlike the journal, requests of every desk count (the
 * journal counts one EDS's desks). Callers have checked access to the foyer.
 */
export async function debutDemandeDuFoyer(client: Db | Tx, foyer: { id: number; referentId: number | null }, now: Date): Promise<Date | null> {
  const depuis = debutJourParis(ajouterJours(jourParis(now), -FENETRE_DEMANDES_JOURS));
  const [demandes, rdvs, contactReferent] = await Promise.all([
    client.contact.findMany({ where: { foyerId: foyer.id, date: { gte: depuis, lte: now }, suite: { in: [...SUITES_DEMANDE] } }, select: { date: true } }),
    client.rendezVous.findMany({ where: { foyerId: foyer.id, createdAt: { gte: depuis }, debut: { gte: depuis } }, select: { createdAt: true, debut: true } }),
    foyer.referentId === null
      ? Promise.resolve(null)
      : client.contact.findFirst({ where: { foyerId: foyer.id, agentId: foyer.referentId, date: { gte: depuis } }, orderBy: { date: 'desc' }, select: { date: true } }),
  ]);
  const reponses = [...rdvs.map((r) => Math.min(r.createdAt.getTime(), r.debut.getTime())), ...(contactReferent ? [contactReferent.date.getTime()] : [])];
  const derniere = reponses.length ? new Date(Math.max(...reponses)) : null;
  return debutDemandeOuverte(
    demandes.map((d) => d.date),
    derniere,
  );
}
