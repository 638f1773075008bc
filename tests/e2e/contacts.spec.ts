import { expect, test, type Page } from '@playwright/test';
import { COMPTES, expectAccessible, loginAs, queryE2e } from './fixtures';

/** The day's "Personnes reçues" and "Dont contacts légers" figures of the journal. */
async function chiffresDuJour(page: Page): Promise<{ personnes: number; legers: number }> {
  await page.goto('/accueil/journal');
  const jour = page.getByRole('region', { name: /^Journée du/ });
  const valeur = async (label: string) => Number((await jour.getByRole('term').filter({ hasText: label }).locator('xpath=following-sibling::dd[1]').innerText()).replace(/\D/g, ''));
  return { personnes: await valeur('Personnes reçues'), legers: await valeur('Dont contacts légers') };
}

test('la secrétaire saisit une fiche contact et un contact léger, les retrouve au journal ; le TS voit l’urgence', async ({ page }) => {
  const marque = `E2E-CONTACT-${Date.now()}`;
  // A foyer of the secrétaire's EDS whose reference person has no contact today (so the journal gains exactly one person)
  // and no coming rdv (which, booked by the seed a moment ago, would answer the request at once).
  const [foyer] = await queryE2e<{ foyer_id: number; personne_id: number }>(
    `SELECT d.foyer_id, a.personne_id FROM dossier d
     JOIN affectation af ON af.eds_id = d.eds_id JOIN agent ag ON ag.id = af.agent_id AND ag.email = $1
     JOIN appartenance a ON a.foyer_id = d.foyer_id AND a.role = 'REFERENCE' AND a.fin IS NULL
     WHERE NOT EXISTS (SELECT 1 FROM rendez_vous r WHERE r.foyer_id = d.foyer_id AND r.debut > now() - interval '1 day')
       AND NOT EXISTS (SELECT 1 FROM contact c WHERE c.personne_id = a.personne_id
                       AND (c.date AT TIME ZONE 'Europe/Paris')::date = (now() AT TIME ZONE 'Europe/Paris')::date)
     ORDER BY d.foyer_id DESC LIMIT 1`,
    [COMPTES.secretaire],
  );
  expect(foyer).toBeDefined();

  await loginAs(page, 'secretaire');
  const avant = await chiffresDuJour(page);

  // The fiche contact: required fields enforced, French messages at the fields, nothing written.
  await page.goto(`/accueil/contacts/nouveau?foyer=${foyer!.foyer_id}&personne=${foyer!.personne_id}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Nouvelle fiche contact' })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Enregistrer la fiche contact' }).click();
  await expect(page.getByText('Choisissez le motif du contact.')).toBeVisible();
  await expect(page.getByText('Choisissez la suite donnée au contact.')).toBeVisible();
  await expect(page.getByRole('combobox', { name: /^Motif/ })).toHaveAttribute('aria-invalid', 'true');
  expect((await queryE2e<{ n: number }>(`SELECT count(*)::int AS n FROM contact WHERE foyer_id = $1 AND date > now() - interval '1 hour'`, [foyer!.foyer_id]))[0]!.n).toBe(0);
  await expectAccessible(page);

  await page.getByRole('radio', { name: 'Téléphone' }).check();
  await page.getByRole('combobox', { name: /^Motif/ }).selectOption('LOGEMENT');
  await page.getByRole('radio', { name: 'Transmis au référent' }).check();
  await page.getByRole('checkbox', { name: 'Urgence' }).check();
  await page.getByLabel('Note de pré-évaluation').fill(`Hébergement ce soir, ${marque}.`);
  await page.getByRole('button', { name: 'Enregistrer la fiche contact' }).click();
  await expect(page.getByRole('status')).toContainText('Fiche contact enregistrée');
  const [ecrit] = await queryE2e<{ eds_id: number; site_id: number; canal: string; urgence: boolean }>(
    `SELECT eds_id, site_id, canal::text, urgence FROM contact WHERE note_accueil LIKE $1`,
    [`%${marque}%`],
  );
  expect(ecrit).toMatchObject({ canal: 'TELEPHONE', urgence: true });
  expect(ecrit!.site_id).not.toBeNull();

  // The light contact: nobody named.
  await page.goto('/accueil/contacts/leger');
  await expect(page.getByRole('heading', { level: 1, name: 'Contact léger' })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('combobox', { name: /^Motif/ }).selectOption('ACCES_DROITS');
  await page.getByRole('radio', { name: '60 ans et plus' }).check();
  await page.getByRole('button', { name: 'Enregistrer le contact léger' }).click();
  await expect(page.getByRole('status')).toContainText('Contact léger enregistré.');

  // The journal: one more person for the fiche, one more for the light contact; the request waits for an answer.
  const apres = await chiffresDuJour(page);
  expect(apres).toEqual({ personnes: avant.personnes + 2, legers: avant.legers + 1 });
  await expect(page.getByRole('region', { name: 'Demandes en attente de réponse' }).locator(`a[href="/foyers/${foyer!.foyer_id}"]`)).toBeVisible();
  await expectAccessible(page);

  // The dossier shows the fiche to the secrétaire, without the pre-evaluation note.
  await page.goto(`/foyers/${foyer!.foyer_id}`);
  const fiches = page.getByRole('region', { name: 'Fiches contact de l’accueil' });
  await expect(fiches).toContainText('Logement, hébergement');
  await expect(fiches).not.toContainText(marque);

  // The TS of the EDS sees the urgency on their agenda, with the note.
  await page.context().clearCookies();
  await loginAs(page, 'ts');
  await page.goto('/agenda');
  await expect(page.getByRole('region', { name: 'Urgences du jour' })).toContainText(marque);
  await expectAccessible(page);
});

test('le journal et les formulaires de contact sont introuvables pour la direction et le partenaire', async ({ page }) => {
  for (const compte of ['direction', 'partenaire'] as const) {
    await page.context().clearCookies();
    await loginAs(page, compte);
    for (const url of ['/accueil/journal', '/accueil/contacts/leger', '/accueil/contacts/nouveau?foyer=1']) {
      expect((await page.goto(url))?.status(), `${compte} ${url}`).toBe(404);
    }
  }
});
