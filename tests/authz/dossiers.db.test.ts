import { describe, expect, it } from 'vitest';
import { getFoyerPage, searchFoyers } from '@/features/dossiers/queries';
import { addNoteDefinition } from '@/features/dossiers/mutations';
import { loadActeur } from '@/server/acteur';
import { runAction } from '@/server/action';
import { setupMonde } from '../factories/setup-monde';

const w = setupMonde();
const { prisma, acteur } = w;


describe('lecture d’un dossier (page)', () => {
  it('un TS lit le dossier de son EDS, avec les comptes rendus quand il est référent', async () => {
    const page = await getFoyerPage(await acteur(w.monde.agents.tsA.id), w.monde.foyerA.foyer.id);
    expect(page?.membres[0]?.nom).toBe('ZORGLUBALPHA');
    expect(page?.rendezVous[0]?.compteRendu).toBe('Compte rendu secret ZORGLUBALPHA');
    expect(page?.notes?.[0]?.texte).toBe('Note secrète ZORGLUBALPHA');
  });

  it('montre au référent la séquence calculée et la dernière période d’action sociale', async () => {
    const page = await getFoyerPage(await acteur(w.monde.agents.tsA.id), w.monde.foyerA.foyer.id);
    // One honoured rdv 399 days ago: no rdv in the last 12 months, an ended information PAS.
    expect(page?.parcours).toMatchObject({ sequenceTheorique: 'ACCUEIL', rdvHonores12Mois: 0, dernierePas: { nbRdv: 1, accompagnement: false, terminee: true } });
  });

  it('un TS d’un autre EDS obtient « introuvable », sans rien de la fiche', async () => {
    const page = await getFoyerPage(await acteur(w.monde.agents.tsB.id), w.monde.foyerA.foyer.id);
    expect(page).toBeNull();
  });

  it('un TS du même EDS hors équipe lit l’identité mais ni comptes rendus ni notes', async () => {
    const page = await getFoyerPage(await acteur(w.monde.agents.tsA2.id), w.monde.foyerA.foyer.id);
    expect(page?.membres[0]?.nom).toBe('ZORGLUBALPHA');
    expect(JSON.stringify(page)).not.toContain('secret');
    expect(page?.notes).toBeNull();
  });

  it('un membre de l’équipe du dossier lit les comptes rendus', async () => {
    const dossier = await prisma.dossier.findUniqueOrThrow({ where: { foyerId: w.monde.foyerA.foyer.id } });
    await prisma.membreEquipe.create({ data: { dossierId: dossier.id, agentId: w.monde.agents.tsA2.id, debut: w.monde.debut } });
    const page = await getFoyerPage(await acteur(w.monde.agents.tsA2.id), w.monde.foyerA.foyer.id);
    expect(page?.rendezVous[0]?.compteRendu).toContain('Compte rendu secret');
  });

  it('une secrétaire lit l’identité et l’agenda, jamais un compte rendu', async () => {
    const page = await getFoyerPage(await acteur(w.monde.agents.secretaireA.id), w.monde.foyerA.foyer.id);
    expect(page?.membres[0]?.nom).toBe('ZORGLUBALPHA');
    expect(page?.rendezVous).toHaveLength(1);
    expect(page?.rendezVous[0]).not.toHaveProperty('compteRendu');
    expect(JSON.stringify(page)).not.toContain('secret');
    expect(page?.droits.suivi).toBe(false);
    expect(page?.parcours).toBeNull();
  });

  it('le responsable d’EDS lit le suivi mais pas le secret partagé', async () => {
    const page = await getFoyerPage(await acteur(w.monde.agents.responsableA.id), w.monde.foyerA.foyer.id);
    expect(page?.droits).toEqual({ suivi: true, confidentiel: false, ecrireNote: false });
    expect(JSON.stringify(page)).not.toContain('secret');
  });

  it('le responsable de territoire lit les dossiers des EDS de son territoire seulement', async () => {
    const a = await acteur(w.monde.agents.territoire.id);
    expect(await getFoyerPage(a, w.monde.foyerA.foyer.id)).not.toBeNull();
    expect(await getFoyerPage(a, w.monde.foyerB.foyer.id)).toBeNull();
  });

  it('la direction et l’administrateur ne lisent aucun dossier', async () => {
    expect(await getFoyerPage(await acteur(w.monde.agents.direction.id), w.monde.foyerA.foyer.id)).toBeNull();
    expect(await getFoyerPage(await acteur(w.monde.agents.admin.id), w.monde.foyerA.foyer.id)).toBeNull();
  });

  it('un partenaire ne lit que les personnes orientées vers sa structure', async () => {
    const a = await acteur(w.monde.agents.partenaire.id);
    expect(await getFoyerPage(a, w.monde.foyerA.foyer.id)).toBeNull();
    await prisma.orientationRsaPersonne.create({
      data: { personneId: w.monde.foyerA.personne.id, debut: w.monde.debut, orientation: 'SOCIALE_PARTENAIRE', structureId: w.monde.structure.id },
    });
    expect(await getFoyerPage(a, w.monde.foyerA.foyer.id)).not.toBeNull();
    expect(await getFoyerPage(a, w.monde.foyerB.foyer.id)).toBeNull();
  });

  it('une fiche inexistante et une fiche hors périmètre répondent pareil', async () => {
    const a = await acteur(w.monde.agents.tsB.id);
    expect(await getFoyerPage(a, 999_999)).toBeNull();
    expect(await getFoyerPage(a, w.monde.foyerA.foyer.id)).toBeNull();
  });

  it('chaque lecture d’un dossier est journalisée', async () => {
    await getFoyerPage(await acteur(w.monde.agents.tsA.id), w.monde.foyerA.foyer.id);
    const rows = await prisma.auditLog.findMany({ where: { action: 'LECTURE', foyerId: w.monde.foyerA.foyer.id } });
    expect(rows).toHaveLength(1);
    expect(rows[0]?.acteurId).toBe(w.monde.agents.tsA.id);
  });
});

