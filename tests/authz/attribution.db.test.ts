import { beforeEach, describe, expect, it } from 'vitest';
import { attribuerNouveauDossier } from '@/features/attribution/attribuer';
import {
  addZoneDefinition,
  attribuerDossierDefinition,
  createRegulationDefinition,
  createSecteurDefinition,
  removeZoneDefinition,
  updateParametresEdsDefinition,
  updateSecteurDefinition,
} from '@/features/attribution/mutations';
import { getAttributionPage, getHistoriqueDossier, getRegulationPage, getSecteursPage } from '@/features/attribution/queries';
import { jourParis } from '@/features/agenda/regles/calendrier-paris';
import { runAction } from '@/server/action';
import { setupMonde } from '../factories/setup-monde';
import { today } from '../factories/monde';

const w = setupMonde();
const { prisma, acteur } = w;
const DAY = 86_400_000;

/** Valbourg (99101, EDS A) is split: Jean-Jaurès to secteur Nord (tsA), the rest to secteur Sud (tsA2); Fontclaire (99103) is vacant. */
let s: { nord: number; sud: number; vacant: number };
let responsableA2: number;
let responsableB: number;

beforeEach(async () => {
  const { edsA, edsB, agents, debut } = w.monde;
  await prisma.commune.createMany({
    data: [
      { code: '99101', nom: 'Valbourg', edsId: edsA.id },
      { code: '99103', nom: 'Fontclaire', edsId: edsA.id },
      { code: '99201', nom: 'Bellerive', edsId: edsB.id },
    ],
  });
  const secteur = (nom: string, agentId: number | null, zones: { communeCode: string; voie?: string }[]) =>
    prisma.secteur.create({ data: { edsId: edsA.id, nom, agentId, zones: { create: zones.map((z) => ({ communeCode: z.communeCode, voie: z.voie ?? null })) } }, select: { id: true } });
  s = {
    nord: (await secteur('Nord', agents.tsA.id, [{ communeCode: '99101', voie: 'AVENUE JEAN JAURES' }])).id,
    sud: (await secteur('Sud', agents.tsA2.id, [{ communeCode: '99101' }])).id,
    vacant: (await secteur('Fontclaire', null, [{ communeCode: '99103' }])).id,
  };
  const responsable = (edsId: number, email: string) =>
    prisma.agent.create({ data: { nom: 'Resp', prenom: email, email, role: 'RESPONSABLE_EDS', passwordHash: 'x', affectations: { create: { edsId, debut, quotite: 1 } } }, select: { id: true } });
  responsableA2 = (await responsable(edsA.id, 'resp-a2@test.local')).id;
  responsableB = (await responsable(edsB.id, 'resp-b@test.local')).id;
});

/** A new foyer of EDS A with no référent, assigned as the accueil would at creation. */
async function nouveauDossier(communeCode: string | null, adresse: string | null, edsId = w.monde.edsA.id) {
  const foyer = await prisma.foyer.create({
    data: {
      communeCode,
      adresse,
      appartenances: { create: { role: 'REFERENCE', debut: today(), personne: { create: { nom: 'NOUVEAUFOYER', prenom: 'Test', dateNaissance: new Date('1990-01-01'), sexe: 'M' } } } },
      dossier: { create: { edsId, dateOuverture: today() } },
    },
    select: { id: true, dossier: { select: { id: true } } },
  });
  const dossierId = foyer.dossier!.id;
  const resultat = await prisma.$transaction((tx) => attribuerNouveauDossier(tx, dossierId, w.monde.agents.secretaireA.id));
  return { foyerId: foyer.id, dossierId, resultat };
}

const lignes = (dossierId: number) => prisma.attributionDossier.findMany({ where: { dossierId }, orderBy: { id: 'asc' } });
const referent = async (dossierId: number) => (await prisma.dossier.findUniqueOrThrow({ where: { id: dossierId } })).referentId;

