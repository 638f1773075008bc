import { describe, expect, it } from 'vitest';
import { jourParis } from '@/features/agenda/regles/calendrier-paris';
import { LIENS_PERSONNE } from '@/features/personnes/fusion-liens';
import { annulerFusionDefinition, fusionnerPersonnesDefinition } from '@/features/personnes/mutations-fusion';
import { ajouterMembreDefinition, createPersonneDefinition, departDefinition, separationDefinition } from '@/features/personnes/mutations';
import { getCompositionFoyer, getFusionEntree, getFusionPage, getNouvellePersonneFormulaire } from '@/features/personnes/queries';
import { runAction } from '@/server/action';
import { setupMonde } from '../factories/setup-monde';

const w = setupMonde();
const { prisma, acteur } = w;
const DAY = 86_400_000;
const aujourdhui = () => jourParis(new Date());
const jour = (d: Date) => d.toISOString().slice(0, 10);

/** A valid new person with a new foyer in EDS A. */
const saisie = (extra: Record<string, unknown> = {}) => ({
  nom: 'Lemarchand',
  prenom: 'Odile',
  dateNaissance: '1991-07-14',
  sexe: 'F',
  telephone: '06 11 22 33 44',
  email: '',
  numeroAllocataire: '',
  edsId: String(w.monde.edsA.id),
  depuis: aujourdhui(),
  adresse: '3 rue des Tilleuls',
  communeCode: '',
  doublonsEcartes: '',
  ...extra,
});

const compter = async () => ({
  personnes: await prisma.personne.count(),
  foyers: await prisma.foyer.count(),
  appartenances: await prisma.appartenance.count(),
  ecritures: await prisma.auditLog.count({ where: { action: { not: 'LECTURE' } } }),
});

describe('créer une personne et un foyer', () => {
  it.each(['secretaireA', 'tsA', 'responsableA'] as const)('%s crée la personne, le foyer et le dossier dans son EDS, attribué, audité', async (nom) => {
    const result = await runAction(createPersonneDefinition, await acteur(w.monde.agents[nom].id), saisie());
    expect(result).toMatchObject({ status: 'ok', data: { type: 'CREEE', nouveauFoyer: true } });
    if (result.status !== 'ok' || result.data.type !== 'CREEE') return;
    const personne = await prisma.personne.findUniqueOrThrow({ where: { id: result.data.personneId } });
    expect(personne).toMatchObject({ nom: 'Lemarchand', telephone: '06 11 22 33 44', fusionneeDansId: null });
    const dossier = await prisma.dossier.findUniqueOrThrow({ where: { foyerId: result.data.foyerId }, select: { id: true, edsId: true, dateOuverture: true } });
    expect(dossier.edsId).toBe(w.monde.edsA.id);
    expect(jour(dossier.dateOuverture)).toBe(aujourdhui());
    expect(await prisma.attributionDossier.count({ where: { dossierId: dossier.id, fin: null } })).toBe(1);
    expect(await prisma.appartenance.findFirstOrThrow({ where: { personneId: personne.id } })).toMatchObject({ role: 'REFERENCE', foyerId: result.data.foyerId });
    expect(await prisma.auditLog.count({ where: { objet: 'Personne', action: 'CREATION', objetId: String(personne.id), acteurId: w.monde.agents[nom].id } })).toBe(1);
  });

  it.each(['territoire', 'direction', 'admin', 'partenaire'] as const)('%s : introuvable, rien n’est écrit', async (nom) => {
    const avant = await compter();
    expect(await runAction(createPersonneDefinition, await acteur(w.monde.agents[nom].id), saisie())).toMatchObject({ status: 'error', code: 'INTROUVABLE' });
    expect(await compter()).toEqual(avant);
  });

  it('un dossier dans un autre EDS que le sien : introuvable', async () => {
    const avant = await compter();
    const result = await runAction(createPersonneDefinition, await acteur(w.monde.agents.secretaireA.id), saisie({ edsId: String(w.monde.edsB.id) }));
    expect(result).toMatchObject({ status: 'error', code: 'INTROUVABLE' });
    expect(await compter()).toEqual(avant);
  });

  it('le formulaire : les EDS de l’acteur ; refusé aux autres rôles', async () => {
    const f = await getNouvellePersonneFormulaire(await acteur(w.monde.agents.secretaireA.id), null, 'DUPONT Marie 05/03/1980');
    expect(f?.eds).toEqual([{ value: String(w.monde.edsA.id), label: 'EDS Alpha' }]);
    expect(f?.preRemplissage).toEqual({ nom: 'DUPONT', prenom: 'Marie', dateNaissance: '1980-03-05' });
    expect(await getNouvellePersonneFormulaire(await acteur(w.monde.agents.direction.id), null, '')).toBeNull();
    // Joining a foyer: those who may change its composition (not a niveau 1 secrétaire, not another EDS).
    expect(await getNouvellePersonneFormulaire(await acteur(w.monde.agents.secretaireA.id), w.monde.foyerA.foyer.id, '')).toBeNull();
    expect(await getNouvellePersonneFormulaire(await acteur(w.monde.agents.tsB.id), w.monde.foyerA.foyer.id, '')).toBeNull();
    expect((await getNouvellePersonneFormulaire(await acteur(w.monde.agents.secretaireA2.id), w.monde.foyerA.foyer.id, ''))?.foyer?.membres).toHaveLength(1);
  });
});

