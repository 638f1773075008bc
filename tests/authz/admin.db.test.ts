import { describe, expect, it } from 'vitest';
import { getAdministration } from '@/features/admin/queries';
import { setupMonde } from '../factories/setup-monde';

const w = setupMonde();
const { prisma, acteur } = w;


describe('administration', () => {
  it('l’administrateur voit les comptes et les listes de référence', async () => {
    const admin = await getAdministration(await acteur(w.monde.agents.admin.id));
    expect(admin?.agents).toHaveLength(Object.keys(w.monde.agents).length);
    expect(admin?.agents.find((a) => a.id === w.monde.agents.tsA.id)).toMatchObject({ role: 'TRAVAILLEUR_SOCIAL', eds: ['EDS Alpha'], actif: true, email: 'agent1@test.local' });
    expect(admin?.agents.find((a) => a.id === w.monde.agents.territoire.id)?.eds).toEqual(['Territoire : Territoire test']);
    expect(admin?.agents.find((a) => a.id === w.monde.agents.partenaire.id)?.structure).toBe('CCAS de Test');
    expect(admin?.domaines).toHaveLength(17);
    expect(admin?.motifsSortie.find((m) => m.code === 'PERDU_DE_VUE')?.classe).toBe('NEGATIVE');
    expect(admin?.dispositifs.find((d) => d.code === 'FUS')).toMatchObject({ montantMin: '10.00', montantMax: '3000.00', plafondFoyer12m: '5000.00' });
    expect(admin?.dispositifs.find((d) => d.code === 'FSL')?.plafondFoyer12m).toBeNull();
  });

  it('ne renvoie ni mot de passe ni donnée d’usager', async () => {
    const json = JSON.stringify(await getAdministration(await acteur(w.monde.agents.admin.id)));
    expect(json).not.toContain('not-a-real-hash');
    expect(json).not.toMatch(/ZORGLUB|QUIRIN/);
  });

  it('la lecture des comptes est journalisée', async () => {
    await getAdministration(await acteur(w.monde.agents.admin.id));
    expect(await prisma.auditLog.count({ where: { objet: 'Agents', acteurId: w.monde.agents.admin.id } })).toBe(1);
  });

  it.each(['tsA', 'secretaireA', 'responsableA', 'territoire', 'direction', 'partenaire'] as const)('%s n’accède pas à l’administration', async (nom) => {
    expect(await getAdministration(await acteur(w.monde.agents[nom].id))).toBeNull();
  });
});