describe('attribuerNouveauDossier, mode secteur', () => {
  it('propose la rue d’une commune découpée à son TS, quelle que soit l’écriture, et date l’attribution', async () => {
    const { dossierId, resultat } = await nouveauDossier('99101', '12 bis, av. Jean-Jaurès');
    expect(resultat).toEqual({ agentId: w.monde.agents.tsA.id });
    expect(await lignes(dossierId)).toMatchObject([{ agentId: w.monde.agents.tsA.id, origine: 'SECTEUR', fin: null, decideParId: w.monde.agents.secretaireA.id, motif: 'Nord.' }]);
    expect(await referent(dossierId)).toBe(w.monde.agents.tsA.id);
  });

  it('une rue non listée va au secteur de la commune entière', async () => {
    const { dossierId, resultat } = await nouveauDossier('99101', '3 rue des Tilleuls');
    expect(resultat.agentId).toBe(w.monde.agents.tsA2.id);
    expect(await referent(dossierId)).toBe(w.monde.agents.tsA2.id);
  });

  it('un secteur vacant ou une commune hors secteur : file « à attribuer », sans référent, avec le motif', async () => {
    const vacant = await nouveauDossier('99103', '1 rue du Moulin');
    expect(vacant.resultat.agentId).toBeNull();
    expect(await lignes(vacant.dossierId)).toMatchObject([{ agentId: null, origine: 'SECTEUR', fin: null, motif: 'Fontclaire : secteur vacant.' }]);
    expect(await referent(vacant.dossierId)).toBeNull();
    const sansCommune = await nouveauDossier(null, null);
    expect(await lignes(sansCommune.dossierId)).toMatchObject([{ agentId: null, motif: 'Aucun secteur ne couvre l’adresse du foyer.' }]);
  });

  it('un TS qui a atteint le seuil de l’EDS : file « à attribuer »', async () => {
    // tsA sees foyer A (an honoured rdv 10 days ago): file active 1 for 1 ETPT, at a threshold of 1.
    await prisma.rendezVous.create({ data: { foyerId: w.monde.foyerA.foyer.id, agentId: w.monde.agents.tsA.id, debut: new Date(Date.now() - 10 * DAY), mode: 'PRESENTIEL', statut: 'HONORE' } });
    await prisma.eds.update({ where: { id: w.monde.edsA.id }, data: { seuilFileActive: 1 } });
    const { dossierId, resultat } = await nouveauDossier('99101', '5 avenue Jean Jaurès');
    expect(resultat.agentId).toBeNull();
    expect((await lignes(dossierId))[0]?.motif).toContain('a atteint le seuil de charge (1 foyers par ETPT pour un seuil de 1)');
    // Raised threshold: the TS takes it again.
    await prisma.eds.update({ where: { id: w.monde.edsA.id }, data: { seuilFileActive: 2 } });
    expect((await nouveauDossier('99101', '5 avenue Jean Jaurès')).resultat.agentId).toBe(w.monde.agents.tsA.id);
  });

  it('un TS du secteur qui n’est plus en poste dans l’EDS : file « à attribuer »', async () => {
    await prisma.secteur.update({ where: { id: s.nord }, data: { agentId: w.monde.agents.tsB.id } });
    const { resultat, dossierId } = await nouveauDossier('99101', '5 avenue Jean Jaurès');
    expect(resultat.agentId).toBeNull();
    expect((await lignes(dossierId))[0]?.motif).toContain('n’est pas en poste dans l’EDS');
  });
});

describe('attribuerNouveauDossier, mode régulation', () => {
  it('tout nouveau dossier attend la réunion, même avec un TS de secteur disponible', async () => {
    await prisma.eds.update({ where: { id: w.monde.edsA.id }, data: { modeAttribution: 'REGULATION' } });
    const { dossierId, resultat } = await nouveauDossier('99101', '12 avenue Jean-Jaurès');
    expect(resultat.agentId).toBeNull();
    expect(await lignes(dossierId)).toMatchObject([{ agentId: null, origine: 'REGULATION', fin: null, motif: 'En attente de la réunion de régulation.' }]);
  });
});

