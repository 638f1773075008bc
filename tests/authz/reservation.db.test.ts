import { beforeEach, describe, expect, it } from 'vitest';
import { bookRendezVousDefinition } from '@/features/agenda/reservation/mutations';
import { getPriseRendezVous } from '@/features/agenda/reservation/queries';
import { creneauxLibres } from '@/features/agenda/reservation/regles/creneaux-libres';
import { runAction } from '@/server/action';
import { setupMonde } from '../factories/setup-monde';

const w = setupMonde();
const { prisma, acteur } = w;
const HOUR = 3_600_000;

let sites: { a: number; b: number };
/** A free slot of the grid a few days ahead (no rdv in the test world then). */
let creneau: Date;

beforeEach(async () => {
  sites = {
    a: (await prisma.site.create({ data: { edsId: w.monde.edsA.id, nom: 'EDS Alpha', type: 'EDS' } })).id,
    b: (await prisma.site.create({ data: { edsId: w.monde.edsB.id, nom: 'EDS Bêta', type: 'EDS' } })).id,
  };
  const libres = creneauxLibres(new Date(), []);
  creneau = libres[10]!.debut;
});

const reservation = (extra: Record<string, unknown> = {}) => ({
  foyerId: String(w.monde.foyerA.foyer.id),
  agentId: String(w.monde.agents.tsA.id),
  debut: creneau.toISOString(),
  mode: 'PRESENTIEL',
  siteId: String(sites.a),
  personneId: String(w.monde.foyerA.personne.id),
  ...extra,
});
const rdvReserves = () => prisma.rendezVous.count({ where: { statut: 'PROGRAMME' } });

