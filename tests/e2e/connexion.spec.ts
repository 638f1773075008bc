import { expect, test } from '@playwright/test';
import { COMPTES, DEMO_PASSWORD, expectAccessible, loginAs, type CompteDemo } from './fixtures';

const ACCUEILS: Record<CompteDemo, { url: string; titre: RegExp }> = {
  secretaire: { url: '/accueil', titre: /Accueil du jour/ },
  ts: { url: '/agenda', titre: /Mon agenda/ },
  responsable: { url: '/tableau-de-bord', titre: /Tableau de bord/ },
  territoire: { url: '/tableau-de-bord', titre: /Tableau de bord/ },
  direction: { url: '/indicateurs', titre: /Indicateurs/ },
  admin: { url: '/administration', titre: /Administration/ },
  partenaire: { url: '/partenaire', titre: /Personnes orientées/ },
};

test('la page de connexion est en français, accessible et ne montre aucun mot de passe', async ({ page }) => {
  await page.goto('/connexion');
  await expect(page.getByRole('button', { name: 'Se connecter' })).toBeVisible();
  await expect(page.locator('body')).not.toContainText(DEMO_PASSWORD);
  await expectAccessible(page);
});

test('un mot de passe faux et une adresse inconnue donnent le même message', async ({ page }) => {
  for (const email of [COMPTES.ts, 'personne@inconnu.fr']) {
    await page.goto('/connexion');
    await page.getByLabel('Adresse électronique').fill(email);
    await page.getByLabel('Mot de passe').fill('mauvais-mot-de-passe');
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await expect(page.locator('#contenu').getByRole('alert')).toHaveText('Adresse électronique ou mot de passe incorrect.');
  }
});

for (const [compte, attendu] of Object.entries(ACCUEILS) as [CompteDemo, (typeof ACCUEILS)[CompteDemo]][]) {
  test(`${compte} arrive sur son accueil après connexion`, async ({ page }) => {
    await loginAs(page, compte);
    await expect(page).toHaveURL(new RegExp(`${attendu.url}$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(attendu.titre);
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Se déconnecter' }).click();
    await expect(page).toHaveURL(/\/connexion/);
  });
}

test('sans session, une page protégée renvoie vers la connexion', async ({ page }) => {
  await page.goto('/agenda');
  await expect(page).toHaveURL(/\/connexion/);
});