describe('attribuer un dossier de la file', () => {
  it('le responsable de l’EDS l’attribue : ancienne ligne close, nouvelle ligne datée, référent, audit', async () => {
    const { dossierId, foyerId } = await nouveauDossier('99103', null);
    const [enFile] = await lignes(dossierId);
    const r = await runAction(attribuerDossierDefinition, await acteur(w.monde.agents.responsableA.id), {
      dossierId: String(dossierId),
      agentId: String(w.monde.agents.tsA2.id),
      courant: String(enFile!.id),
      motif: 'Connaît déjà la famille',
    });
    expect(r).toMatchObject({ status: 'ok', data: { dossierId } });
    const historique = await lignes(dossierId);
    expect(historique).toHaveLength(2);
    expect(historique[0]!.fin).not.toBeNull();
    expect(historique[0]!.fin!.getTime()).toBeGreaterThanOrEqual(historique[0]!.debut.getTime());
    expect(historique[1]).toMatchObject({ agentId: w.monde.agents.tsA2.id, origine: 'MANUELLE', fin: null, decideParId: w.monde.agents.responsableA.id, motif: 'Connaît déjà la famille' });
    expect(await referent(dossierId)).toBe(w.monde.agents.tsA2.id);
    expect(await prisma.auditLog.findFirst({ where: { objet: 'AttributionDossier', action: 'MODIFICATION' } })).toMatchObject({ acteurId: w.monde.agents.responsableA.id, foyerId });
    // Out of the queue now.
    const page = await getAttributionPage(await acteur(w.monde.agents.responsableA.id), '');
    expect(page?.file.map((f) => f.dossierId)).not.toContain(dossierId);
  });

  it('un dossier de démonstration sans historique : son référent est l’attribution courante, sans échec', async () => {
    const dossier = await prisma.dossier.findUniqueOrThrow({ where: { foyerId: w.monde.foyerA.foyer.id } });
    const historique = await getHistoriqueDossier(await acteur(w.monde.agents.responsableA.id), dossier.id);
    expect(historique).toMatchObject({ courant: 0, lignes: [{ id: null, agent: `${w.monde.agents.tsA.prenom} ${w.monde.agents.tsA.nom}`, origine: null }] });
    const a = await acteur(w.monde.agents.responsableA.id);
    expect(await runAction(attribuerDossierDefinition, a, { dossierId: String(dossier.id), agentId: String(w.monde.agents.tsA.id), courant: '0' })).toMatchObject({
      code: 'INVALIDE',
      fieldErrors: { agentId: ['Ce dossier est déjà attribué à ce travailleur social.'] },
    });
    expect(await runAction(attribuerDossierDefinition, a, { dossierId: String(dossier.id), agentId: String(w.monde.agents.tsA2.id), courant: '0' })).toMatchObject({ status: 'ok' });
    expect(await lignes(dossier.id)).toMatchObject([{ agentId: w.monde.agents.tsA2.id, origine: 'MANUELLE', fin: null }]);
    expect(await referent(dossier.id)).toBe(w.monde.agents.tsA2.id);
  });

  it('un formulaire périmé (quelqu’un a attribué entre-temps) : conflit, rien n’est écrit', async () => {
    const { dossierId } = await nouveauDossier('99103', null);
    const [enFile] = await lignes(dossierId);
    const a = await acteur(w.monde.agents.responsableA.id);
    expect((await runAction(attribuerDossierDefinition, a, { dossierId: String(dossierId), agentId: String(w.monde.agents.tsA.id), courant: String(enFile!.id) })).status).toBe('ok');
    const audits = await prisma.auditLog.count();
    const r = await runAction(attribuerDossierDefinition, a, { dossierId: String(dossierId), agentId: String(w.monde.agents.tsA2.id), courant: String(enFile!.id) });
    expect(r).toMatchObject({ status: 'error', code: 'CONFLIT' });
    expect(await lignes(dossierId)).toHaveLength(2);
    expect(await referent(dossierId)).toBe(w.monde.agents.tsA.id);
    expect(await prisma.auditLog.count()).toBe(audits);
  });

  it('deux responsables attribuent le même dossier au même instant : un seul réussit, l’autre est prévenu', async () => {
    const { dossierId } = await nouveauDossier('99103', null);
    const [enFile] = await lignes(dossierId);
    const [r1, r2] = await Promise.all([
      runAction(attribuerDossierDefinition, await acteur(w.monde.agents.responsableA.id), { dossierId: String(dossierId), agentId: String(w.monde.agents.tsA.id), courant: String(enFile!.id) }),
      runAction(attribuerDossierDefinition, await acteur(responsableA2), { dossierId: String(dossierId), agentId: String(w.monde.agents.tsA2.id), courant: String(enFile!.id) }),
    ]);
    expect([r1.status, r2.status].sort()).toEqual(['error', 'ok']);
    expect([r1, r2].find((r) => r.status === 'error')).toMatchObject({ code: 'CONFLIT', message: expect.stringContaining('attribué par quelqu’un d’autre') });
    expect(await prisma.attributionDossier.count({ where: { dossierId, fin: null } })).toBe(1);
  });

  it('même course sur un dossier sans historique : l’index « une ligne courante » arrête le second', async () => {
    const dossier = await prisma.dossier.findUniqueOrThrow({ where: { foyerId: w.monde.foyerA.foyer.id } });
    const [r1, r2] = await Promise.all([
      runAction(attribuerDossierDefinition, await acteur(w.monde.agents.responsableA.id), { dossierId: String(dossier.id), agentId: String(w.monde.agents.tsA2.id), courant: '0' }),
      runAction(attribuerDossierDefinition, await acteur(responsableA2), { dossierId: String(dossier.id), agentId: String(w.monde.agents.tsA2.id), courant: '0' }),
    ]);
    expect([r1.status, r2.status].sort()).toEqual(['error', 'ok']);
    expect([r1, r2].find((r) => r.status === 'error')).toMatchObject({ code: 'CONFLIT' });
    expect(await prisma.attributionDossier.count({ where: { dossierId: dossier.id } })).toBe(1);
  });

  it('à un TS qui n’est pas en poste dans l’EDS : message au champ, rien n’est écrit', async () => {
    const { dossierId } = await nouveauDossier('99103', null);
    const [enFile] = await lignes(dossierId);
    const r = await runAction(attribuerDossierDefinition, await acteur(w.monde.agents.responsableA.id), { dossierId: String(dossierId), agentId: String(w.monde.agents.tsB.id), courant: String(enFile!.id) });
    expect(r).toMatchObject({ code: 'INVALIDE', fieldErrors: { agentId: ['Choisissez un travailleur social en poste dans l’EDS.'] } });
    expect(await lignes(dossierId)).toHaveLength(1);
  });

  it.each(['tsA', 'secretaireA', 'territoire', 'direction', 'admin', 'partenaire', 'tsB'] as const)('%s : introuvable, rien n’est écrit', async (nom) => {
    const { dossierId } = await nouveauDossier('99103', null);
    const [enFile] = await lignes(dossierId);
    const r = await runAction(attribuerDossierDefinition, await acteur(w.monde.agents[nom].id), { dossierId: String(dossierId), agentId: String(w.monde.agents.tsA.id), courant: String(enFile!.id) });
    expect(r).toMatchObject({ status: 'error', code: 'INTROUVABLE' });
    expect(await lignes(dossierId)).toHaveLength(1);
  });

  it('le responsable d’un autre EDS : introuvable', async () => {
    const { dossierId } = await nouveauDossier('99103', null);
    const [enFile] = await lignes(dossierId);
    const r = await runAction(attribuerDossierDefinition, await acteur(responsableB), { dossierId: String(dossierId), agentId: String(w.monde.agents.tsA.id), courant: String(enFile!.id) });
    expect(r).toMatchObject({ code: 'INTROUVABLE' });
  });
});