describe('saisie invalide : message au champ, rien n’est écrit', () => {
  it.each([
    [{ nom: '  ' }, 'nom', 'Saisissez le nom.'],
    [{ dateNaissance: '2999-01-01' }, 'dateNaissance', 'Une date de naissance ne peut pas être dans le futur.'],
    [{ dateNaissance: '31/02/1980' }, 'dateNaissance', 'Date invalide'],
    [{ dateNaissance: 'hier' }, 'dateNaissance', 'Date invalide'],
    [{ depuis: '2999-01-01' }, 'depuis', 'La date d’arrivée ne peut pas être dans le futur.'],
    [{ telephone: '12 34' }, 'telephone', 'Numéro de téléphone invalide'],
    [{ telephone: '+44 20 7946 0958' }, 'telephone', 'Numéro de téléphone invalide'],
    [{ email: 'pas-un-courriel' }, 'email', 'Adresse électronique invalide'],
    [{ numeroAllocataire: 'AB12' }, 'numeroAllocataire', 'chiffres'],
    [{ depuis: '1985-01-01' }, 'depuis', 'ne peut pas précéder la date de naissance'],
  ])('%o → %s', async (extra, champ, message) => {
    const avant = await compter();
    const result = await runAction(createPersonneDefinition, await acteur(w.monde.agents.secretaireA.id), saisie(extra));
    expect(result).toMatchObject({ status: 'error', code: 'INVALIDE' });
    expect(result.status === 'error' ? result.fieldErrors?.[champ]?.join(' ') : '').toContain(message);
    expect(await compter()).toEqual(avant);
  });

  it('le téléphone s’écrit de plusieurs façons et s’enregistre en paires', async () => {
    for (const [i, tel] of ['06.11.22.33.45', '06-11-22-33-46', '+33 6 11 22 33 47'].entries()) {
      const r = await runAction(createPersonneDefinition, await acteur(w.monde.agents.tsA.id), saisie({ telephone: tel, dateNaissance: `199${i}-01-01`, nom: `Essai${i}` }));
      expect(r).toMatchObject({ status: 'ok', data: { type: 'CREEE' } });
    }
    expect((await prisma.personne.findMany({ where: { nom: { startsWith: 'Essai' } }, orderBy: { nom: 'asc' } })).map((p) => p.telephone)).toEqual([
      '06 11 22 33 45',
      '06 11 22 33 46',
      '06 11 22 33 47',
    ]);
  });

  it('dans un foyer : un enfant plus âgé que l’âge plausible de la personne de référence, deux personnes de référence', async () => {
    const a = await acteur(w.monde.agents.tsA.id);
    const foyer = { foyerId: String(w.monde.foyerA.foyer.id), version: '1', edsId: '', depuis: jour(w.monde.debut) };
    const avant = await compter();
    const enfant = await runAction(createPersonneDefinition, a, saisie({ ...foyer, role: 'ENFANT', dateNaissance: '1975-01-01' }));
    expect(enfant.status === 'error' ? enfant.fieldErrors?.dateNaissance?.[0] : '').toContain('au moins 12 ans après la personne de référence');
    const reference = await runAction(createPersonneDefinition, a, saisie({ ...foyer, role: 'REFERENCE' }));
    expect(reference.status === 'error' ? reference.fieldErrors?.role?.[0] : '').toContain('déjà une personne de référence');
    expect(await compter()).toEqual(avant);
  });
});