describe('page de prise de rendez-vous : qui l’ouvre', () => {
  it.each(['secretaireA', 'tsA', 'tsA2'] as const)('%s voit les créneaux du référent proposé ; la lecture est journalisée', async (nom) => {
    const prise = await getPriseRendezVous(await acteur(w.monde.agents[nom].id), { foyerId: w.monde.foyerA.foyer.id });
    expect(prise?.proposition).toMatchObject({ id: w.monde.agents.tsA.id, raison: 'REFERENT' });
    expect(prise?.ts?.id).toBe(w.monde.agents.tsA.id);
    expect(prise?.jours.flatMap((j) => j.creneaux)).toContain(creneau.toISOString());
    expect(prise?.sites).toEqual([{ value: String(sites.a), label: 'EDS Alpha' }]);
    expect(await prisma.auditLog.count({ where: { objet: 'PriseRendezVous', action: 'LECTURE', foyerId: w.monde.foyerA.foyer.id } })).toBe(1);
  });

  it.each(['responsableA', 'territoire', 'direction', 'admin', 'partenaire', 'tsB'] as const)('%s obtient « introuvable » (404), rien n’est journalisé', async (nom) => {
    expect(await getPriseRendezVous(await acteur(w.monde.agents[nom].id), { foyerId: w.monde.foyerA.foyer.id })).toBeNull();
    expect(await prisma.auditLog.count()).toBe(0);
  });

  it('un foyer d’un autre EDS, un foyer inconnu ou un TS d’un autre EDS répondent « introuvable »', async () => {
    const secretaire = await acteur(w.monde.agents.secretaireA.id);
    expect(await getPriseRendezVous(secretaire, { foyerId: w.monde.foyerB.foyer.id })).toBeNull();
    expect(await getPriseRendezVous(secretaire, { foyerId: 999_999 })).toBeNull();
    expect(await getPriseRendezVous(secretaire, { foyerId: w.monde.foyerA.foyer.id, agentId: w.monde.agents.tsB.id })).toBeNull();
  });

  it('la secrétaire peut choisir un autre TS de l’EDS ; un TS ne reçoit pas de lien vers l’agenda d’un collègue', async () => {
    const pourSecretaire = await getPriseRendezVous(await acteur(w.monde.agents.secretaireA.id), { foyerId: w.monde.foyerA.foyer.id, agentId: w.monde.agents.tsA2.id });
    expect(pourSecretaire?.ts?.id).toBe(w.monde.agents.tsA2.id);
    expect(pourSecretaire?.agendaDuTs).toBe(true);
    expect(pourSecretaire?.tsOptions.map((t) => Number(t.value)).sort()).toEqual([w.monde.agents.tsA.id, w.monde.agents.tsA2.id].sort());
    const pourTs = await getPriseRendezVous(await acteur(w.monde.agents.tsA2.id), { foyerId: w.monde.foyerA.foyer.id });
    expect(pourTs?.agendaDuTs).toBe(false);
  });

  it('sans référent, le TS du secteur de la commune du foyer est proposé', async () => {
    await prisma.commune.create({ data: { code: '94001', nom: 'Ablon-sur-Seine', edsId: w.monde.edsA.id } });
    await prisma.foyer.update({ where: { id: w.monde.foyerA.foyer.id }, data: { communeCode: '94001' } });
    await prisma.dossier.update({ where: { foyerId: w.monde.foyerA.foyer.id }, data: { referentId: null } });
    await prisma.secteur.create({ data: { edsId: w.monde.edsA.id, nom: 'Ablon', agentId: w.monde.agents.tsA2.id, zones: { create: { communeCode: '94001' } } } });
    const prise = await getPriseRendezVous(await acteur(w.monde.agents.secretaireA.id), { foyerId: w.monde.foyerA.foyer.id });
    expect(prise?.proposition).toMatchObject({ id: w.monde.agents.tsA2.id, raison: 'SECTEUR' });
  });

  it('ni référent ni secteur : aucun TS imposé, la liste des TS de l’EDS est offerte', async () => {
    await prisma.dossier.update({ where: { foyerId: w.monde.foyerA.foyer.id }, data: { referentId: null } });
    const prise = await getPriseRendezVous(await acteur(w.monde.agents.secretaireA.id), { foyerId: w.monde.foyerA.foyer.id });
    expect(prise?.proposition).toBeNull();
    expect(prise?.ts).toBeNull();
    expect(prise?.jours).toEqual([]);
    expect(prise?.tsOptions).toHaveLength(2);
  });

  it('les rdv programmés ou honorés du TS occupent leurs créneaux ; un rdv annulé libère le sien', async () => {
    const foyerId = w.monde.foyerA.foyer.id;
    const agentId = w.monde.agents.tsA.id;
    const libres = creneauxLibres(new Date(), []);
    await prisma.rendezVous.createMany({
      data: [
        { foyerId, agentId, debut: libres[3]!.debut, mode: 'PRESENTIEL', statut: 'PROGRAMME' },
        { foyerId, agentId, debut: libres[4]!.debut, mode: 'PRESENTIEL', statut: 'ANNULE' },
      ],
    });
    const prise = await getPriseRendezVous(await acteur(w.monde.agents.secretaireA.id), { foyerId });
    const offerts = prise?.jours.flatMap((j) => j.creneaux) ?? [];
    expect(offerts).not.toContain(libres[3]!.debut.toISOString());
    expect(offerts).toContain(libres[4]!.debut.toISOString());
  });
});

describe('objectif de réponse en 48 heures', () => {
  it('une demande de rdv de plus de 48 heures est signalée dépassée, puis n’est plus en attente une fois le rdv pris', async () => {
    const foyerId = w.monde.foyerA.foyer.id;
    await prisma.contact.create({ data: { foyerId, date: new Date(Date.now() - 51 * HOUR - 60_000), canal: 'TELEPHONE', suite: 'RENDEZ_VOUS', agentId: w.monde.agents.secretaireA.id } });
    await prisma.contact.create({ data: { foyerId, date: new Date(Date.now() - 5 * HOUR), canal: 'PHYSIQUE', suite: 'RENDEZ_VOUS', agentId: w.monde.agents.secretaireA.id } });
    const secretaire = await acteur(w.monde.agents.secretaireA.id);
    const avant = await getPriseRendezVous(secretaire, { foyerId });
    // Dated by the FIRST contact of the request.
    expect(avant?.attente).toMatchObject({ heures: 51, depasse: true, texte: 'Demande reçue il y a 2 jours et 3 heures — objectif 48 h dépassé' });

    expect(await runAction(bookRendezVousDefinition, secretaire, reservation())).toMatchObject({ status: 'ok' });
    expect((await getPriseRendezVous(secretaire, { foyerId }))?.attente).toBeNull();
  });

  it('sous 48 heures : dans l’objectif', async () => {
    const foyerId = w.monde.foyerA.foyer.id;
    await prisma.contact.create({ data: { foyerId, date: new Date(Date.now() - 3 * HOUR - 60_000), canal: 'TELEPHONE', suite: 'TRANSMIS_REFERENT', agentId: w.monde.agents.secretaireA.id } });
    const prise = await getPriseRendezVous(await acteur(w.monde.agents.secretaireA.id), { foyerId });
    expect(prise?.attente).toMatchObject({ depasse: false, texte: 'Demande reçue il y a 3 heures — dans l’objectif de 48 h' });
  });
});

