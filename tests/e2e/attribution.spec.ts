import { expect, test, type Page } from '@playwright/test';
import { COMPTES, DEMO_PASSWORD, expectAccessible, loginAs, queryE2e } from './fixtures';

/**
 * A waiting dossier of the responsable's EDS, created in the database as the accueil would leave it (a foyer of
 * Fontclaire, no référent, a current assignment row with no TS). Unique name so other specs never collide.
 */
async function dossierEnAttente(nom: string, origine: 'SECTEUR' | 'REGULATION'): Promise<{ dossierId: number; edsId: number }> {
  const [ligne] = await queryE2e<{ dossier_id: number; eds_id: number }>(
    `WITH eds AS (
       SELECT af.eds_id FROM affectation af JOIN agent ag ON ag.id = af.agent_id WHERE ag.email = $1 AND af.fin IS NULL LIMIT 1
     ), commune AS (
       SELECT c.code FROM commune c JOIN eds ON c.eds_id = eds.eds_id ORDER BY c.code DESC LIMIT 1
     ), f AS (
       INSERT INTO foyer (commune_code, adresse, date_ouverture, updated_at) SELECT code, '7 rue des Essais', current_date, now() FROM commune RETURNING id
     ), p AS (
       INSERT INTO personne (nom, prenom, date_naissance, sexe, updated_at) VALUES ($2, 'Alix', '1988-03-14', 'F', now()) RETURNING id
     ), a AS (
       INSERT INTO appartenance (personne_id, foyer_id, role, debut) SELECT p.id, f.id, 'REFERENCE', current_date FROM p, f RETURNING id
     ), d AS (
       INSERT INTO dossier (foyer_id, eds_id, date_ouverture, updated_at) SELECT f.id, eds.eds_id, current_date, now() FROM f, eds RETURNING id, eds_id
     ), r AS (
       INSERT INTO attribution_dossier (dossier_id, agent_id, origine, debut, motif)
       SELECT d.id, NULL, $3::"OrigineAttribution", now() - interval '3 days', 'Secteur vacant (jeu d’essai)' FROM d RETURNING id
     )
     SELECT d.id AS dossier_id, d.eds_id FROM d, r, a`,
    [COMPTES.responsable, nom, origine],
  );
  expect(ligne).toBeDefined();
  return { dossierId: ligne!.dossier_id, edsId: ligne!.eds_id };
}

const attributions = (dossierId: number) =>
  queryE2e<{ agent_id: number | null; origine: string; fin: Date | null; regulation_id: number | null }>(
    `SELECT agent_id, origine::text, fin, regulation_id FROM attribution_dossier WHERE dossier_id = $1 ORDER BY id`,
    [dossierId],
  );

async function loginEmail(page: Page, email: string): Promise<void> {
  await page.goto('/connexion');
  await page.getByLabel('Adresse électronique').fill(email);
  await page.getByLabel('Mot de passe').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/connexion'));
}

