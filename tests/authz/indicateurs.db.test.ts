/**
 * Who reads the precomputed indicators (/indicateurs), who recomputes them, and the audited export:
 * the direction reads the département and every EDS; EDS and territory managers their EDS only; other
 * roles nothing (404). Aggregates only: no personal string of the world ever appears.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { jourParis } from '@/features/agenda/regles/calendrier-paris';
import { recalculerIndicateursDefinition } from '@/features/indicateurs/mutations';
import { unsafeRefreshTableauxDeBord } from '@/features/indicateurs/precalcul';
import { getExportIndicateurs, getTableauIndicateurs } from '@/features/indicateurs/queries';
import { runAction } from '@/server/action';
import { setupMonde } from '../factories/setup-monde';

const w = setupMonde();
const { prisma, acteur } = w;
const annee = Number(jourParis(new Date()).slice(0, 4));
const agent = async (nom: keyof typeof w.monde.agents) => acteur(w.monde.agents[nom].id);

describe('lecture des tableaux d’indicateurs', () => {
  beforeEach(async () => {
    await unsafeRefreshTableauxDeBord(prisma, new Date());
  });

  it('la direction lit le département (par défaut), sa population RSA et chaque EDS', async () => {
    const direction = await agent('direction');
    const departement = await getTableauIndicateurs(direction);
    expect(departement).toMatchObject({ annee, peutDepartement: true, peutRecalculer: true, perimetre: { eds: null, rsa: false, libelle: 'Département' } });
    expect(departement?.eds).toEqual([
      { code: 'EDS-A', nom: 'EDS Alpha' },
      { code: 'EDS-B', nom: 'EDS Bêta' },
    ]);
    expect(departement?.anneesProposees).toEqual([annee, annee - 1, annee - 2]);
    expect(departement?.resultat.etat).toBe('calcule');
    if (departement?.resultat.etat !== 'calcule') return;
    expect(departement.resultat.indicateurs).toHaveLength(55);
    expect(departement.resultat.du).toBe(`${annee}-01-01`);
    expect(departement.resultat.au).toBe(jourParis(new Date()));

    for (const eds of ['EDS-A', 'EDS-B']) {
      const t = await getTableauIndicateurs(direction, { eds });
      expect(t?.perimetre.eds?.code).toBe(eds);
      expect(t?.resultat.etat).toBe('calcule');
    }
    expect((await getTableauIndicateurs(direction, { rsa: '1' }))?.perimetre).toMatchObject({ eds: null, rsa: true, libelle: 'Population RSA du département' });
    const precedente = await getTableauIndicateurs(direction, { annee: String(annee - 1), eds: 'EDS-B' });
    expect(precedente?.resultat).toMatchObject({ etat: 'calcule', du: `${annee - 1}-01-01`, au: `${annee - 1}-12-31` });
  });

  it('un ensemble jamais calculé est « absent »', async () => {
    const t = await getTableauIndicateurs(await agent('direction'), { annee: String(annee - 2) });
    expect(t?.resultat).toEqual({ etat: 'absent' });
    expect(t?.enCours).toBe(false);
  });

  it.each(['responsableA', 'territoire'] as const)('%s lit son EDS seulement (par défaut), jamais un autre ni le département', async (nom) => {
    const responsable = await agent(nom);
    const t = await getTableauIndicateurs(responsable);
    expect(t).toMatchObject({ peutDepartement: false, peutRecalculer: true, perimetre: { eds: { code: 'EDS-A' }, rsa: false } });
    expect(t?.eds).toEqual([{ code: 'EDS-A', nom: 'EDS Alpha' }]);
    expect(t?.resultat.etat).toBe('calcule');
    expect(await getTableauIndicateurs(responsable, { eds: 'EDS-B' })).toBeNull();
    expect((await getTableauIndicateurs(responsable, { rsa: '1' }))?.perimetre).toMatchObject({ eds: { code: 'EDS-A' }, rsa: true });
  });

  it.each(['tsA', 'tsB', 'secretaireA', 'secretaireA2', 'admin', 'partenaire'] as const)('%s ne lit aucun tableau', async (nom) => {
    const a = await agent(nom);
    expect(await getTableauIndicateurs(a)).toBeNull();
    expect(await getTableauIndicateurs(a, { eds: 'EDS-A' })).toBeNull();
    expect(await getExportIndicateurs(a, { eds: 'EDS-A' }, 'xlsx')).toBeNull();
  });

  it('un EDS inconnu, une année à venir ou illisible : introuvable', async () => {
    const direction = await agent('direction');
    expect(await getTableauIndicateurs(direction, { eds: 'EDS-Z' })).toBeNull();
    expect(await getTableauIndicateurs(direction, { annee: String(annee + 1) })).toBeNull();
    expect(await getTableauIndicateurs(direction, { annee: 'deux-mille' })).toBeNull();
  });

  it('ne contient aucune donnée personnelle', async () => {
    for (const [nom, eds] of [['direction', ''], ['direction', 'EDS-B'], ['responsableA', '']] as const) {
      const t = await getTableauIndicateurs(await agent(nom), { eds });
      expect(JSON.stringify(t)).not.toMatch(/ZORGLUB|QUIRIN|secret/i);
    }
  });
});

describe('recalculer maintenant', () => {
  const entree = (eds: string, rsa = '') => ({ annee: String(annee), eds, rsa });

  it('la direction recalcule le département : une ligne calculée et une ligne d’audit', async () => {
    const direction = await agent('direction');
    const r = await runAction(recalculerIndicateursDefinition, direction, entree(''));
    expect(r).toMatchObject({ status: 'ok', data: { etat: 'calcule' }, message: 'Indicateurs recalculés.' });
    expect(await prisma.indicateurResultat.count()).toBe(1);
    const audit = await prisma.auditLog.findMany({ select: { acteurId: true, action: true, objet: true, details: true } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ acteurId: direction.id, action: 'MODIFICATION', objet: 'IndicateurResultat', details: { recalcul: 'calcule' } });
    expect((await getTableauIndicateurs(direction))?.resultat.etat).toBe('calcule');
  });

  it('le responsable recalcule son EDS, pas un autre', async () => {
    const responsable = await agent('responsableA');
    expect(await runAction(recalculerIndicateursDefinition, responsable, entree('EDS-A', '1'))).toMatchObject({ status: 'ok' });
    expect(await runAction(recalculerIndicateursDefinition, responsable, entree('EDS-B'))).toMatchObject({ status: 'error', code: 'INTROUVABLE' });
    expect(await runAction(recalculerIndicateursDefinition, responsable, entree(''))).toMatchObject({ status: 'error', code: 'INTROUVABLE' });
    expect(await prisma.indicateurResultat.count()).toBe(1);
    expect(await prisma.auditLog.count()).toBe(1);
  });

  it.each(['tsA', 'secretaireA', 'admin', 'partenaire'] as const)('refusé pour %s : rien n’est écrit', async (nom) => {
    const a = await agent(nom);
    for (const eds of ['', 'EDS-A']) {
      expect(await runAction(recalculerIndicateursDefinition, a, entree(eds))).toMatchObject({ status: 'error', code: 'INTROUVABLE' });
    }
    expect(await prisma.indicateurResultat.count()).toBe(0);
    expect(await prisma.auditLog.count()).toBe(0);
  });

  it('une année invalide est refusée avant tout calcul', async () => {
    const r = await runAction(recalculerIndicateursDefinition, await agent('direction'), { annee: String(annee + 1), eds: '', rsa: '' });
    expect(r).toMatchObject({ status: 'error', code: 'INVALIDE', fieldErrors: { annee: ['Cette année n’est pas encore commencée.'] } });
    expect(await prisma.indicateurResultat.count()).toBe(0);
  });

  it('sans session : rien', async () => {
    expect(await runAction(recalculerIndicateursDefinition, null, entree(''))).toMatchObject({ status: 'error', code: 'NON_CONNECTE' });
    expect(await prisma.indicateurResultat.count()).toBe(0);
  });
});

describe('export', () => {
  it('la direction télécharge le xlsx et le csv d’un EDS : chaque export est journalisé', async () => {
    const direction = await agent('direction');
    expect(await getExportIndicateurs(direction, { eds: 'EDS-A' }, 'xlsx')).toBeNull(); // not computed yet
    expect(await prisma.auditLog.count()).toBe(0);
    await unsafeRefreshTableauxDeBord(prisma, new Date());

    const xlsx = await getExportIndicateurs(direction, { eds: 'EDS-A' }, 'xlsx');
    expect(xlsx?.nomFichier).toBe(`indicateurs-EDS-A-${annee}-01-01-${jourParis(new Date())}.xlsx`);
    expect(Buffer.from(xlsx!.contenu.subarray(0, 2)).toString('latin1')).toBe('PK');
    const csv = await getExportIndicateurs(direction, { eds: 'EDS-A' }, 'csv');
    expect(csv?.typeMime).toBe('text/csv; charset=utf-8');
    expect(csv!.contenu.length).toBeGreaterThan(0);

    const audit = await prisma.auditLog.findMany({ orderBy: { id: 'asc' }, select: { acteurId: true, action: true, objet: true, details: true } });
    expect(audit).toEqual([
      expect.objectContaining({ acteurId: direction.id, action: 'EXPORT', objet: 'Indicateurs', details: expect.objectContaining({ format: 'xlsx' }) }),
      expect.objectContaining({ acteurId: direction.id, action: 'EXPORT', objet: 'Indicateurs', details: expect.objectContaining({ format: 'csv' }) }),
    ]);
  });

  it('hors périmètre ou format inconnu : introuvable et rien de journalisé', async () => {
    await unsafeRefreshTableauxDeBord(prisma, new Date());
    expect(await getExportIndicateurs(await agent('responsableA'), { eds: 'EDS-B' }, 'xlsx')).toBeNull();
    expect(await getExportIndicateurs(await agent('responsableA'), {}, 'pdf')).toBeNull();
    expect(await prisma.auditLog.count()).toBe(0);
  });
});