describe('réservation : qui peut prendre le rendez-vous', () => {
  it.each(['secretaireA', 'tsA2'] as const)('%s réserve dans l’agenda du référent : rdv programmé et ligne d’audit dans la même transaction', async (nom) => {
    const result = await runAction(bookRendezVousDefinition, await acteur(w.monde.agents[nom].id), reservation());
    expect(result).toMatchObject({ status: 'ok', data: { agentId: w.monde.agents.tsA.id, debut: creneau.toISOString() } });
    const rdv = await prisma.rendezVous.findFirstOrThrow({ where: { statut: 'PROGRAMME' } });
    expect(rdv).toMatchObject({
      foyerId: w.monde.foyerA.foyer.id,
      personneId: w.monde.foyerA.personne.id,
      agentId: w.monde.agents.tsA.id,
      debut: creneau,
      dureeMinutes: 45,
      mode: 'PRESENTIEL',
      siteId: sites.a,
    });
    const audit = await prisma.auditLog.findMany({ where: { objet: 'RendezVous', action: 'CREATION' } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ acteurId: w.monde.agents[nom].id, foyerId: w.monde.foyerA.foyer.id, objetId: String(rdv.id) });
  });

  it.each(['responsableA', 'territoire', 'direction', 'admin', 'partenaire', 'tsB'] as const)('%s obtient « introuvable » et rien n’est écrit', async (nom) => {
    const result = await runAction(bookRendezVousDefinition, await acteur(w.monde.agents[nom].id), reservation());
    expect(result).toMatchObject({ status: 'error', code: 'INTROUVABLE' });
    expect(await rdvReserves()).toBe(0);
    expect(await prisma.auditLog.count()).toBe(0);
  });

  it('la secrétaire d’un EDS ne réserve pas pour un foyer d’un autre EDS', async () => {
    const result = await runAction(bookRendezVousDefinition, await acteur(w.monde.agents.secretaireA.id), reservation({ foyerId: String(w.monde.foyerB.foyer.id), agentId: String(w.monde.agents.tsB.id), siteId: String(sites.b) }));
    expect(result).toMatchObject({ status: 'error', code: 'INTROUVABLE' });
    expect(await rdvReserves()).toBe(0);
  });
});

