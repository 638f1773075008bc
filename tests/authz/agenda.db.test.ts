import { beforeEach, describe, expect, it } from 'vitest';
import { getAgenda } from '@/features/agenda/queries';
import { ajouterJours, bornesJour, jourParis, lundiDeSemaine } from '@/features/agenda/regles/calendrier-paris';
import { setupMonde } from '../factories/setup-monde';

const w = setupMonde();
const { prisma, acteur } = w;
const HOUR = 3_600_000;
const aujourdhui = () => jourParis(new Date());
const midi = (jour: string) => new Date(bornesJour(jour).debut.getTime() + 12 * HOUR);
let ids: { aujourdhui: number; passeProgramme: number; autreEds: number; collegue: number; semaineDerniere: number };

beforeEach(async () => {
  const { foyerA, foyerB, agents } = w.monde;
  const rdv = (data: { foyerId: number; agentId: number; debut: Date; statut: 'PROGRAMME' | 'HONORE' }) =>
    prisma.rendezVous.create({ data: { ...data, mode: 'PRESENTIEL' }, select: { id: true } }).then((r) => r.id);
  // Today's rdv are honoured: at noon they would be past after noon, and a past programmed rdv is "à renseigner".
  ids = {
    aujourdhui: await rdv({ foyerId: foyerA.foyer.id, agentId: agents.tsA.id, debut: midi(aujourdhui()), statut: 'HONORE' }),
    passeProgramme: await rdv({ foyerId: foyerA.foyer.id, agentId: agents.tsA.id, debut: midi(ajouterJours(aujourdhui(), -20)), statut: 'PROGRAMME' }),
    // A rdv of TS A with a foyer of EDS B: in her own agenda, never in the secrétaire A's view of it.
    autreEds: await rdv({ foyerId: foyerB.foyer.id, agentId: agents.tsA.id, debut: midi(aujourdhui()), statut: 'HONORE' }),
    collegue: await rdv({ foyerId: foyerA.foyer.id, agentId: agents.tsA2.id, debut: midi(aujourdhui()), statut: 'HONORE' }),
    semaineDerniere: await rdv({ foyerId: foyerA.foyer.id, agentId: agents.tsA.id, debut: midi(ajouterJours(aujourdhui(), -7)), statut: 'HONORE' }),
  };
});

const idsSemaine = (agenda: Awaited<ReturnType<typeof getAgenda>>) => agenda?.jours.flatMap((j) => j.rendezVous.map((r) => r.id)) ?? [];

describe('agenda', () => {
  it('le TS voit sa semaine du lundi au dimanche, rangée par jour, et ses rendez-vous à renseigner', async () => {
    const agenda = await getAgenda(await acteur(w.monde.agents.tsA.id));
    expect(agenda?.agent).toMatchObject({ id: w.monde.agents.tsA.id, soi: true });
    expect(agenda?.lundi).toBe(lundiDeSemaine(aujourdhui()));
    expect(agenda?.jours).toHaveLength(7);
    expect(agenda?.jours.find((j) => j.jour === aujourdhui())?.rendezVous.map((r) => r.id).sort()).toEqual([ids.aujourdhui, ids.autreEds].sort());
    expect(idsSemaine(agenda)).not.toContain(ids.collegue);
    expect(agenda?.aRenseigner.map((r) => r.id)).toEqual([ids.passeProgramme]);
    expect(agenda?.estSemaineCourante).toBe(true);
  });

  it('navigue de semaine en semaine ; une semaine invalide revient à la semaine courante', async () => {
    const a = await acteur(w.monde.agents.tsA.id);
    const precedente = await getAgenda(a, { semaine: ajouterJours(aujourdhui(), -7) });
    expect(idsSemaine(precedente)).toEqual([ids.semaineDerniere]);
    expect(precedente?.estSemaineCourante).toBe(false);
    expect((await getAgenda(a, { semaine: '2026-02-30' }))?.lundi).toBe(lundiDeSemaine(aujourdhui()));
  });

  it('la secrétaire ouvre l’agenda d’un TS de son EDS, sans les foyers hors de son périmètre', async () => {
    const agenda = await getAgenda(await acteur(w.monde.agents.secretaireA.id), { agentId: w.monde.agents.tsA.id });
    expect(agenda?.agent).toMatchObject({ id: w.monde.agents.tsA.id, soi: false });
    expect(idsSemaine(agenda)).toEqual([ids.aujourdhui]);
    expect(JSON.stringify(agenda)).not.toContain('QUIRINBETA');
    expect(agenda?.agendasVisibles.map((c) => c.id).sort()).toEqual([w.monde.agents.tsA.id, w.monde.agents.tsA2.id].sort());
  });

  it('le responsable de territoire ouvre l’agenda d’un TS d’un EDS de son territoire, pas d’un autre', async () => {
    const a = await acteur(w.monde.agents.territoire.id);
    expect(await getAgenda(a, { agentId: w.monde.agents.tsA.id })).not.toBeNull();
    expect(await getAgenda(a, { agentId: w.monde.agents.tsB.id })).toBeNull();
  });

  it('l’agenda d’un TS d’un autre EDS, d’un collègue pour un TS, ou d’un agent inconnu est introuvable', async () => {
    expect(await getAgenda(await acteur(w.monde.agents.secretaireA.id), { agentId: w.monde.agents.tsB.id })).toBeNull();
    expect(await getAgenda(await acteur(w.monde.agents.tsA2.id), { agentId: w.monde.agents.tsA.id })).toBeNull();
    expect(await getAgenda(await acteur(w.monde.agents.secretaireA.id), { agentId: 999_999 })).toBeNull();
  });

  it('un TS ne se voit proposer aucun autre agenda', async () => {
    expect((await getAgenda(await acteur(w.monde.agents.tsA.id)))?.agendasVisibles).toEqual([]);
  });

  it.each(['direction', 'admin', 'partenaire'] as const)('%s n’a pas d’agenda', async (nom) => {
    expect(await getAgenda(await acteur(w.monde.agents[nom].id))).toBeNull();
    expect(await getAgenda(await acteur(w.monde.agents[nom].id), { agentId: w.monde.agents.tsA.id })).toBeNull();
  });

  it('chaque lecture d’agenda est journalisée', async () => {
    await getAgenda(await acteur(w.monde.agents.secretaireA.id), { agentId: w.monde.agents.tsA.id });
    const rows = await prisma.auditLog.findMany({ where: { objet: 'Agenda' } });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ acteurId: w.monde.agents.secretaireA.id, objetId: String(w.monde.agents.tsA.id) });
  });
});
