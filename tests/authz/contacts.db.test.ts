import { beforeEach, describe, expect, it } from 'vitest';
import { createContactDefinition, createContactLegerDefinition } from '@/features/accueil/contacts/mutations';
import { getContactsFoyer, getFicheContactFormulaire, getUrgencesDuJour } from '@/features/accueil/contacts/queries';
import { CAS_COMPTAGE } from '@/features/accueil/contacts/regles/comptage-journal.cas';
import { contactsComptes } from '@/features/accueil/contacts/regles/comptage-journal';
import { valeurLocaleParis } from '@/features/accueil/contacts/regles/date-contact';
import { getJournalAccueil, unsafeComptesJournal } from '@/features/accueil/journal/queries';
import { debutJourParis, jourParis } from '@/features/agenda/regles/calendrier-paris';
import { runAction } from '@/server/action';
import { setupMonde } from '../factories/setup-monde';

const w = setupMonde();
const { prisma, acteur } = w;
const HOUR = 3_600_000;

let sites: { a: number; aPermanence: number; b: number; aInactif: number };

beforeEach(async () => {
  await prisma.commune.create({ data: { code: '94001', nom: 'Ablon-sur-Seine', edsId: w.monde.edsA.id } });
  const site = (edsId: number, nom: string, type: 'EDS' | 'PERMANENCE', actif = true) => prisma.site.create({ data: { edsId, nom, type, actif }, select: { id: true } });
  sites = {
    a: (await site(w.monde.edsA.id, 'EDS Alpha', 'EDS')).id,
    aPermanence: (await site(w.monde.edsA.id, 'Permanence d’Ablon', 'PERMANENCE')).id,
    b: (await site(w.monde.edsB.id, 'EDS Bêta', 'EDS')).id,
    aInactif: (await site(w.monde.edsA.id, 'Ancienne antenne', 'EDS', false)).id,
  };
});

/** A valid fiche for foyer A at desk A, now. */
const fiche = (extra: Record<string, unknown> = {}) => ({
  foyerId: String(w.monde.foyerA.foyer.id),
  personneId: String(w.monde.foyerA.personne.id),
  canal: 'TELEPHONE',
  motifCode: 'AIDE_FINANCIERE',
  siteId: String(sites.a),
  date: valeurLocaleParis(new Date()),
  suite: 'TRANSMIS_REFERENT',
  noteAccueil: 'Facture d’énergie impayée, coupure annoncée.',
  ...extra,
});
const leger = (extra: Record<string, unknown> = {}) => ({
  canal: 'PHYSIQUE',
  motifCode: 'ACCES_DROITS',
  siteId: String(sites.a),
  date: valeurLocaleParis(new Date()),
  communeCode: '94001',
  trancheAge: 'MOINS_25',
  ...extra,
});