describe('échelle des doublons', () => {
  it('même date de naissance et nom approchant : la fiche existante est proposée, rien n’est créé ; « c’est une autre personne » est journalisé', async () => {
    const a = await acteur(w.monde.agents.secretaireA.id);
    const existante = w.monde.foyerA.personne;
    const avant = await compter();
    const proposee = await runAction(createPersonneDefinition, a, saisie({ nom: 'Zorglub-Alpha', prenom: 'Odile', dateNaissance: '1980-05-01' }));
    expect(proposee).toMatchObject({ status: 'ok', data: { type: 'DOUBLONS', doublons: [{ personneId: existante.id, echelon: 'NAISSANCE_NOM', eds: 'EDS Alpha', foyerId: w.monde.foyerA.foyer.id }] } });
    // Nothing but the read of the candidates.
    expect(await compter()).toEqual(avant);
    expect(await prisma.auditLog.count({ where: { objet: 'DoublonsPersonne', action: 'LECTURE' } })).toBe(1);
    // No social content in a candidate.
    expect(JSON.stringify(proposee)).not.toMatch(/secret|Compte rendu|rue/i);

    const confirmee = await runAction(createPersonneDefinition, a, saisie({ nom: 'Zorglub-Alpha', prenom: 'Odile', dateNaissance: '1980-05-01', doublonsEcartes: String(existante.id) }));
    expect(confirmee).toMatchObject({ status: 'ok', data: { type: 'CREEE' } });
    const confirmation = await prisma.auditLog.findFirstOrThrow({ where: { objet: 'ConfirmationAutrePersonne' } });
    expect(confirmation).toMatchObject({ acteurId: a.id, details: { candidats: [existante.id] } });
  });

  it('l’ordre : numéro allocataire, puis naissance et nom, puis téléphone ; les fiches fusionnées ne sont jamais proposées', async () => {
    await prisma.personne.update({ where: { id: w.monde.foyerB.personne.id }, data: { numeroAllocataire: '7654321' } });
    const tel = await prisma.personne.create({ data: { nom: 'Autre', prenom: 'Nom', dateNaissance: new Date('1960-01-01'), sexe: 'M', telephone: '0611223344' } });
    await prisma.personne.create({ data: { nom: 'Zorglubalpha', prenom: 'Fusionnée', dateNaissance: new Date('1980-05-01'), sexe: 'F', fusionneeDansId: w.monde.foyerA.personne.id } });
    const r = await runAction(createPersonneDefinition, await acteur(w.monde.agents.secretaireA.id), saisie({ nom: 'Zorglubalpha', dateNaissance: '1980-05-01', numeroAllocataire: '7654321' }));
    expect(r.status === 'ok' && r.data.type === 'DOUBLONS' ? r.data.doublons.map((d) => [d.personneId, d.echelon]) : null).toEqual([
      [w.monde.foyerB.personne.id, 'ALLOCATAIRE'],
      [w.monde.foyerA.personne.id, 'NAISSANCE_NOM'],
      [tel.id, 'CONTACT'],
    ]);
    // Another EDS's record: recognisable (name, EDS) without a link to its foyer.
    expect(r.status === 'ok' && r.data.type === 'DOUBLONS' ? r.data.doublons[0] : null).toMatchObject({ eds: 'EDS Bêta', foyerId: null, foyerCourantId: w.monde.foyerB.foyer.id });
  });

  it('une personne protégée trouvée seulement par son téléphone n’est pas révélée hors de son équipe', async () => {
    await prisma.personne.update({ where: { id: w.monde.foyerB.personne.id }, data: { protegee: true, telephone: '06 11 22 33 44' } });
    const r = await runAction(createPersonneDefinition, await acteur(w.monde.agents.secretaireA.id), saisie());
    expect(r).toMatchObject({ status: 'ok', data: { type: 'CREEE' } });
  });

  it('deux secrétaires créent la même personne à la même seconde : la seconde voit la fiche de la première, jamais deux jumelles', async () => {
    const [s1, s2] = [await acteur(w.monde.agents.secretaireA.id), await acteur(w.monde.agents.secretaireA2.id)];
    // Two spellings of the same name: the lock on the birth date serialises them too.
    const results = await Promise.all([
      runAction(createPersonneDefinition, s1, saisie({ nom: 'Nouvelle-Arrivée' })),
      runAction(createPersonneDefinition, s2, saisie({ nom: 'Nouvelle Arrivee' })),
    ]);
    const creees = results.filter((r) => r.status === 'ok' && r.data.type === 'CREEE');
    const doublons = results.filter((r) => r.status === 'ok' && r.data.type === 'DOUBLONS');
    expect(creees).toHaveLength(1);
    expect(doublons).toHaveLength(1);
    const creee = creees[0]!;
    const proposee = doublons[0]!;
    expect(proposee.status === 'ok' && proposee.data.type === 'DOUBLONS' ? proposee.data.doublons.map((d) => d.personneId) : []).toEqual([
      creee.status === 'ok' && creee.data.type === 'CREEE' ? creee.data.personneId : -1,
    ]);
    expect(await prisma.personne.count({ where: { dateNaissance: new Date('1991-07-14') } })).toBe(1);
    expect(await prisma.foyer.count()).toBe(3);
  });
});