describe('lectures : file, secteurs, réunions, historique', () => {
  it('le responsable voit la file de son EDS (commune, attente, motif) et la charge de ses TS ; lecture journalisée', async () => {
    const { dossierId } = await nouveauDossier('99103', '1 rue du Moulin');
    const page = await getAttributionPage(await acteur(w.monde.agents.responsableA.id), '');
    expect(page).toMatchObject({ eds: { id: w.monde.edsA.id, mode: 'SECTEUR' }, gerer: true });
    expect(page?.file).toMatchObject([{ dossierId, commune: 'Fontclaire', nomReference: 'NOUVEAUFOYER Test', joursAttente: 0, motif: 'Fontclaire : secteur vacant.' }]);
    expect(page?.ts.map((t) => t.agentId).sort()).toEqual([w.monde.agents.tsA.id, w.monde.agents.tsA2.id].sort());
    expect(page?.ts[0]).toMatchObject({ etpt: 1, fileActive: 0, auDessus: false });
    expect(await prisma.auditLog.count({ where: { objet: 'FileAttribution', action: 'LECTURE' } })).toBe(1);
  });

  it('un dossier sans historique ni référent est dans la file', async () => {
    const foyer = await prisma.foyer.create({ data: { communeCode: '99101', dossier: { create: { edsId: w.monde.edsA.id, dateOuverture: today() } } }, select: { dossier: { select: { id: true } } } });
    const page = await getAttributionPage(await acteur(w.monde.agents.responsableA.id), '');
    expect(page?.file).toMatchObject([{ dossierId: foyer.dossier!.id, courant: 0, commune: 'Valbourg' }]);
  });

  it('le responsable de territoire lit les pages de ses EDS sans pouvoir gérer', async () => {
    await nouveauDossier('99103', null);
    const a = await acteur(w.monde.agents.territoire.id);
    expect(await getAttributionPage(a, String(w.monde.edsA.id))).toMatchObject({ gerer: false, file: [{ commune: 'Fontclaire' }] });
    expect(await getSecteursPage(a, '')).toMatchObject({ gerer: false });
    expect(await getRegulationPage(a, '')).toMatchObject({ gerer: false });
  });

  it.each(['tsA', 'secretaireA', 'direction', 'admin', 'partenaire'] as const)('%s : aucune page d’attribution', async (nom) => {
    const a = await acteur(w.monde.agents[nom].id);
    expect(await getAttributionPage(a, '')).toBeNull();
    expect(await getSecteursPage(a, '')).toBeNull();
    expect(await getRegulationPage(a, '')).toBeNull();
    const dossier = await prisma.dossier.findUniqueOrThrow({ where: { foyerId: w.monde.foyerA.foyer.id } });
    expect(await getHistoriqueDossier(a, dossier.id)).toBeNull();
  });

  it('le responsable d’un autre EDS : l’EDS A et ses dossiers sont introuvables', async () => {
    const a = await acteur(responsableB);
    expect(await getAttributionPage(a, String(w.monde.edsA.id))).toBeNull();
    expect(await getSecteursPage(a, String(w.monde.edsA.id))).toBeNull();
    expect(await getRegulationPage(a, String(w.monde.edsA.id))).toBeNull();
    const dossier = await prisma.dossier.findUniqueOrThrow({ where: { foyerId: w.monde.foyerA.foyer.id } });
    expect(await getHistoriqueDossier(a, dossier.id)).toBeNull();
    expect(await getAttributionPage(a, 'abc')).toBeNull();
    // Their own EDS only.
    expect(await getAttributionPage(a, '')).toMatchObject({ eds: { id: w.monde.edsB.id } });
    expect(JSON.stringify(await getAttributionPage(a, ''))).not.toContain('ZORGLUBALPHA');
  });

  it('les secteurs : zones par commune, TS en poste, communes sans secteur entier', async () => {
    const page = await getSecteursPage(await acteur(w.monde.agents.responsableA.id), '');
    expect(page?.secteurs.map((x) => x.nom)).toEqual(['Fontclaire', 'Nord', 'Sud']);
    expect(page?.secteurs.find((x) => x.nom === 'Nord')).toMatchObject({ agentEnPoste: true, zones: [{ commune: 'Valbourg', voie: 'AVENUE JEAN JAURES' }] });
    expect(page?.communesSansSecteur).toEqual([]);
    expect(page?.communes.map((c) => c.code)).toEqual(['99103', '99101']);
  });
});