describe('fiche contact : qui peut l’enregistrer', () => {
  it.each(['secretaireA', 'tsA'] as const)('%s l’enregistre pour un foyer de son EDS, à son guichet, avec une ligne d’audit', async (nom) => {
    const result = await runAction(createContactDefinition, await acteur(w.monde.agents[nom].id), fiche());
    expect(result).toMatchObject({ status: 'ok', data: { foyerId: w.monde.foyerA.foyer.id, suite: 'TRANSMIS_REFERENT' } });
    const contact = await prisma.contact.findFirstOrThrow();
    expect(contact).toMatchObject({
      foyerId: w.monde.foyerA.foyer.id,
      personneId: w.monde.foyerA.personne.id,
      edsId: w.monde.edsA.id,
      siteId: sites.a,
      agentId: w.monde.agents[nom].id,
      canal: 'TELEPHONE',
      motifCode: 'AIDE_FINANCIERE',
      urgence: false,
      partenaire: null,
    });
    const audit = await prisma.auditLog.findMany({ where: { objet: 'Contact', action: 'CREATION' } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ acteurId: w.monde.agents[nom].id, foyerId: w.monde.foyerA.foyer.id, objetId: String(contact.id) });
    // The note is social content: its length is traced, not its text.
    expect(JSON.stringify(audit[0]?.details)).not.toContain('énergie');
  });

  it.each(['responsableA', 'territoire', 'direction', 'admin', 'partenaire'] as const)('%s obtient « introuvable » et rien n’est écrit', async (nom) => {
    const result = await runAction(createContactDefinition, await acteur(w.monde.agents[nom].id), fiche());
    expect(result).toMatchObject({ status: 'error', code: 'INTROUVABLE' });
    expect(await prisma.contact.count()).toBe(0);
    expect(await prisma.auditLog.count()).toBe(0);
  });

  it('au guichet d’un autre EDS : introuvable', async () => {
    const result = await runAction(createContactDefinition, await acteur(w.monde.agents.secretaireA.id), fiche({ siteId: String(sites.b) }));
    expect(result).toMatchObject({ status: 'error', code: 'INTROUVABLE' });
    expect(await prisma.contact.count()).toBe(0);
  });

  it('un site fermé ou un foyer inconnu : introuvable', async () => {
    const a = await acteur(w.monde.agents.secretaireA.id);
    expect(await runAction(createContactDefinition, a, fiche({ siteId: String(sites.aInactif) }))).toMatchObject({ code: 'INTROUVABLE' });
    expect(await runAction(createContactDefinition, a, fiche({ foyerId: '999999', personneId: '' }))).toMatchObject({ code: 'INTROUVABLE' });
    expect(await prisma.contact.count()).toBe(0);
  });

  it('une personne suivie par un autre EDS, venue au guichet : la fiche compte pour le guichet et rejoint son dossier', async () => {
    const result = await runAction(
      createContactDefinition,
      await acteur(w.monde.agents.secretaireA.id),
      fiche({ foyerId: String(w.monde.foyerB.foyer.id), personneId: String(w.monde.foyerB.personne.id) }),
    );
    expect(result.status).toBe('ok');
    expect(await prisma.contact.findFirstOrThrow()).toMatchObject({ foyerId: w.monde.foyerB.foyer.id, edsId: w.monde.edsA.id });
    // Her référent (TS of EDS B) finds the note in the dossier.
    const vus = await getContactsFoyer(await acteur(w.monde.agents.tsB.id), w.monde.foyerB.foyer.id);
    expect(vus?.contacts[0]?.noteAccueil).toBe('Facture d’énergie impayée, coupure annoncée.');
  });

  it('le formulaire d’un foyer d’un autre EDS ne montre ni nom ni membres', async () => {
    const formulaire = await getFicheContactFormulaire(await acteur(w.monde.agents.secretaireA.id), w.monde.foyerB.foyer.id, null);
    expect(formulaire?.foyer).toMatchObject({ autreEds: true, libelle: `Foyer n° ${w.monde.foyerB.foyer.id}` });
    expect(formulaire?.membres).toEqual([]);
    expect(JSON.stringify(formulaire)).not.toContain('QUIRINBETA');
  });

  it('le formulaire propose le site principal de l’EDS, les motifs, et le foyer nommé pour son EDS ; journalisé', async () => {
    const formulaire = await getFicheContactFormulaire(await acteur(w.monde.agents.secretaireA.id), w.monde.foyerA.foyer.id, w.monde.foyerA.personne.id);
    expect(formulaire).toMatchObject({ siteParDefaut: String(sites.a), foyer: { libelle: 'ZORGLUBALPHA PrenomZORGLUBALPHA', autreEds: false }, personneId: String(w.monde.foyerA.personne.id) });
    expect(formulaire?.sites.map((s) => s.value)).toEqual([String(sites.a), String(sites.aPermanence)]);
    expect(formulaire?.motifs.length).toBeGreaterThan(3);
    expect(await prisma.auditLog.count({ where: { objet: 'FicheContactFormulaire', action: 'LECTURE' } })).toBe(1);
    expect(await getFicheContactFormulaire(await acteur(w.monde.agents.responsableA.id), w.monde.foyerA.foyer.id, null)).toBeNull();
  });
});