describe('réservation : saisies refusées, message au champ, rien d’écrit', () => {
  const refus = async (extra: Record<string, unknown>, champ: string, message: string | RegExp, code = 'INVALIDE') => {
    const result = await runAction(bookRendezVousDefinition, await acteur(w.monde.agents.secretaireA.id), reservation(extra));
    expect(result).toMatchObject({ status: 'error', code });
    if (result.status !== 'error') return;
    expect(result.fieldErrors?.[champ]?.[0]).toMatch(message);
    expect(await rdvReserves()).toBe(0);
    expect(await prisma.auditLog.count()).toBe(0);
  };

  it('créneau absent ou illisible', async () => {
    await refus({ debut: '' }, 'debut', 'Choisissez un créneau.');
    await refus({ debut: 'demain matin' }, 'debut', 'Choisissez un créneau de la liste.');
  });
  it('créneau passé', async () => {
    const hier = new Date(creneau.getTime() - 30 * 24 * HOUR);
    await refus({ debut: hier.toISOString() }, 'debut', 'Ce créneau est déjà passé : choisissez-en un autre.');
  });
  it('heure hors de la grille ou au-delà de trois semaines', async () => {
    await refus({ debut: new Date(creneau.getTime() + 60_000).toISOString() }, 'debut', /n’est pas proposé/);
    await refus({ debut: new Date(creneau.getTime() + 28 * 24 * HOUR).toISOString() }, 'debut', /n’est pas proposé/);
  });
  it('créneau occupé par un rdv programmé du TS (même partiellement)', async () => {
    await prisma.rendezVous.create({
      data: { foyerId: w.monde.foyerA.foyer.id, agentId: w.monde.agents.tsA.id, debut: new Date(creneau.getTime() + 30 * 60_000), dureeMinutes: 30, mode: 'TELEPHONE', statut: 'PROGRAMME' },
    });
    const result = await runAction(bookRendezVousDefinition, await acteur(w.monde.agents.secretaireA.id), reservation());
    expect(result).toMatchObject({ status: 'error', code: 'CONFLIT', fieldErrors: { debut: [expect.stringMatching(/vient d’être pris/)] } });
    expect(await rdvReserves()).toBe(1);
  });
  it('mode absent ; présentiel sans lieu ; lieu d’un autre EDS', async () => {
    await refus({ mode: '' }, 'mode', 'Choisissez le mode du rendez-vous.');
    await refus({ siteId: '' }, 'siteId', 'Choisissez le lieu du rendez-vous.');
    await refus({ siteId: String(sites.b) }, 'siteId', 'Choisissez un lieu de l’EDS du foyer.');
  });
  it('TS d’un autre EDS ; personne hors du foyer', async () => {
    await refus({ agentId: String(w.monde.agents.tsB.id) }, 'agentId', 'Choisissez un travailleur social de l’EDS du foyer.');
    await refus({ personneId: String(w.monde.foyerB.personne.id) }, 'personneId', 'Choisissez un membre actuel du foyer.');
  });
  it('à domicile, sans lieu : accepté, aucun site enregistré', async () => {
    const result = await runAction(bookRendezVousDefinition, await acteur(w.monde.agents.secretaireA.id), reservation({ mode: 'DOMICILE', siteId: String(sites.a), personneId: '' }));
    expect(result).toMatchObject({ status: 'ok' });
    expect(await prisma.rendezVous.findFirstOrThrow({ where: { statut: 'PROGRAMME' } })).toMatchObject({ mode: 'DOMICILE', siteId: null, personneId: null });
  });
});

describe('deux guichets réservent le même créneau au même moment', () => {
  it('le premier l’obtient, le second apprend que le créneau est pris ; un seul rdv', async () => {
    const [a, b] = await Promise.all([acteur(w.monde.agents.secretaireA.id), acteur(w.monde.agents.secretaireA2.id)]);
    const resultats = await Promise.all([runAction(bookRendezVousDefinition, a, reservation()), runAction(bookRendezVousDefinition, b, reservation())]);
    expect(resultats.map((r) => r.status).sort()).toEqual(['error', 'ok']);
    expect(resultats.find((r) => r.status === 'error')).toMatchObject({ code: 'CONFLIT', fieldErrors: { debut: [expect.stringMatching(/vient d’être pris/)] } });
    expect(await rdvReserves()).toBe(1);
    expect(await prisma.auditLog.count({ where: { objet: 'RendezVous' } })).toBe(1);
  });

  it('deux créneaux différents du même TS au même moment : les deux passent', async () => {
    const autre = creneauxLibres(new Date(), [])[11]!.debut;
    const [a, b] = await Promise.all([acteur(w.monde.agents.secretaireA.id), acteur(w.monde.agents.secretaireA2.id)]);
    const resultats = await Promise.all([runAction(bookRendezVousDefinition, a, reservation()), runAction(bookRendezVousDefinition, b, reservation({ debut: autre.toISOString() }))]);
    expect(resultats.map((r) => r.status)).toEqual(['ok', 'ok']);
    expect(await rdvReserves()).toBe(2);
  });
});