describe('composition dans le temps', () => {
  it('arrivée d’une personne existante, départ, séparation créant un foyer et son dossier ; l’historique reste', async () => {
    const ts = await acteur(w.monde.agents.tsA.id);
    const foyerId = w.monde.foyerA.foyer.id;
    const conjoint = await prisma.personne.create({ data: { nom: 'Conjoint', prenom: 'Paul', dateNaissance: new Date('1979-02-02'), sexe: 'M' } });
    const enfant = await prisma.personne.create({ data: { nom: 'Enfant', prenom: 'Léa', dateNaissance: new Date('2012-02-02'), sexe: 'F' } });
    const debut = jour(w.monde.debut);
    expect(await runAction(ajouterMembreDefinition, ts, { foyerId, version: 1, personneId: conjoint.id, role: 'CONJOINT', depuis: debut })).toMatchObject({ status: 'ok' });
    expect(await runAction(ajouterMembreDefinition, ts, { foyerId, version: 2, personneId: enfant.id, role: 'ENFANT', depuis: debut })).toMatchObject({ status: 'ok' });
    // A stale version: conflict, nothing written.
    const tardif = await prisma.personne.create({ data: { nom: 'Tardif', prenom: 'Jo', dateNaissance: new Date('1985-02-02'), sexe: 'M' } });
    expect(await runAction(ajouterMembreDefinition, ts, { foyerId, version: 1, personneId: tardif.id, role: 'AUTRE', depuis: aujourdhui() })).toMatchObject({ code: 'CONFLIT' });
    expect(await prisma.appartenance.count({ where: { personneId: tardif.id } })).toBe(0);

    const lignes = await prisma.appartenance.findMany({ where: { foyerId }, orderBy: { id: 'asc' } });
    const [ref, conj, enf] = lignes;
    const hier = jourParis(new Date(Date.now() - DAY));
    // Separation: the conjoint leaves with the child from yesterday.
    const sep = await runAction(separationDefinition, ts, { foyerId, version: 3, date: hier, partants: `${conj!.id},${enf!.id}`, referenceId: conj!.id, adresse: '9 avenue Neuve' });
    expect(sep).toMatchObject({ status: 'ok' });
    if (sep.status !== 'ok') return;
    const nouveau = await prisma.foyer.findUniqueOrThrow({ where: { id: sep.data.nouveauFoyerId }, select: { adresse: true, dossier: { select: { id: true, edsId: true } }, appartenances: { select: { personneId: true, role: true, debut: true } } } });
    expect(nouveau.dossier?.edsId).toBe(w.monde.edsA.id);
    expect(await prisma.attributionDossier.count({ where: { dossierId: nouveau.dossier!.id } })).toBe(1);
    expect(nouveau.appartenances.map((a) => [a.personneId, a.role, jour(a.debut)]).sort()).toEqual(
      [[conjoint.id, 'REFERENCE', hier], [enfant.id, 'ENFANT', hier]].sort(),
    );
    const anciennes = await prisma.appartenance.findMany({ where: { foyerId }, orderBy: { id: 'asc' } });
    expect(anciennes.map((a) => (a.fin ? jour(a.fin) : null))).toEqual([null, jourParis(new Date(Date.now() - 2 * DAY)), jourParis(new Date(Date.now() - 2 * DAY))]);

    // Departure of the reference person; a second one is refused.
    expect(await runAction(departDefinition, ts, { foyerId, version: 4, appartenanceId: ref!.id, fin: '2999-01-01' })).toMatchObject({ code: 'INVALIDE' });
    expect(await runAction(departDefinition, ts, { foyerId, version: 4, appartenanceId: ref!.id, fin: aujourdhui() })).toMatchObject({ status: 'ok' });
    expect(await runAction(departDefinition, ts, { foyerId, version: 5, appartenanceId: ref!.id, fin: aujourdhui() })).toMatchObject({ code: 'INVALIDE' });

    const compo = await getCompositionFoyer(ts, foyerId);
    expect(compo?.historique).toHaveLength(3);
    expect(compo?.peutModifier).toBe(true);
  });

  it('qui peut modifier la composition : pas la secrétaire de niveau 1, pas un autre EDS, pas le partenaire', async () => {
    const foyerId = w.monde.foyerA.foyer.id;
    const membre = await prisma.appartenance.findFirstOrThrow({ where: { foyerId } });
    const depart = { foyerId, version: 1, appartenanceId: membre.id, fin: aujourdhui() };
    for (const nom of ['secretaireA', 'tsB', 'partenaire', 'direction', 'admin', 'territoire'] as const) {
      expect(await runAction(departDefinition, await acteur(w.monde.agents[nom].id), depart)).toMatchObject({ code: 'INTROUVABLE' });
    }
    expect(await prisma.appartenance.count({ where: { fin: { not: null } } })).toBe(0);
    // The niveau 1 secrétaire reads the history, without the forms; another EDS does not.
    expect((await getCompositionFoyer(await acteur(w.monde.agents.secretaireA.id), foyerId))?.peutModifier).toBe(false);
    expect(await getCompositionFoyer(await acteur(w.monde.agents.tsB.id), foyerId)).toBeNull();
    expect(await runAction(departDefinition, await acteur(w.monde.agents.secretaireA2.id), depart)).toMatchObject({ status: 'ok' });
  });

  it('une séparation où tout le foyer part est refusée', async () => {
    const foyerId = w.monde.foyerA.foyer.id;
    const membre = await prisma.appartenance.findFirstOrThrow({ where: { foyerId } });
    const r = await runAction(separationDefinition, await acteur(w.monde.agents.tsA.id), { foyerId, version: 1, date: aujourdhui(), partants: String(membre.id), referenceId: membre.id });
    expect(r.status === 'error' ? r.fieldErrors?.partants?.[0] : '').toContain('Au moins une personne reste');
    expect(await prisma.foyer.count()).toBe(2);
  });
});