describe('fiche contact : saisie invalide, rien n’est écrit', () => {
  it.each([
    ['canal absent', { canal: undefined }, 'canal', 'Choisissez le canal du contact.'],
    ['motif absent', { motifCode: '' }, 'motifCode', 'Choisissez le motif du contact.'],
    ['suite absente', { suite: undefined }, 'suite', 'Choisissez la suite donnée au contact.'],
    ['suite inconnue', { suite: 'URGENCE' }, 'suite', 'Choisissez la suite donnée au contact.'],
    ['site absent', { siteId: '' }, 'siteId', 'Choisissez le site où le contact a eu lieu.'],
    ['date impossible', { date: '2026-02-30T10:00' }, 'date', 'Date ou heure invalide : saisissez-la au format jj/mm/aaaa hh:mm.'],
    ['date absente', { date: '' }, 'date', 'Indiquez la date et l’heure du contact.'],
    ['date future', { date: valeurLocaleParis(new Date(Date.now() + 2 * HOUR)) }, 'date', 'La date du contact ne peut pas être dans le futur.'],
    ['date trop ancienne', { date: valeurLocaleParis(new Date(Date.now() - 40 * 24 * HOUR)) }, 'date', 'Un contact de plus de 31 jours ne peut plus être saisi.'],
    ['orientation sans partenaire', { suite: 'ORIENTATION_PARTENAIRE', partenaire: '  ' }, 'partenaire', 'Indiquez le partenaire vers lequel la personne est orientée.'],
    ['urgence sans note', { urgence: 'on', noteAccueil: '' }, 'noteAccueil', 'Décrivez l’urgence en quelques mots pour le travailleur social de permanence.'],
    ['note trop longue', { noteAccueil: 'x'.repeat(501) }, 'noteAccueil', 'La note ne peut pas dépasser 500 caractères.'],
  ])('%s', async (_cas, extra, champ, message) => {
    const result = await runAction(createContactDefinition, await acteur(w.monde.agents.secretaireA.id), fiche(extra));
    expect(result).toMatchObject({ status: 'error', code: 'INVALIDE', fieldErrors: { [champ]: [message] } });
    expect(await prisma.contact.count()).toBe(0);
    expect(await prisma.auditLog.count()).toBe(0);
  });

  it('un motif hors de la liste ou une personne hors du foyer : message au champ, transaction annulée', async () => {
    const a = await acteur(w.monde.agents.secretaireA.id);
    expect(await runAction(createContactDefinition, a, fiche({ motifCode: 'INVENTE' }))).toMatchObject({ code: 'INVALIDE', fieldErrors: { motifCode: ['Choisissez un motif de la liste.'] } });
    expect(await runAction(createContactDefinition, a, fiche({ personneId: String(w.monde.foyerB.personne.id) }))).toMatchObject({
      code: 'INVALIDE',
      fieldErrors: { personneId: ['Choisissez un membre actuel du foyer.'] },
    });
    expect(await prisma.contact.count()).toBe(0);
    expect(await prisma.auditLog.count()).toBe(0);
  });

  it('le partenaire n’est gardé que pour une orientation', async () => {
    const a = await acteur(w.monde.agents.secretaireA.id);
    await runAction(createContactDefinition, a, fiche({ suite: 'INFORMATION', partenaire: 'CCAS de Test' }));
    await runAction(createContactDefinition, a, fiche({ suite: 'ORIENTATION_PARTENAIRE', partenaire: 'CCAS de Test' }));
    expect((await prisma.contact.findMany({ orderBy: { id: 'asc' } })).map((c) => c.partenaire)).toEqual([null, 'CCAS de Test']);
  });
});

