import { expect, test } from '@playwright/test';
import { COMPTES, expectAccessible, loginAs, queryE2e } from './fixtures';

test('la direction recalcule les indicateurs, lit un chiffre clé et télécharge le xlsx (journalisé)', async ({ page }) => {
  await loginAs(page, 'direction');
  await expect(page).toHaveURL(/\/indicateurs$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Indicateurs/);

  await page.getByRole('button', { name: 'Recalculer maintenant' }).click();
  // Either our computation, or the background job's that was running at that moment.
  await expect(page.getByRole('status').filter({ hasText: /Indicateurs recalculés\.|déjà en cours|continue en arrière-plan/ })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText(/^Calculés le \d{2}\/\d{2}\/\d{4} à \d{2}:\d{2} \(durée du calcul : [\d\u202f\u00a0,]+ s\)\.$/)).toBeVisible({ timeout: 60_000 });

  const cles = page.getByRole('region', { name: 'Indicateurs clés' });
  const chiffre = cles.getByRole('term').filter({ hasText: /^Foyers en accompagnement$/ }).locator('xpath=following-sibling::dd[1]');
  await expect(chiffre).toHaveText(/^\d[\d\u202f\u00a0]*$/);
  await expect(page.getByRole('heading', { level: 3, name: /^17\. Taux d.absentéisme/ })).toBeVisible();

  const href = await page.getByRole('link', { name: 'Télécharger (xlsx)' }).getAttribute('href');
  expect(href).toMatch(/^\/indicateurs\/export\?/);
  const avant = await queryE2e<{ n: number }>(`SELECT count(*)::int AS n FROM audit_log WHERE action = 'EXPORT' AND objet = 'Indicateurs'`);
  const reponse = await page.request.get(href!);
  expect(reponse.status()).toBe(200);
  expect(reponse.headers()['content-disposition']).toMatch(/attachment; filename="indicateurs-departement-\d{4}-01-01-\d{4}-\d{2}-\d{2}\.xlsx"/);
  expect((await reponse.body()).subarray(0, 2).toString('latin1')).toBe('PK');
  const apres = await queryE2e<{ n: number }>(`SELECT count(*)::int AS n FROM audit_log WHERE action = 'EXPORT' AND objet = 'Indicateurs'`);
  expect(apres[0]!.n).toBe(avant[0]!.n + 1);

  await expectAccessible(page);
});

test('le responsable passe de son tableau de bord aux indicateurs de son EDS ; un autre EDS est introuvable', async ({ page }) => {
  const [sien] = await queryE2e<{ code: string; nom: string }>(`
    SELECT e.code, e.nom FROM agent a JOIN affectation af ON af.agent_id = a.id JOIN eds e ON e.id = af.eds_id
    WHERE a.email = $1 ORDER BY af.debut DESC LIMIT 1`, [COMPTES.responsable]);
  const [autre] = await queryE2e<{ code: string }>(`SELECT code FROM eds WHERE code <> $1 ORDER BY code LIMIT 1`, [sien!.code]);

  await loginAs(page, 'responsable');
  await page.getByRole('link', { name: `Indicateurs de ${sien!.nom}` }).click();
  await expect(page).toHaveURL(new RegExp(`/indicateurs\\?eds=${encodeURIComponent(sien!.code)}$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Indicateurs/);
  await expect(page.getByRole('combobox', { name: 'Périmètre' })).toHaveValue(sien!.code);
  await expect(page.getByRole('combobox', { name: 'Périmètre' }).locator('option')).toHaveCount(1);
  await expectAccessible(page);

  const response = await page.goto(`/indicateurs?eds=${encodeURIComponent(autre!.code)}`);
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(/introuvable/i);
  expect((await page.request.get(`/indicateurs/export?eds=${encodeURIComponent(autre!.code)}&format=xlsx`)).status()).toBe(404);
});

test('un travailleur social n’a pas de page d’indicateurs', async ({ page }) => {
  await loginAs(page, 'ts');
  const response = await page.goto('/indicateurs');
  expect(response?.status()).toBe(404);
});