describe('secteurs et paramètres de l’EDS', () => {
  const resp = () => acteur(w.monde.agents.responsableA.id);
  const version = async (id: number) => (await prisma.secteur.findUniqueOrThrow({ where: { id } })).version;

  it('crée un secteur ; un nom déjà pris : message au champ', async () => {
    expect(await runAction(createSecteurDefinition, await resp(), { edsId: String(w.monde.edsA.id), nom: 'Est' })).toMatchObject({ status: 'ok' });
    expect(await runAction(createSecteurDefinition, await resp(), { edsId: String(w.monde.edsA.id), nom: 'Est' })).toMatchObject({
      code: 'INVALIDE',
      fieldErrors: { nom: ['Un secteur de cet EDS porte déjà ce nom.'] },
    });
    expect(await runAction(createSecteurDefinition, await resp(), { edsId: String(w.monde.edsA.id), nom: '  ' })).toMatchObject({ code: 'INVALIDE', fieldErrors: { nom: ['Donnez un nom au secteur.'] } });
  });

  it('renomme et pourvoit un secteur ; une version périmée : conflit', async () => {
    const v = await version(s.vacant);
    expect(await runAction(updateSecteurDefinition, await resp(), { secteurId: String(s.vacant), version: String(v), nom: 'Fontclaire et hameaux', agentId: String(w.monde.agents.tsA.id) })).toMatchObject({ status: 'ok' });
    expect(await prisma.secteur.findUniqueOrThrow({ where: { id: s.vacant } })).toMatchObject({ nom: 'Fontclaire et hameaux', agentId: w.monde.agents.tsA.id, version: v + 1 });
    expect(await runAction(updateSecteurDefinition, await resp(), { secteurId: String(s.vacant), version: String(v), nom: 'Autre', agentId: '' })).toMatchObject({ code: 'CONFLIT' });
    expect(await runAction(updateSecteurDefinition, await resp(), { secteurId: String(s.vacant), version: String(v + 1), nom: 'X', agentId: String(w.monde.agents.tsB.id) })).toMatchObject({
      code: 'INVALIDE',
      fieldErrors: { agentId: ['Choisissez un travailleur social en poste dans l’EDS.'] },
    });
  });

  it('ajoute une rue normalisée, refuse un doublon et une commune d’un autre EDS, retire une zone', async () => {
    const a = await resp();
    const r = await runAction(addZoneDefinition, a, { secteurId: String(s.nord), version: String(await version(s.nord)), communeCode: '99101', type: 'VOIE', voie: 'r. de la République' });
    expect(r).toMatchObject({ status: 'ok' });
    expect(await prisma.secteurZone.findFirst({ where: { secteurId: s.nord, voie: 'RUE DE LA REPUBLIQUE' } })).not.toBeNull();
    expect(await runAction(addZoneDefinition, a, { secteurId: String(s.sud), version: String(await version(s.sud)), communeCode: '99101', type: 'VOIE', voie: 'Rue de la République' })).toMatchObject({
      code: 'INVALIDE',
      fieldErrors: { voie: ['Cette zone appartient déjà au secteur « Nord ».'] },
    });
    expect(await runAction(addZoneDefinition, a, { secteurId: String(s.sud), version: String(await version(s.sud)), communeCode: '99201', type: 'COMMUNE' })).toMatchObject({
      fieldErrors: { communeCode: ['Choisissez une commune de l’EDS.'] },
    });
    expect(await runAction(addZoneDefinition, a, { secteurId: String(s.sud), version: String(await version(s.sud)), communeCode: '99101', type: 'IRIS', iris: '991020101' })).toMatchObject({
      fieldErrors: { iris: ['Le code IRIS a 9 caractères et commence par le code de la commune.'] },
    });
    expect(await runAction(addZoneDefinition, a, { secteurId: String(s.sud), version: String(await version(s.sud)), communeCode: '99101', type: 'VOIE', voie: '12' })).toMatchObject({
      fieldErrors: { voie: ['Saisissez le nom de la rue, par exemple « avenue Jean-Jaurès ».'] },
    });
    const zone = await prisma.secteurZone.findFirstOrThrow({ where: { secteurId: s.nord, voie: 'RUE DE LA REPUBLIQUE' } });
    expect(await runAction(removeZoneDefinition, a, { zoneId: String(zone.id), secteurId: String(s.nord), version: '1' })).toMatchObject({ code: 'CONFLIT' });
    expect(await runAction(removeZoneDefinition, a, { zoneId: String(zone.id), secteurId: String(s.nord), version: String(await version(s.nord)) })).toMatchObject({ status: 'ok' });
    expect(await prisma.secteurZone.count({ where: { id: zone.id } })).toBe(0);
  });

  it('le mode et le seuil de l’EDS, avec contrôle de version', async () => {
    const a = await resp();
    const ok = await runAction(updateParametresEdsDefinition, a, { edsId: String(w.monde.edsA.id), version: '1', mode: 'REGULATION', seuil: '90' });
    expect(ok).toMatchObject({ status: 'ok' });
    expect(await prisma.eds.findUniqueOrThrow({ where: { id: w.monde.edsA.id } })).toMatchObject({ modeAttribution: 'REGULATION', seuilFileActive: 90, version: 2 });
    expect(await runAction(updateParametresEdsDefinition, a, { edsId: String(w.monde.edsA.id), version: '1', mode: 'SECTEUR', seuil: '' })).toMatchObject({ code: 'CONFLIT' });
    expect(await runAction(updateParametresEdsDefinition, a, { edsId: String(w.monde.edsA.id), version: '2', mode: 'SECTEUR', seuil: '0' })).toMatchObject({
      code: 'INVALIDE',
      fieldErrors: { seuil: ['Le seuil est d’au moins 1 foyer par ETPT.'] },
    });
    expect(await runAction(updateParametresEdsDefinition, a, { edsId: String(w.monde.edsA.id), version: '2', mode: 'SECTEUR', seuil: '' })).toMatchObject({ status: 'ok' });
    expect(await prisma.eds.findUniqueOrThrow({ where: { id: w.monde.edsA.id } })).toMatchObject({ modeAttribution: 'SECTEUR', seuilFileActive: null });
  });

  it.each(['territoire', 'tsA', 'secretaireA'] as const)('%s ne gère ni secteurs ni paramètres', async (nom) => {
    const a = await acteur(w.monde.agents[nom].id);
    expect(await runAction(createSecteurDefinition, a, { edsId: String(w.monde.edsA.id), nom: 'Est' })).toMatchObject({ code: 'INTROUVABLE' });
    expect(await runAction(updateParametresEdsDefinition, a, { edsId: String(w.monde.edsA.id), version: '1', mode: 'REGULATION', seuil: '' })).toMatchObject({ code: 'INTROUVABLE' });
    expect(await runAction(addZoneDefinition, a, { secteurId: String(s.sud), version: '1', communeCode: '99103', type: 'COMMUNE' })).toMatchObject({ code: 'INTROUVABLE' });
  });

  it('le responsable d’un autre EDS ne touche pas aux secteurs de l’EDS A', async () => {
    const a = await acteur(responsableB);
    expect(await runAction(updateSecteurDefinition, a, { secteurId: String(s.nord), version: '1', nom: 'Pris', agentId: '' })).toMatchObject({ code: 'INTROUVABLE' });
    expect(await prisma.secteur.findUniqueOrThrow({ where: { id: s.nord } })).toMatchObject({ nom: 'Nord' });
  });
});