describe('contact léger', () => {
  it('la secrétaire l’enregistre sans foyer ni personne ; il compte au journal, pas dans les foyers', async () => {
    const a = await acteur(w.monde.agents.secretaireA.id);
    const result = await runAction(createContactLegerDefinition, a, leger());
    expect(result.status).toBe('ok');
    expect(await prisma.contact.findFirstOrThrow()).toMatchObject({
      foyerId: null,
      personneId: null,
      edsId: w.monde.edsA.id,
      siteId: sites.a,
      suite: 'INFORMATION',
      urgence: false,
      communeCode: '94001',
      trancheAge: 'MOINS_25',
    });
    expect(await prisma.auditLog.count({ where: { objet: 'ContactLeger', action: 'CREATION' } })).toBe(1);
    const journal = await getJournalAccueil(a);
    expect(journal?.duJour).toMatchObject({ personnes: 1, legers: 1, passages: 1 });
    expect((await getContactsFoyer(a, w.monde.foyerA.foyer.id))?.contacts).toEqual([]);
  });

  it('commune facultative ; tranche d’âge, motif et canal obligatoires ; commune inconnue refusée', async () => {
    const a = await acteur(w.monde.agents.secretaireA.id);
    expect((await runAction(createContactLegerDefinition, a, leger({ communeCode: '' }))).status).toBe('ok');
    expect(await runAction(createContactLegerDefinition, a, leger({ trancheAge: '' }))).toMatchObject({ code: 'INVALIDE', fieldErrors: { trancheAge: ['Choisissez la tranche d’âge (ou « Âge inconnu »).'] } });
    expect(await runAction(createContactLegerDefinition, a, leger({ communeCode: '75056' }))).toMatchObject({ code: 'INVALIDE', fieldErrors: { communeCode: ['Choisissez une commune de la liste.'] } });
    expect(await runAction(createContactLegerDefinition, a, leger({ motifCode: '', canal: 'FAX' }))).toMatchObject({ code: 'INVALIDE' });
    expect(await prisma.contact.count()).toBe(1);
  });

  it.each(['responsableA', 'partenaire', 'direction'] as const)('%s ne peut pas en saisir', async (nom) => {
    expect(await runAction(createContactLegerDefinition, await acteur(w.monde.agents[nom].id), leger())).toMatchObject({ code: 'INTROUVABLE' });
    expect(await prisma.contact.count()).toBe(0);
  });

  it('la base refuse une personne sans foyer', async () => {
    await expect(
      prisma.contact.create({ data: { personneId: w.monde.foyerA.personne.id, date: new Date(), canal: 'PHYSIQUE', edsId: w.monde.edsA.id } }),
    ).rejects.toThrow();
  });
});

describe('journal : une fois par personne et par jour (mêmes cas que la règle pure)', () => {
  it('le SQL du journal compte comme regles/comptage-journal.ts', async () => {
    // Map the cases' person / foyer numbers onto real records.
    const personnes = new Map<number, number>();
    const foyers = new Map<number, number>();
    for (const c of CAS_COMPTAGE) {
      if (c.foyerId !== null && !foyers.has(c.foyerId)) foyers.set(c.foyerId, (await prisma.foyer.create({ data: {}, select: { id: true } })).id);
      if (c.personneId !== null && !personnes.has(c.personneId)) {
        personnes.set(c.personneId, (await prisma.personne.create({ data: { nom: `P${c.personneId}`, prenom: 'X', dateNaissance: new Date('1990-01-01'), sexe: 'M' } })).id);
      }
    }
    const ids = new Map<number, number>();
    for (const c of CAS_COMPTAGE) {
      const row = await prisma.contact.create({
        data: {
          date: new Date(c.date),
          canal: c.canal,
          motifCode: 'INFORMATION',
          edsId: w.monde.edsA.id,
          foyerId: c.foyerId === null ? null : foyers.get(c.foyerId),
          personneId: c.personneId === null ? null : personnes.get(c.personneId),
        },
      });
      ids.set(c.id, row.id);
    }
    // Same-instant ties are broken by id: the cases' ids are in insertion order, like the rows'.
    const lignes = await unsafeComptesJournal(w.monde.edsA.id, debutJourParis('2026-01-01'), debutJourParis('2026-02-01'));
    const attendus = contactsComptes(CAS_COMPTAGE.map((c) => ({ ...c, date: new Date(c.date) })));
    expect(attendus.map((c) => c.id)).toEqual(CAS_COMPTAGE.filter((c) => c.compte).map((c) => c.id));
    const total = (f: (l: (typeof lignes)[number]) => boolean) => lignes.filter(f).reduce((n, l) => n + l.personnes, 0);
    expect(total(() => true)).toBe(attendus.length);
    expect(lignes.reduce((n, l) => n + l.passages, 0)).toBe(CAS_COMPTAGE.length);
    for (const canal of ['PHYSIQUE', 'TELEPHONE', 'COURRIER_COURRIEL'] as const) {
      expect(total((l) => l.canal === canal)).toBe(attendus.filter((c) => c.canal === canal).length);
    }
    for (const jour of ['2026-01-12', '2026-01-13', '2026-01-14']) {
      expect(total((l) => l.jour === jour)).toBe(attendus.filter((c) => jourParis(c.date) === jour).length);
    }
    expect(total((l) => l.leger)).toBe(2);
  });

  it('deux fiches de la même personne le même jour comptent une fois, au premier canal', async () => {
    const a = await acteur(w.monde.agents.secretaireA.id);
    const tot = new Date(Date.now() - 2 * 60_000);
    await runAction(createContactDefinition, a, fiche({ canal: 'PHYSIQUE', date: valeurLocaleParis(tot) }));
    await runAction(createContactDefinition, a, fiche({ canal: 'TELEPHONE' }));
    const journal = await getJournalAccueil(a);
    expect(journal?.duJour).toMatchObject({ personnes: 1, passages: 2, legers: 0 });
    expect(journal?.duJour.parCanal.find((l) => l.code === 'PHYSIQUE')?.personnes).toBe(1);
    expect(journal?.duJour.parCanal.find((l) => l.code === 'TELEPHONE')?.personnes).toBe(0);
    expect(journal?.duJour.parMotif).toEqual([{ code: 'AIDE_FINANCIERE', libelle: 'Demande d’aide financière'.replace('’', "'"), personnes: 1 }]);
  });
});

