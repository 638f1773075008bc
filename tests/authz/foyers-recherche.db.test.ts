import { describe, expect, it } from 'vitest';
import { getRechercheFoyers } from '@/features/dossiers/queries';
import { setupMonde } from '../factories/setup-monde';

const w = setupMonde();
const { prisma, acteur } = w;


describe('page de recherche de foyers', () => {
  it.each(['tsA', 'secretaireA', 'responsableA', 'territoire'] as const)('%s trouve les foyers de son périmètre seulement', async (nom) => {
    const a = await acteur(w.monde.agents[nom].id);
    expect((await getRechercheFoyers(a, ' zorglub '))?.resultats?.map((f) => f.id)).toEqual([w.monde.foyerA.foyer.id]);
    expect((await getRechercheFoyers(a, 'quirin'))?.resultats).toEqual([]);
  });

  it('ne cherche pas en dessous de deux caractères, et n’écrit alors rien au journal', async () => {
    expect(await getRechercheFoyers(await acteur(w.monde.agents.tsA.id), 'z')).toEqual({ terme: 'z', resultats: null });
    expect(await prisma.auditLog.count()).toBe(0);
  });

  it('chaque recherche est journalisée avec les foyers listés', async () => {
    await getRechercheFoyers(await acteur(w.monde.agents.tsA.id), 'zorglub');
    const rows = await prisma.auditLog.findMany({ where: { objet: 'RechercheFoyers' } });
    expect(rows[0]?.details).toEqual({ terme: 'zorglub', nombre: 1, foyerIds: [w.monde.foyerA.foyer.id] });
  });

  it.each(['direction', 'admin', 'partenaire'] as const)('%s n’a pas de recherche de foyers', async (nom) => {
    expect(await getRechercheFoyers(await acteur(w.monde.agents[nom].id), 'zorglub')).toBeNull();
  });
});
