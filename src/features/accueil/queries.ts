import 'server-only';
import { bornesJour, dateColonne, jourParis } from '@/features/agenda/regles/calendrier-paris';
import { nomReference, referenceSelect } from '@/features/dossiers/queries';
import type { Acteur } from '@/server/acteur';
import { writeAudit } from '@/server/audit';
import { db } from '@/server/db';
import { canUseAccueil, scopeContacts, scopeRendezVous } from '@/server/policy';
import { searchPersonnes, type RecherchePersonnesDto } from './recherche/queries';

export type RendezVousDuJourDto = { id: number; debut: Date; foyerId: number; foyer: string; agent: string; mode: string; statut: string };
export type ContactDuJourDto = {
  id: number;
  date: Date;
  /** Null for a light contact (no dossier). */
  foyerId: number | null;
  foyer: string;
  canal: string;
  motif: string | null;
  suite: string | null;
  urgence: boolean;
  agent: string | null;
};
export type AccueilDto = {
  jour: string;
  eds: string[];
  rendezVous: RendezVousDuJourDto[];
  contacts: ContactDuJourDto[];
  /** The person search of the box (audited on its own row by searchPersonnes). */
  recherche: RecherchePersonnesDto;
};

/**
 * The secrétaire's desk for today (Paris day): the rdv and fiches contact of the foyers of her EDS,
 * and the person search (recherche/queries.ts). Null for roles without an accueil (the page answers 404).
 * The day's lists are audited as one row, the search as another.
 */
export async function getAccueilDuJour(acteur: Acteur, terme = '', now = new Date()): Promise<AccueilDto | null> {
  if (!canUseAccueil(acteur)) return null;
  const jour = jourParis(now);
  const today = dateColonne(jour);
  const { debut, fin } = bornesJour(jour);

  const [rendezVous, contacts] = await Promise.all([
    db.rendezVous.findMany({
      where: { AND: [scopeRendezVous(acteur, today), { debut: { gte: debut, lt: fin } }] },
      orderBy: [{ debut: 'asc' }, { id: 'asc' }],
      take: 200,
      select: {
        id: true,
        debut: true,
        mode: true,
        statut: true,
        agent: { select: { nom: true, prenom: true } },
        foyer: { select: { id: true, ...referenceSelect } },
      },
    }),
    db.contact.findMany({
      where: { AND: [scopeContacts(acteur, today), { date: { gte: debut, lt: fin } }] },
      orderBy: [{ date: 'asc' }, { id: 'asc' }],
      take: 200,
      select: {
        id: true,
        date: true,
        canal: true,
        motif: true,
        suite: true,
        urgence: true,
        motifRef: { select: { libelle: true } },
        agent: { select: { nom: true, prenom: true } },
        foyer: { select: { id: true, ...referenceSelect } },
      },
    }),
  ]);

  const recherche = (await searchPersonnes(acteur, terme, { now })) ?? { terme: '', message: null, resultats: null };

  await db.$transaction((tx) =>
    writeAudit(tx, acteur.id, {
      action: 'LECTURE',
      objet: 'AccueilDuJour',
      details: {
        jour,
        rendezVous: rendezVous.length,
        contacts: contacts.length,
      },
    }),
  );

  return {
    jour,
    eds: acteur.edsNoms,
    rendezVous: rendezVous.map((r) => ({
      id: r.id,
      debut: r.debut,
      foyerId: r.foyer.id,
      foyer: nomReference(r.foyer),
      agent: `${r.agent.prenom} ${r.agent.nom}`,
      mode: r.mode,
      statut: r.statut,
    })),
    contacts: contacts.map((c) => ({
      id: c.id,
      date: c.date,
      foyerId: c.foyer?.id ?? null,
      // A light contact names no one.
      foyer: c.foyer ? nomReference(c.foyer) : 'Contact sans dossier',
      canal: c.canal,
      motif: c.motifRef?.libelle ?? c.motif,
      suite: c.suite,
      urgence: c.urgence,
      agent: c.agent ? `${c.agent.prenom} ${c.agent.nom}` : null,
    })),
    recherche,
  };
}