/** Every row pointing at a person, to compare before a merge and after its undo. */
async function instantane() {
  return {
    appartenance: await prisma.appartenance.findMany({ orderBy: { id: 'asc' } }),
    contact: await prisma.contact.findMany({ orderBy: { id: 'asc' }, select: { id: true, personneId: true } }),
    contrat: await prisma.contrat.findMany({ orderBy: { id: 'asc' }, select: { id: true, personneId: true } }),
    orientation: await prisma.orientationRsaPersonne.findMany({ orderBy: { id: 'asc' } }),
    carence: await prisma.constatCarence.findMany({ orderBy: { id: 'asc' }, select: { id: true, personneId: true } }),
    aide: await prisma.aide.findMany({ orderBy: { id: 'asc' }, select: { id: true, personneId: true } }),
    rdv: await prisma.rendezVous.findMany({ orderBy: { id: 'asc' }, select: { id: true, personneId: true } }),
    personne: await prisma.personne.findMany({ orderBy: { id: 'asc' }, select: { id: true, fusionneeDansId: true } }),
  };
}

describe('fusion de deux fiches et son annulation', () => {
  /** B: a twin of A's reference person in the same foyer, with one row in every linked table. */
  async function jumelle() {
    const A = w.monde.foyerA.personne;
    const foyerId = w.monde.foyerA.foyer.id;
    const B = await prisma.personne.create({ data: { nom: 'ZORGLUB ALPHA', prenom: 'PrenomZORGLUBALPHA', dateNaissance: new Date('1980-05-01'), sexe: 'F' } });
    const debut = w.monde.debut;
    await prisma.appartenance.create({ data: { personneId: B.id, foyerId, role: 'REFERENCE', debut } });
    // B also belonged to a foyer A never did (moved without collision).
    const ancien = await prisma.foyer.create({ data: { dossier: { create: { edsId: w.monde.edsA.id, dateOuverture: debut } } } });
    await prisma.appartenance.create({ data: { personneId: B.id, foyerId: ancien.id, role: 'REFERENCE', debut: new Date('2010-01-01'), fin: new Date('2015-01-01') } });
    await prisma.contact.create({ data: { foyerId, personneId: B.id, date: new Date(), canal: 'PHYSIQUE' } });
    await prisma.contrat.create({ data: { foyerId, personneId: B.id, type: 'CER', debut, fin: new Date(debut.getTime() + 180 * DAY) } });
    await prisma.orientationRsaPersonne.create({ data: { personneId: A.id, debut, orientation: 'SOCIALE_DEPARTEMENT' } });
    await prisma.orientationRsaPersonne.create({ data: { personneId: B.id, debut, orientation: 'SOCIALE_PARTENAIRE' } });
    await prisma.orientationRsaPersonne.create({ data: { personneId: B.id, debut: new Date(debut.getTime() + 10 * DAY), orientation: 'PROFESSIONNELLE' } });
    await prisma.constatCarence.create({ data: { personneId: B.id, date: debut } });
    await prisma.aide.create({ data: { foyerId, personneId: B.id, dispositifCode: 'FUS', categorie: 'DIVERS', montant: 100, statut: 'DEMANDEE', dateDemande: debut } });
    await prisma.rendezVous.create({ data: { foyerId, personneId: B.id, agentId: w.monde.agents.tsA.id, debut: new Date(), mode: 'PRESENTIEL', statut: 'PROGRAMME' } });
    const C = await prisma.personne.create({ data: { nom: 'Ancienne', prenom: 'Fusion', dateNaissance: new Date('1980-05-01'), sexe: 'F', fusionneeDansId: B.id } });
    return { A: await prisma.personne.findUniqueOrThrow({ where: { id: A.id } }), B, C };
  }

  it('la liste des liens couvre chaque clé étrangère vers personne', async () => {
    const fks = await prisma.$queryRaw<{ table: string; colonne: string }[]>`
      SELECT c.conrelid::regclass::text AS table, a.attname AS colonne
      FROM pg_constraint c JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = ANY(c.conkey)
      WHERE c.contype = 'f' AND c.confrelid = 'personne'::regclass`;
    const liens = LIENS_PERSONNE.map((l) => `${l.table}.${l.colonne}`);
    for (const fk of fks) expect(liens).toContain(`${fk.table.replace(/"/g, '')}.${fk.colonne}`);
  });

  it('le responsable fusionne : tout est rattaché, la jumelle disparaît ; l’annulation rétablit chaque ligne', async () => {
    const { A, B, C } = await jumelle();
    const avant = await instantane();
    const resp = await acteur(w.monde.agents.responsableA.id);

    const page = await getFusionPage(resp, { nom: 'Zorglubalpha', naissance: '01/05/1980', garder: A.id, doublon: B.id });
    expect(page?.recherche.candidats?.map((c) => c.personneId).sort()).toEqual([A.id, B.id].sort());
    expect(page?.comparaison?.doublon.liens.find((l) => l.table === 'orientation_rsa')?.nombre).toBe(2);

    const r = await runAction(fusionnerPersonnesDefinition, resp, { garderId: A.id, doublonId: B.id, versionGarder: A.version, versionDoublon: B.version });
    expect(r).toMatchObject({ status: 'ok' });
    for (const table of ['contact', 'contrat', 'constatCarence', 'aide', 'rendezVous'] as const) {
      // @ts-expect-error -- the same query on each delegate
      expect(await prisma[table].count({ where: { personneId: B.id } })).toBe(0);
    }
    expect(await prisma.appartenance.count({ where: { personneId: B.id } })).toBe(0);
    // The colliding twin membership (same foyer, same period) and orientation (same start) were deleted; the others moved.
    expect(await prisma.appartenance.count({ where: { personneId: A.id } })).toBe(2);
    expect(await prisma.orientationRsaPersonne.count({ where: { personneId: A.id } })).toBe(2);
    expect(await prisma.personne.findUniqueOrThrow({ where: { id: B.id } })).toMatchObject({ fusionneeDansId: A.id });
    expect(await prisma.personne.findUniqueOrThrow({ where: { id: C.id } })).toMatchObject({ fusionneeDansId: A.id });
    // B no longer appears in the duplicate ladder.
    const apres = await getFusionPage(resp, { nom: 'Zorglubalpha', naissance: '01/05/1980' });
    expect(apres?.recherche.candidats?.map((c) => c.personneId)).toEqual([A.id]);

    const entree = await prisma.auditLog.findFirstOrThrow({ where: { objet: 'FusionPersonne', action: 'MODIFICATION' } });
    expect(entree.details).toMatchObject({ garderId: A.id, doublonId: B.id, deplacees: { contact: [expect.any(Number)], personne: [C.id] } });
    const vue = await getFusionEntree(resp, entree.id);
    expect(vue).toMatchObject({ garder: { id: A.id }, doublon: { id: B.id, fusionnee: true }, supprimees: 2 });

    const annul = await runAction(annulerFusionDefinition, resp, { auditId: String(entree.id) });
    expect(annul).toMatchObject({ status: 'ok' });
    expect(await instantane()).toEqual(avant);
    // Twice: refused.
    expect(await runAction(annulerFusionDefinition, resp, { auditId: String(entree.id) })).toMatchObject({ status: 'error', message: 'Cette fusion a déjà été annulée.' });
  });

  it('l’annulation est refusée si une ligne déplacée a changé depuis', async () => {
    const { A, B } = await jumelle();
    const resp = await acteur(w.monde.agents.responsableA.id);
    await runAction(fusionnerPersonnesDefinition, resp, { garderId: A.id, doublonId: B.id, versionGarder: A.version, versionDoublon: B.version });
    await prisma.contact.deleteMany({ where: { personneId: A.id } });
    const entree = await prisma.auditLog.findFirstOrThrow({ where: { objet: 'FusionPersonne', action: 'MODIFICATION' } });
    const r = await runAction(annulerFusionDefinition, resp, { auditId: String(entree.id) });
    expect(r).toMatchObject({ status: 'error', code: 'REFUSE' });
    expect(r.status === 'error' ? r.message : '').toContain('fiches contact');
    expect(await prisma.personne.findUniqueOrThrow({ where: { id: B.id } })).toMatchObject({ fusionneeDansId: A.id });
  });

  it('qui peut fusionner : le responsable de l’EDS de tous les dossiers concernés, personne d’autre', async () => {
    const { A, B } = await jumelle();
    const input = { garderId: A.id, doublonId: B.id, versionGarder: A.version, versionDoublon: B.version };
    for (const nom of ['secretaireA', 'secretaireA2', 'tsA', 'territoire', 'direction', 'admin', 'partenaire', 'tsB'] as const) {
      expect(await runAction(fusionnerPersonnesDefinition, await acteur(w.monde.agents[nom].id), input)).toMatchObject({ code: 'INTROUVABLE' });
      expect(await getFusionPage(await acteur(w.monde.agents[nom].id), { nom: '', naissance: '' })).toBeNull();
    }
    // A record of another EDS: out of the responsable's scope.
    const resp = await acteur(w.monde.agents.responsableA.id);
    const autre = w.monde.foyerB.personne;
    expect(await runAction(fusionnerPersonnesDefinition, resp, { ...input, doublonId: autre.id, versionDoublon: 1 })).toMatchObject({ code: 'INTROUVABLE' });
    expect((await getFusionPage(resp, { nom: '', naissance: '', garder: A.id, doublon: autre.id }))?.comparaisonIntrouvable).toBe(true);
    expect(await prisma.personne.count({ where: { fusionneeDansId: { not: null } } })).toBe(1); // only C, merged by the fixture
    // A stale version: conflict.
    expect(await runAction(fusionnerPersonnesDefinition, resp, { ...input, versionDoublon: B.version + 1 })).toMatchObject({ code: 'CONFLIT' });
  });
});
