import { expect, test } from '@playwright/test';
import { loginAs, queryE2e } from './fixtures';

test('un TS ne voit pas un dossier d’un autre EDS : page introuvable, aucune donnée', async ({ page }) => {
  const [autre] = await queryE2e<{ foyer_id: number; nom: string; prenom: string }>(`
    SELECT d.foyer_id, p.nom, p.prenom FROM dossier d
    JOIN eds e ON e.id = d.eds_id
    JOIN appartenance a ON a.foyer_id = d.foyer_id AND a.role = 'REFERENCE'
    JOIN personne p ON p.id = a.personne_id
    WHERE e.code = 'EDS-SUD-1' ORDER BY d.foyer_id LIMIT 1`);
  expect(autre).toBeDefined();
  await loginAs(page, 'ts');
  const response = await page.goto(`/foyers/${autre!.foyer_id}`);
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(/introuvable/i);
  await expect(page.locator('body')).not.toContainText(autre!.nom);
});

test('une secrétaire voit l’identité d’un foyer de son EDS mais aucun compte rendu', async ({ page }) => {
  const [foyer] = await queryE2e<{ foyer_id: number; compte_rendu: string }>(`
    SELECT r.foyer_id, r.compte_rendu FROM rendez_vous r
    JOIN dossier d ON d.foyer_id = r.foyer_id JOIN eds e ON e.id = d.eds_id
    WHERE e.code = 'EDS-NORD-1' AND r.compte_rendu IS NOT NULL
    ORDER BY r.debut DESC LIMIT 1`);
  expect(foyer).toBeDefined();
  await loginAs(page, 'secretaire');
  const response = await page.goto(`/foyers/${foyer!.foyer_id}`);
  expect(response?.status()).toBe(200);
  await expect(page.locator('body')).not.toContainText(foyer!.compte_rendu.slice(0, 30));
});
