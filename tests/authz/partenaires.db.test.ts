import { describe, expect, it } from 'vitest';
import { ajouterJours, dateColonne, jourParis } from '@/features/agenda/regles/calendrier-paris';
import { getPersonnesOrientees } from '@/features/partenaires/queries';
import { setupMonde } from '../factories/setup-monde';

const w = setupMonde();
const { prisma, acteur } = w;
const jour = (n: number) => dateColonne(ajouterJours(jourParis(new Date()), n));


describe('personnes orientées vers la structure du partenaire', () => {
  it('liste les personnes orientées aujourd’hui vers sa structure, avec leur foyer', async () => {
    const a = await acteur(w.monde.agents.partenaire.id);
    expect((await getPersonnesOrientees(a))?.personnes).toEqual([]);
    await prisma.orientationRsaPersonne.create({
      data: { personneId: w.monde.foyerA.personne.id, debut: jour(-30), orientation: 'SOCIALE_PARTENAIRE', structureId: w.monde.structure.id },
    });
    const liste = await getPersonnesOrientees(a);
    expect(liste?.structure).toBe('CCAS de Test');
    expect(liste?.personnes).toEqual([
      {
        personneId: w.monde.foyerA.personne.id,
        nom: 'ZORGLUBALPHA',
        prenom: 'PrenomZORGLUBALPHA',
        dateNaissance: new Date('1980-05-01'),
        orientation: 'SOCIALE_PARTENAIRE',
        depuis: jour(-30),
        foyerId: w.monde.foyerA.foyer.id,
      },
    ]);
  });

  it('exclut les orientations terminées, à venir ou vers une autre structure', async () => {
    const autre = await prisma.structurePartenaire.create({ data: { code: 'ASSO-2', nom: 'Autre association', type: 'ASSOCIATION' } });
    await prisma.orientationRsaPersonne.createMany({
      data: [
        { personneId: w.monde.foyerA.personne.id, debut: jour(-60), fin: jour(-1), orientation: 'SOCIALE_PARTENAIRE', structureId: w.monde.structure.id },
        { personneId: w.monde.foyerA.personne.id, debut: jour(5), orientation: 'SOCIALE_PARTENAIRE', structureId: w.monde.structure.id },
        { personneId: w.monde.foyerB.personne.id, debut: jour(-60), orientation: 'SOCIALE_PARTENAIRE', structureId: autre.id },
      ],
    });
    expect((await getPersonnesOrientees(await acteur(w.monde.agents.partenaire.id)))?.personnes).toEqual([]);
  });

  it('un partenaire sans structure ne voit personne', async () => {
    await prisma.orientationRsaPersonne.create({ data: { personneId: w.monde.foyerA.personne.id, debut: jour(-30), orientation: 'SOCIALE_PARTENAIRE', structureId: w.monde.structure.id } });
    await prisma.agent.update({ where: { id: w.monde.agents.partenaire.id }, data: { structureId: null } });
    expect(await getPersonnesOrientees(await acteur(w.monde.agents.partenaire.id))).toMatchObject({ structure: null, personnes: [] });
  });

  it('la lecture est journalisée avec les personnes listées', async () => {
    await prisma.orientationRsaPersonne.create({ data: { personneId: w.monde.foyerA.personne.id, debut: jour(-30), orientation: 'SOCIALE_PARTENAIRE', structureId: w.monde.structure.id } });
    await getPersonnesOrientees(await acteur(w.monde.agents.partenaire.id));
    const rows = await prisma.auditLog.findMany({ where: { objet: 'PersonnesOrientees' } });
    expect(rows[0]?.details).toEqual({ nombre: 1, page: 1, personneIds: [w.monde.foyerA.personne.id] });
  });

  it.each(['tsA', 'secretaireA', 'responsableA', 'territoire', 'direction', 'admin'] as const)('%s n’a pas cette liste', async (nom) => {
    expect(await getPersonnesOrientees(await acteur(w.monde.agents[nom].id))).toBeNull();
  });
});
