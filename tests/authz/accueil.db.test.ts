import { beforeEach, describe, expect, it } from 'vitest';
import { getAccueilDuJour } from '@/features/accueil/queries';
import { ajouterJours, bornesJour, jourParis } from '@/features/agenda/regles/calendrier-paris';
import { setupMonde } from '../factories/setup-monde';

const w = setupMonde();
const { prisma, acteur } = w;
const HOUR = 3_600_000;
const midiAujourdhui = () => new Date(bornesJour(jourParis(new Date())).debut.getTime() + 12 * HOUR);

beforeEach(async () => {
  const midi = midiAujourdhui();
  await prisma.rendezVous.createMany({
    data: [
      { foyerId: w.monde.foyerA.foyer.id, agentId: w.monde.agents.tsA.id, debut: midi, mode: 'PRESENTIEL', statut: 'PROGRAMME' },
      { foyerId: w.monde.foyerB.foyer.id, agentId: w.monde.agents.tsB.id, debut: midi, mode: 'TELEPHONE', statut: 'PROGRAMME' },
      // Yesterday: not on today's list.
      { foyerId: w.monde.foyerA.foyer.id, agentId: w.monde.agents.tsA.id, debut: bornesJour(ajouterJours(jourParis(new Date()), -1)).debut, mode: 'DOMICILE', statut: 'HONORE' },
    ],
  });
  await prisma.contact.createMany({
    data: [
      { foyerId: w.monde.foyerA.foyer.id, edsId: w.monde.edsA.id, date: midi, canal: 'PHYSIQUE', motifCode: 'DEMANDE_RDV', agentId: w.monde.agents.secretaireA.id },
      { foyerId: w.monde.foyerB.foyer.id, edsId: w.monde.edsB.id, date: midi, canal: 'TELEPHONE', motif: 'Motif QUIRINBETA' },
    ],
  });
});

describe('accueil du jour', () => {
  it('la secrétaire voit les rendez-vous et fiches contact du jour de son EDS, et seulement eux', async () => {
    const accueil = await getAccueilDuJour(await acteur(w.monde.agents.secretaireA.id));
    expect(accueil?.eds).toEqual(['EDS Alpha']);
    expect(accueil?.rendezVous).toHaveLength(1);
    expect(accueil?.rendezVous[0]).toMatchObject({ foyerId: w.monde.foyerA.foyer.id, foyer: 'ZORGLUBALPHA PrenomZORGLUBALPHA', mode: 'PRESENTIEL', statut: 'PROGRAMME' });
    expect(accueil?.contacts).toHaveLength(1);
    expect(accueil?.contacts[0]).toMatchObject({ foyerId: w.monde.foyerA.foyer.id, canal: 'PHYSIQUE', motif: 'Demande de rendez-vous' });
    expect(JSON.stringify(accueil)).not.toContain('QUIRINBETA');
  });

  it('ne renvoie aucun compte rendu', async () => {
    const accueil = await getAccueilDuJour(await acteur(w.monde.agents.secretaireA.id));
    expect(JSON.stringify(accueil)).not.toContain('secret');
  });

  // Issue 6: the box searches persons across the département; another EDS's person shows identity only
  // (tests/authz/recherche.db.test.ts covers the search in detail).
  it('la recherche trouve les personnes du département, le dossier seulement dans son EDS', async () => {
    const a = await acteur(w.monde.agents.secretaireA.id);
    expect((await getAccueilDuJour(a, 'zorglubalpha'))?.recherche.resultats?.map((r) => [r.foyer?.id, r.niveau])).toEqual([[w.monde.foyerA.foyer.id, 'DOSSIER']]);
    expect((await getAccueilDuJour(a, 'QUIRINBETA'))?.recherche.resultats?.map((r) => [r.foyer, r.niveau])).toEqual([[null, 'IDENTITE']]);
    expect((await getAccueilDuJour(a, 'z'))?.recherche.resultats).toBeNull();
  });

  it.each(['tsA', 'responsableA', 'territoire', 'direction', 'admin', 'partenaire'] as const)('%s n’a pas d’accueil (introuvable)', async (nom) => {
    expect(await getAccueilDuJour(await acteur(w.monde.agents[nom].id))).toBeNull();
  });

  it('la lecture est journalisée en une ligne', async () => {
    await getAccueilDuJour(await acteur(w.monde.agents.secretaireA.id), 'zorglub');
    const rows = await prisma.auditLog.findMany({ where: { objet: 'AccueilDuJour' } });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ acteurId: w.monde.agents.secretaireA.id, action: 'LECTURE' });
    expect(rows[0]?.details).toMatchObject({ rendezVous: 1, contacts: 1 });
    // The search is audited on its own row.
    expect(await prisma.auditLog.count({ where: { objet: 'RecherchePersonnes' } })).toBe(1);
  });
});