test('le responsable attribue un dossier en attente, puis enregistre une réunion de régulation', async ({ page }) => {
  const marque = `ATTRIBE${Date.now()}`;
  const { dossierId, edsId } = await dossierEnAttente(`${marque}UN`, 'SECTEUR');
  const [ts] = await queryE2e<{ id: number }>(`SELECT id FROM agent WHERE email = $1`, [COMPTES.ts]);

  await loginAs(page, 'responsable');
  await page.getByRole('navigation', { name: 'Menu principal' }).getByRole('link', { name: 'Attribution' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Attribution des dossiers' })).toBeVisible();
  const file = page.getByRole('region', { name: /^Dossiers à attribuer/ });
  const attente = file.getByRole('listitem').filter({ has: page.getByRole('heading', { name: `${marque}UN Alix` }) });
  await expect(attente).toContainText('En attente depuis');
  await expect(attente).toContainText('3 jours');
  await expect(attente).toContainText('Secteur vacant (jeu d’essai)');
  await expect(page.getByRole('region', { name: 'Charge des travailleurs sociaux' }).getByRole('rowheader', { name: 'Camille Laurent' })).toBeVisible();
  await expectAccessible(page);

  // Without a TS chosen: a French message at the field, nothing written.
  await attente.getByRole('button', { name: 'Attribuer' }).click();
  await expect(attente.getByText('Choisissez le travailleur social.')).toBeVisible();
  expect(await attributions(dossierId)).toHaveLength(1);

  await attente.getByLabel('Attribuer à').selectOption(String(ts!.id));
  await attente.getByLabel('Motif (facultatif)').fill('Connaît la famille');
  await attente.getByRole('button', { name: 'Attribuer' }).click();
  // Assigned, the dossier leaves the queue.
  await expect(file.getByRole('heading', { name: `${marque}UN Alix` })).toHaveCount(0);
  const historique = await attributions(dossierId);
  expect(historique).toHaveLength(2);
  expect(historique[0]!.fin).not.toBeNull();
  expect(historique[1]).toMatchObject({ agent_id: ts!.id, origine: 'MANUELLE', fin: null });
  expect((await queryE2e<{ referent_id: number }>(`SELECT referent_id FROM dossier WHERE id = $1`, [dossierId]))[0]?.referent_id).toBe(ts!.id);

  // The dossier's history.
  await page.goto(`/attribution/dossiers/${dossierId}`);
  const lignes = page.getByRole('table', { name: 'Attributions successives du dossier' }).getByRole('row');
  await expect(lignes).toHaveCount(3);
  await expect(lignes.nth(1)).toContainText('Camille Laurent');
  await expect(lignes.nth(1)).toContainText('Décision du responsable');
  await expect(lignes.nth(2)).toContainText('File à attribuer');
  await expectAccessible(page);

  // The weekly meeting: a foyer waiting for régulation is taken by the TS.
  const seconde = await dossierEnAttente(`${marque}DEUX`, 'REGULATION');
  await page.goto('/attribution/regulation');
  await expect(page.getByRole('heading', { level: 1, name: 'Réunions de régulation' })).toBeVisible();
  await expectAccessible(page);
  const formulaire = page.getByRole('form', { name: 'Nouvelle réunion de régulation' });
  await formulaire.getByRole('button', { name: 'Enregistrer la réunion' }).click();
  await expect(formulaire.getByText('Cochez au moins un participant.')).toBeVisible();
  await formulaire.getByRole('checkbox', { name: /Camille Laurent/ }).check();
  await formulaire.getByRole('checkbox', { name: /Marc Dupuis/ }).check();
  await formulaire.getByLabel(`Qui prend le foyer ${marque}DEUX Alix ?`).selectOption(String(ts!.id));
  await formulaire.getByRole('button', { name: 'Enregistrer la réunion' }).click();
  await expect(formulaire.getByRole('status')).toContainText('Réunion enregistrée : 1 dossier(s) attribué(s).');
  const reunions = page.getByRole('region', { name: 'Réunions précédentes' });
  await expect(reunions.getByRole('link', { name: `${marque}DEUX Alix` })).toBeVisible();
  await expect(reunions).toContainText('Participants : Marc Dupuis, Camille Laurent.');
  expect(await attributions(seconde.dossierId)).toMatchObject([{ fin: expect.any(Date) }, { agent_id: ts!.id, origine: 'REGULATION', fin: null, regulation_id: expect.any(Number) }]);
  await expectAccessible(page);

  // Secteurs and settings: a new secteur with one street.
  await page.goto('/attribution/secteurs');
  await expect(page.getByRole('heading', { level: 1, name: 'Secteurs et réglages' })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel('Nom du nouveau secteur').fill(`Secteur ${marque}`);
  await page.getByRole('button', { name: 'Créer le secteur' }).click();
  const secteur = page.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3, name: `Secteur ${marque}` }) });
  await expect(secteur).toContainText('Secteur vacant');
  const zone = secteur.getByRole('form', { name: `Ajouter une zone au secteur Secteur ${marque}` });
  await zone.getByRole('radio', { name: 'Une rue' }).check();
  await zone.getByRole('combobox', { name: 'Commune', exact: true }).selectOption({ index: 1 });
  await zone.getByRole('textbox', { name: 'Rue', exact: true }).fill(`av. du ${marque}`);
  await zone.getByRole('button', { name: 'Ajouter la zone' }).click();
  await expect(secteur.getByRole('list', { name: `Zones du secteur Secteur ${marque}` })).toContainText(`AVENUE DU ${marque}`);
  await expectAccessible(page);
  // The demo's secteurs stay as the seed drew them for the specs that follow.
  await queryE2e(`DELETE FROM secteur WHERE eds_id = $1 AND nom = $2`, [edsId, `Secteur ${marque}`]);
});

test('le responsable de territoire consulte sans attribuer ; TS et secrétaire n’ont pas de page d’attribution', async ({ page }) => {
  const marque = `ATTRIBT${Date.now()}`;
  const { dossierId, edsId } = await dossierEnAttente(marque, 'SECTEUR');
  await loginAs(page, 'territoire');
  await page.goto(`/attribution?eds=${edsId}`);
  await expect(page.getByRole('heading', { name: `${marque} Alix` })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Attribuer' })).toHaveCount(0);
  await expectAccessible(page);

  for (const compte of ['ts', 'secretaire'] as const) {
    await page.context().clearCookies();
    await loginAs(page, compte);
    for (const url of ['/attribution', '/attribution/secteurs', '/attribution/regulation', `/attribution/dossiers/${dossierId}`]) {
      expect((await page.goto(url))?.status()).toBe(404);
    }
    await expect(page.getByRole('navigation', { name: 'Menu principal' }).getByRole('link', { name: 'Attribution' })).toHaveCount(0);
  }
});

test('le responsable d’un autre EDS : la file, les secteurs et l’historique de l’EDS sont introuvables', async ({ page }) => {
  const marque = `ATTRIBX${Date.now()}`;
  const { dossierId, edsId } = await dossierEnAttente(marque, 'SECTEUR');
  // The responsable of another EDS gets the demo password for this test.
  const [autre] = await queryE2e<{ email: string }>(
    `UPDATE agent SET password_hash = (SELECT password_hash FROM agent WHERE email = $1)
     WHERE id = (SELECT ag.id FROM agent ag JOIN affectation af ON af.agent_id = ag.id
                 WHERE ag.role = 'RESPONSABLE_EDS' AND ag.actif AND af.eds_id <> $2 AND af.fin IS NULL ORDER BY ag.id LIMIT 1)
     RETURNING email`,
    [COMPTES.responsable, edsId],
  );
  try {
    await loginEmail(page, autre!.email);
    for (const url of [`/attribution?eds=${edsId}`, `/attribution/secteurs?eds=${edsId}`, `/attribution/regulation?eds=${edsId}`, `/attribution/dossiers/${dossierId}`]) {
      const reponse = await page.goto(url);
      expect(reponse?.status()).toBe(404);
      await expect(page.locator('body')).not.toContainText(marque);
    }
    await page.goto('/attribution');
    await expect(page.getByRole('heading', { level: 1, name: 'Attribution des dossiers' })).toBeVisible();
    await expect(page.locator('body')).not.toContainText(marque);
  } finally {
    // The demo gives that account no password: put it back as it was.
    await queryE2e(`UPDATE agent SET password_hash = NULL WHERE email = $1`, [autre!.email]);
  }
});
