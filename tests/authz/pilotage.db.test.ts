import { beforeEach, describe, expect, it } from 'vitest';
import { ajouterJours, dateColonne, jourParis } from '@/features/agenda/regles/calendrier-paris';
import { getTableauDeBord } from '@/features/pilotage/queries';
import { setupMonde } from '../factories/setup-monde';

const w = setupMonde();
const { prisma, acteur } = w;
const MINUTE = 60_000;
const DAY = 86_400_000;
const jour = () => jourParis(new Date());
// "This year" and "in the past": a few minutes ago (the tests do not run in the first minutes of a year).
const ilYA = (minutes: number) => new Date(Date.now() - minutes * MINUTE);


describe('tableau de bord des responsables', () => {
  beforeEach(async () => {
    const { foyerA, foyerB, agents } = w.monde;
    const rdv = (foyerId: number, agentId: number, debut: Date, statut: 'PROGRAMME' | 'HONORE' | 'NON_HONORE' | 'ANNULE') =>
      ({ foyerId, agentId, debut, statut, mode: 'PRESENTIEL' as const });
    await prisma.rendezVous.createMany({
      data: [
        rdv(foyerA.foyer.id, agents.tsA.id, ilYA(10), 'HONORE'),
        rdv(foyerA.foyer.id, agents.tsA.id, ilYA(20), 'HONORE'),
        rdv(foyerA.foyer.id, agents.tsA.id, ilYA(30), 'NON_HONORE'),
        rdv(foyerA.foyer.id, agents.tsA.id, ilYA(40), 'PROGRAMME'), // passé, non renseigné
        rdv(foyerA.foyer.id, agents.tsA.id, new Date(Date.now() + DAY), 'PROGRAMME'), // à venir
        rdv(foyerB.foyer.id, agents.tsB.id, ilYA(10), 'HONORE'),
        rdv(foyerB.foyer.id, agents.tsB.id, ilYA(40), 'PROGRAMME'),
      ],
    });
    const contrat = (foyerId: number, type: 'CER' | 'CONTRAT_ACCOMPAGNEMENT', finDans: number) => ({
      foyerId,
      type,
      debut: dateColonne(ajouterJours(jour(), -300)),
      fin: dateColonne(ajouterJours(jour(), finDans)),
    });
    await prisma.contrat.createMany({
      data: [
        contrat(foyerA.foyer.id, 'CER', 0), // échéance aujourd'hui : comptée
        contrat(foyerA.foyer.id, 'CER', 30), // dans 30 jours : comptée
        contrat(foyerA.foyer.id, 'CER', 31),
        contrat(foyerA.foyer.id, 'CER', -1),
        contrat(foyerA.foyer.id, 'CONTRAT_ACCOMPAGNEMENT', 10),
        contrat(foyerB.foyer.id, 'CER', 10),
      ],
    });
  });

  it('le responsable d’EDS voit l’activité de chaque TS de son EDS et les alertes de l’EDS', async () => {
    const tdb = await getTableauDeBord(await acteur(w.monde.agents.responsableA.id));
    expect(tdb?.annee).toBe(new Date().getFullYear());
    expect(tdb?.eds).toHaveLength(1);
    const eds = tdb!.eds[0]!;
    expect(eds.nom).toBe('EDS Alpha');
    expect(eds.travailleursSociaux.map((t) => t.id).sort()).toEqual([w.monde.agents.tsA.id, w.monde.agents.tsA2.id].sort());
    expect(eds.travailleursSociaux.find((t) => t.id === w.monde.agents.tsA.id)).toMatchObject({ fileActive: 1, rdvHonores: 2, rdvNonRenseignes: 1 });
    expect(eds.travailleursSociaux.find((t) => t.id === w.monde.agents.tsA2.id)).toMatchObject({ fileActive: 0, rdvHonores: 0, rdvNonRenseignes: 0 });
    expect(eds.cerAEcheance).toBe(2);
  });

  it('le responsable de territoire voit les EDS de son territoire seulement', async () => {
    const tdb = await getTableauDeBord(await acteur(w.monde.agents.territoire.id));
    expect(tdb?.eds.map((e) => e.nom)).toEqual(['EDS Alpha']);
    expect(JSON.stringify(tdb)).not.toContain(String(w.monde.agents.tsB.nom));
  });

  it.each(['tsA', 'secretaireA', 'direction', 'admin', 'partenaire'] as const)('%s n’a pas de tableau de bord', async (nom) => {
    expect(await getTableauDeBord(await acteur(w.monde.agents[nom].id))).toBeNull();
  });
});

describe('dossiers sans contact depuis 11 mois', () => {
  const compte = async () => (await getTableauDeBord(await acteur(w.monde.agents.responsableA.id)))?.eds[0]?.sansContact;

  it('compte le dossier dont le dernier rendez-vous honoré a plus de 11 mois', async () => {
    // foyer A: opened 400 days ago, one honoured rdv 399 days ago.
    expect(await compte()).toBe(1);
  });

  it('un contact ou un rendez-vous honoré récents le retirent ; un rendez-vous non honoré non', async () => {
    await prisma.rendezVous.create({ data: { foyerId: w.monde.foyerA.foyer.id, agentId: w.monde.agents.tsA.id, debut: ilYA(60), mode: 'TELEPHONE', statut: 'NON_HONORE' } });
    expect(await compte()).toBe(1);
    await prisma.contact.create({ data: { foyerId: w.monde.foyerA.foyer.id, date: new Date(Date.now() - 300 * DAY), canal: 'TELEPHONE' } });
    expect(await compte()).toBe(0);
  });

  it('ne compte ni un dossier ouvert récemment, ni un dossier déjà en veille', async () => {
    await prisma.dossier.update({ where: { foyerId: w.monde.foyerA.foyer.id }, data: { dateOuverture: dateColonne(ajouterJours(jour(), -100)) } });
    expect(await compte()).toBe(0);
    await prisma.dossier.update({ where: { foyerId: w.monde.foyerA.foyer.id }, data: { dateOuverture: w.monde.debut, statut: 'EN_VEILLE' } });
    expect(await compte()).toBe(0);
  });
});