describe('journal : demandes en attente et délai de 48 heures', () => {
  const contact = (foyerId: number, heuresAvant: number, suite: 'RENDEZ_VOUS' | 'TRANSMIS_REFERENT' | 'INFORMATION', agentId: number | null = null) =>
    prisma.contact.create({ data: { foyerId, edsId: w.monde.edsA.id, date: new Date(Date.now() - heuresAvant * HOUR), canal: 'PHYSIQUE', suite, agentId } });

  // The world's rdv were booked long ago (the factory leaves created_at = now, which would answer every request).
  beforeEach(() => prisma.rendezVous.updateMany({ data: { createdAt: w.monde.debut } }));

  it('une demande sans réponse depuis plus de 48 h est signalée, datée de son premier contact', async () => {
    await contact(w.monde.foyerA.foyer.id, 72, 'RENDEZ_VOUS');
    await contact(w.monde.foyerA.foyer.id, 30, 'TRANSMIS_REFERENT');
    // A request received at desk A for a foyer of EDS B: listed, but not named.
    await contact(w.monde.foyerB.foyer.id, 5, 'TRANSMIS_REFERENT');
    // An information is not a request.
    await contact(w.monde.foyerA.foyer.id, 1, 'INFORMATION');
    const journal = await getJournalAccueil(await acteur(w.monde.agents.secretaireA.id));
    expect(journal?.demandes).toHaveLength(2);
    expect(journal?.demandes[0]).toMatchObject({ foyerId: w.monde.foyerA.foyer.id, foyer: 'ZORGLUBALPHA PrenomZORGLUBALPHA', lien: true, enRetard: true });
    expect(journal?.demandes[0]?.heures).toBeGreaterThanOrEqual(71);
    expect(journal?.demandes[1]).toMatchObject({ foyerId: w.monde.foyerB.foyer.id, lien: false, enRetard: false });
    expect(JSON.stringify(journal)).not.toContain('QUIRINBETA');
  });

  it('un rendez-vous créé après la demande y répond', async () => {
    await contact(w.monde.foyerA.foyer.id, 72, 'RENDEZ_VOUS');
    await prisma.rendezVous.create({ data: { foyerId: w.monde.foyerA.foyer.id, agentId: w.monde.agents.tsA.id, debut: new Date(Date.now() + 48 * HOUR), mode: 'PRESENTIEL', statut: 'PROGRAMME' } });
    expect((await getJournalAccueil(await acteur(w.monde.agents.secretaireA.id)))?.demandes).toEqual([]);
  });

  it('un rendez-vous passé saisi après coup ne répond pas à une demande plus récente', async () => {
    await contact(w.monde.foyerA.foyer.id, 72, 'RENDEZ_VOUS');
    await prisma.rendezVous.create({ data: { foyerId: w.monde.foyerA.foyer.id, agentId: w.monde.agents.tsA.id, debut: new Date(Date.now() - 96 * HOUR), mode: 'PRESENTIEL', statut: 'HONORE' } });
    expect((await getJournalAccueil(await acteur(w.monde.agents.secretaireA.id)))?.demandes).toHaveLength(1);
  });

  it('un contact du référent y répond ; une nouvelle demande ensuite se rouvre', async () => {
    await contact(w.monde.foyerA.foyer.id, 72, 'TRANSMIS_REFERENT');
    await contact(w.monde.foyerA.foyer.id, 50, 'INFORMATION', w.monde.agents.tsA.id);
    const a = await acteur(w.monde.agents.secretaireA.id);
    expect((await getJournalAccueil(a))?.demandes).toEqual([]);
    await contact(w.monde.foyerA.foyer.id, 3, 'RENDEZ_VOUS');
    expect((await getJournalAccueil(a))?.demandes).toMatchObject([{ foyerId: w.monde.foyerA.foyer.id, enRetard: false }]);
  });

  it('un contact d’un autre agent que le référent ne répond pas', async () => {
    await contact(w.monde.foyerA.foyer.id, 72, 'TRANSMIS_REFERENT');
    await contact(w.monde.foyerA.foyer.id, 50, 'INFORMATION', w.monde.agents.secretaireA.id);
    expect((await getJournalAccueil(await acteur(w.monde.agents.secretaireA.id)))?.demandes).toHaveLength(1);
  });
});