describe('recherche de foyers (liste)', () => {
  it('ne renvoie que les foyers du périmètre', async () => {
    const a = await acteur(w.monde.agents.tsA.id);
    const found = await searchFoyers(a, '');
    expect(found.map((f) => f.id)).toEqual([w.monde.foyerA.foyer.id]);
    expect(await searchFoyers(a, 'QUIRIN')).toEqual([]);
  });

  it('la direction ne liste aucun foyer', async () => {
    expect(await searchFoyers(await acteur(w.monde.agents.direction.id), '')).toEqual([]);
  });
});

describe('action serveur : ajouter une note', () => {
  it('le référent ajoute une note, écrite avec sa ligne de journal dans la même transaction', async () => {
    const result = await runAction(addNoteDefinition, await acteur(w.monde.agents.tsA.id), { foyerId: w.monde.foyerA.foyer.id, texte: 'Nouvelle note' });
    expect(result.status).toBe('ok');
    const audit = await prisma.auditLog.findMany({ where: { objet: 'Note', action: 'CREATION' } });
    expect(audit).toHaveLength(1);
  });

  it('un TS d’un autre EDS obtient « introuvable » et rien n’est écrit', async () => {
    const result = await runAction(addNoteDefinition, await acteur(w.monde.agents.tsB.id), { foyerId: w.monde.foyerA.foyer.id, texte: 'Intrusion' });
    expect(result).toMatchObject({ status: 'error', code: 'INTROUVABLE', message: 'Cette fiche est introuvable.' });
    expect(await prisma.note.count({ where: { texte: 'Intrusion' } })).toBe(0);
  });

  it('une secrétaire ne peut pas écrire de note', async () => {
    const result = await runAction(addNoteDefinition, await acteur(w.monde.agents.secretaireA.id), { foyerId: w.monde.foyerA.foyer.id, texte: 'x' });
    expect(result).toMatchObject({ status: 'error', code: 'INTROUVABLE' });
  });

  it('une saisie invalide renvoie un message en français près du champ et n’écrit rien', async () => {
    const result = await runAction(addNoteDefinition, await acteur(w.monde.agents.tsA.id), { foyerId: w.monde.foyerA.foyer.id, texte: '   ' });
    expect(result).toMatchObject({ status: 'error', code: 'INVALIDE', fieldErrors: { texte: ['Saisissez le texte de la note.'] } });
    expect(await prisma.note.count()).toBe(2);
  });

  it('sans session, rien n’est écrit', async () => {
    const result = await runAction(addNoteDefinition, null, { foyerId: w.monde.foyerA.foyer.id, texte: 'x' });
    expect(result).toMatchObject({ status: 'error', code: 'NON_CONNECTE' });
  });
});

describe('session', () => {
  it('un compte désactivé ou dont le rôle a changé perd l’accès à la requête suivante', async () => {
    const id = w.monde.agents.tsA.id;
    expect(await loadActeur(id, 'TRAVAILLEUR_SOCIAL')).not.toBeNull();
    await prisma.agent.update({ where: { id }, data: { role: 'SECRETAIRE' } });
    expect(await loadActeur(id, 'TRAVAILLEUR_SOCIAL')).toBeNull();
    await prisma.agent.update({ where: { id }, data: { role: 'TRAVAILLEUR_SOCIAL', actif: false } });
    expect(await loadActeur(id, 'TRAVAILLEUR_SOCIAL')).toBeNull();
  });
});