describe('réunion de régulation', () => {
  const jour = () => jourParis(new Date());

  it('enregistre la réunion et ses décisions en une transaction : lignes REGULATION liées, référents', async () => {
    await prisma.eds.update({ where: { id: w.monde.edsA.id }, data: { modeAttribution: 'REGULATION' } });
    const d1 = await nouveauDossier('99101', '1 rue du Moulin');
    const d2 = await nouveauDossier('99103', null);
    const d3 = await nouveauDossier('99103', null);
    const [l1] = await lignes(d1.dossierId);
    const [l2] = await lignes(d2.dossierId);
    const { agents } = w.monde;
    const r = await runAction(createRegulationDefinition, await acteur(agents.responsableA.id), {
      edsId: String(w.monde.edsA.id),
      date: jour(),
      [`participant-${agents.tsA.id}`]: 'on',
      [`participant-${agents.tsA2.id}`]: 'on',
      [`participant-${agents.responsableA.id}`]: 'on',
      [`decision-${d1.dossierId}`]: String(agents.tsA.id),
      [`courant-${d1.dossierId}`]: String(l1!.id),
      [`decision-${d2.dossierId}`]: String(agents.tsA2.id),
      [`courant-${d2.dossierId}`]: String(l2!.id),
      [`decision-${d3.dossierId}`]: '',
    });
    expect(r).toMatchObject({ status: 'ok', data: { decisions: 2 } });
    const reunion = await prisma.regulation.findFirstOrThrow();
    expect(reunion.participants.split(', ')).toHaveLength(3);
    expect(await lignes(d1.dossierId)).toMatchObject([{ fin: expect.any(Date) }, { agentId: agents.tsA.id, origine: 'REGULATION', regulationId: reunion.id, fin: null }]);
    expect(await referent(d2.dossierId)).toBe(agents.tsA2.id);
    // The undecided dossier waits for the next meeting.
    expect(await lignes(d3.dossierId)).toMatchObject([{ agentId: null, fin: null }]);
    const page = await getRegulationPage(await acteur(agents.responsableA.id), '');
    expect(page?.file.map((f) => f.dossierId)).toEqual([d3.dossierId]);
    expect(page?.reunions[0]?.decisions.map((d) => d.dossierId).sort()).toEqual([d1.dossierId, d2.dossierId].sort());
  });

  it('un conflit sur une décision annule toute la réunion', async () => {
    const d1 = await nouveauDossier('99103', null);
    const d2 = await nouveauDossier('99103', null);
    const [l1] = await lignes(d1.dossierId);
    const { agents } = w.monde;
    const r = await runAction(createRegulationDefinition, await acteur(agents.responsableA.id), {
      edsId: String(w.monde.edsA.id),
      date: jour(),
      [`participant-${agents.tsA.id}`]: 'on',
      [`decision-${d1.dossierId}`]: String(agents.tsA.id),
      [`courant-${d1.dossierId}`]: String(l1!.id),
      [`decision-${d2.dossierId}`]: String(agents.tsA.id),
      [`courant-${d2.dossierId}`]: '0',
    });
    expect(r).toMatchObject({ code: 'CONFLIT' });
    expect(await prisma.regulation.count()).toBe(0);
    expect(await lignes(d1.dossierId)).toHaveLength(1);
  });

  it('saisie invalide : message au champ, rien n’est écrit', async () => {
    const d1 = await nouveauDossier('99103', null);
    const { agents } = w.monde;
    const a = await acteur(agents.responsableA.id);
    const base = { edsId: String(w.monde.edsA.id), date: jour(), [`participant-${agents.tsA.id}`]: 'on' };
    expect(await runAction(createRegulationDefinition, a, { ...base, date: '2026-02-30' })).toMatchObject({ fieldErrors: { date: ['Date invalide : saisissez-la au format jj/mm/aaaa.'] } });
    expect(await runAction(createRegulationDefinition, a, { ...base, date: '2999-01-01' })).toMatchObject({ fieldErrors: { date: ['La date de la réunion ne peut pas être dans le futur.'] } });
    expect(await runAction(createRegulationDefinition, a, { edsId: base.edsId, date: base.date })).toMatchObject({ fieldErrors: { participantIds: ['Cochez au moins un participant.'] } });
    expect(await runAction(createRegulationDefinition, a, { ...base, [`participant-${agents.tsB.id}`]: 'on' })).toMatchObject({ fieldErrors: { participantIds: ['Cochez des participants de l’équipe de l’EDS.'] } });
    expect(await runAction(createRegulationDefinition, a, { ...base, [`decision-${d1.dossierId}`]: String(agents.tsB.id), [`courant-${d1.dossierId}`]: '0' })).toMatchObject({
      fieldErrors: { [`decision-${d1.dossierId}`]: ['Choisissez un travailleur social en poste dans l’EDS.'] },
    });
    expect(await prisma.regulation.count()).toBe(0);
  });

  it('un dossier d’un autre EDS glissé dans les décisions : introuvable, rien n’est écrit', async () => {
    const dossierB = await prisma.dossier.findUniqueOrThrow({ where: { foyerId: w.monde.foyerB.foyer.id } });
    const { agents } = w.monde;
    const r = await runAction(createRegulationDefinition, await acteur(agents.responsableA.id), {
      edsId: String(w.monde.edsA.id),
      date: jour(),
      [`participant-${agents.tsA.id}`]: 'on',
      [`decision-${dossierB.id}`]: String(agents.tsA.id),
      [`courant-${dossierB.id}`]: '0',
    });
    expect(r).toMatchObject({ code: 'INTROUVABLE' });
    expect(await prisma.regulation.count()).toBe(0);
    expect(await referent(dossierB.id)).toBe(agents.tsB.id);
  });

  it.each(['territoire', 'tsA'] as const)('%s n’enregistre pas de réunion', async (nom) => {
    const r = await runAction(createRegulationDefinition, await acteur(w.monde.agents[nom].id), {
      edsId: String(w.monde.edsA.id),
      date: jour(),
      [`participant-${w.monde.agents.tsA.id}`]: 'on',
    });
    expect(r).toMatchObject({ code: 'INTROUVABLE' });
  });
});