describe('journal : qui peut le lire', () => {
  it.each(['secretaireA', 'tsA', 'responsableA', 'territoire'] as const)('%s lit celui de l’EDS A (journalisé)', async (nom) => {
    const journal = await getJournalAccueil(await acteur(w.monde.agents[nom].id), { edsId: w.monde.edsA.id });
    expect(journal?.eds.nom).toBe('EDS Alpha');
    expect(await prisma.auditLog.count({ where: { objet: 'JournalAccueil', action: 'LECTURE', acteurId: w.monde.agents[nom].id } })).toBe(1);
  });

  it.each(['tsB', 'direction', 'admin', 'partenaire'] as const)('%s ne lit pas celui de l’EDS A', async (nom) => {
    expect(await getJournalAccueil(await acteur(w.monde.agents[nom].id), { edsId: w.monde.edsA.id })).toBeNull();
  });
});

describe('fiches contact du dossier et urgences du jour', () => {
  beforeEach(async () => {
    await runAction(createContactDefinition, await acteur(w.monde.agents.secretaireA.id), fiche({ urgence: 'on', noteAccueil: 'Violences conjugales, hébergement ce soir.' }));
  });

  it('le TS et la responsable lisent la note de pré-évaluation ; la secrétaire voit la fiche sans la note', async () => {
    for (const nom of ['tsA', 'tsA2', 'responsableA'] as const) {
      expect((await getContactsFoyer(await acteur(w.monde.agents[nom].id), w.monde.foyerA.foyer.id))?.contacts[0]?.noteAccueil).toBe('Violences conjugales, hébergement ce soir.');
    }
    const secretaire = await getContactsFoyer(await acteur(w.monde.agents.secretaireA.id), w.monde.foyerA.foyer.id);
    expect(secretaire?.contacts[0]).toMatchObject({ motif: "Demande d'aide financière", urgence: true });
    expect(secretaire?.notesVisibles).toBe(false);
    expect(JSON.stringify(secretaire)).not.toContain('Violences');
  });

  it.each(['tsB', 'partenaire', 'direction'] as const)('%s : introuvable', async (nom) => {
    expect(await getContactsFoyer(await acteur(w.monde.agents[nom].id), w.monde.foyerA.foyer.id)).toBeNull();
  });

  it('les TS de l’EDS voient l’urgence du jour avec sa note ; un TS d’un autre EDS, non ; les autres rôles n’ont pas cette liste', async () => {
    const urgences = await getUrgencesDuJour(await acteur(w.monde.agents.tsA2.id));
    expect(urgences).toMatchObject([{ foyerId: w.monde.foyerA.foyer.id, lien: true, noteAccueil: 'Violences conjugales, hébergement ce soir.' }]);
    expect(await prisma.auditLog.count({ where: { objet: 'UrgencesDuJour' } })).toBe(1);
    expect(await getUrgencesDuJour(await acteur(w.monde.agents.tsB.id))).toEqual([]);
    // Nothing read, nothing to log: the agenda, every TS's home page, writes no row for an empty list.
    expect(await prisma.auditLog.count({ where: { objet: 'UrgencesDuJour' } })).toBe(1);
    expect(await getUrgencesDuJour(await acteur(w.monde.agents.secretaireA.id))).toBeNull();
    expect(await getUrgencesDuJour(await acteur(w.monde.agents.responsableA.id))).toBeNull();
  });
});
