/**
 * The accueil search (issue 6, item 1): a secrétaire types a name with a typo, moves with the keyboard and
 * opens the dossier; without JavaScript the same box is a GET form listing every result with its links;
 * a person of another EDS shows identity and référent only. Each run creates its own persons with unique
 * names (letters only: digits are not names).
 */
import { expect, test, type Page } from '@playwright/test';
import { expectAccessible, loginAs, queryE2e } from './fixtures';

const CONSONNES = 'bcdfghjklmnpqrstvz';
const unique = () => Array.from({ length: 6 }, () => CONSONNES[Math.floor(Math.random() * CONSONNES.length)]).join('');
const NOM = `Trémouillard${unique()}`;
const NOM_AUTRE_EDS = `Valbrune${unique()}`;
/** One letter wrong, no accent, lower case: what a hurried desk types. */
const NOM_AVEC_FAUTE = NOM.toLowerCase().replace('trémouillard', 'tremouilard');

async function creerFoyer(edsCode: string, nom: string, prenom: string, adresse: string): Promise<{ foyerId: number; personneId: number }> {
  const [ligne] = await queryE2e<{ foyer_id: number; personne_id: number }>(
    `WITH eds AS (SELECT id FROM eds WHERE code = $1),
     ts AS (SELECT a.id FROM agent a JOIN affectation af ON af.agent_id = a.id
            WHERE af.eds_id = (SELECT id FROM eds) AND a.role = 'TRAVAILLEUR_SOCIAL' AND a.actif ORDER BY a.id LIMIT 1),
     p AS (INSERT INTO personne (nom, prenom, date_naissance, sexe, telephone, updated_at)
           VALUES ($2, $3, '1984-02-29', 'F', '06 55 44 33 22', now()) RETURNING id),
     f AS (INSERT INTO foyer (adresse, updated_at) VALUES ($4, now()) RETURNING id),
     ap AS (INSERT INTO appartenance (personne_id, foyer_id, role, debut) SELECT p.id, f.id, 'REFERENCE', current_date - 30 FROM p, f),
     d AS (INSERT INTO dossier (foyer_id, eds_id, referent_id, date_ouverture, updated_at)
           SELECT f.id, (SELECT id FROM eds), (SELECT id FROM ts), current_date - 30, now() FROM f)
     SELECT f.id AS foyer_id, p.id AS personne_id FROM f, p`,
    [edsCode, nom, prenom, adresse],
  );
  if (!ligne) throw new Error('foyer non créé');
  return { foyerId: ligne.foyer_id, personneId: ligne.personne_id };
}

let ici: { foyerId: number; personneId: number };
let ailleurs: { foyerId: number; personneId: number };

test.beforeAll(async () => {
  ici = await creerFoyer('EDS-NORD-1', NOM, 'Gaëlle', `7 impasse ${NOM}`);
  ailleurs = await creerFoyer('EDS-SUD-1', NOM_AUTRE_EDS, 'Lison', `9 quai ${NOM_AUTRE_EDS}`);
});

const boite = (page: Page) => page.getByRole('combobox', { name: /Nom, prénom/ });

test('la secrétaire tape un nom avec une faute, choisit au clavier et ouvre le dossier', async ({ page }) => {
  await loginAs(page, 'secretaire');
  await page.goto('/accueil');
  await expect(page.getByRole('link', { name: 'Journal de l’accueil' })).toHaveAttribute('href', '/accueil/journal');

  await boite(page).click();
  await boite(page).pressSequentially(NOM_AVEC_FAUTE, { delay: 20 });
  const option = page.getByRole('option', { name: new RegExp(`${NOM.toUpperCase()} Gaëlle`) });
  await expect(option).toBeVisible();
  await expect(boite(page)).toHaveAttribute('aria-expanded', 'true');
  await expect(option).toContainText('EDS de Valbourg');
  await expect(option).toContainText('29/02/1984');
  await expectAccessible(page);

  // Down to our person (the list may hold others first), then Enter.
  for (let i = 0; i < 8 && (await option.getAttribute('aria-selected')) !== 'true'; i += 1) await boite(page).press('ArrowDown');
  await expect(option).toHaveAttribute('aria-selected', 'true');
  await expect(boite(page)).toHaveAttribute('aria-activedescendant', (await option.getAttribute('id')) ?? '');
  await boite(page).press('Enter');
  await page.waitForURL(`**/foyers/${ici.foyerId}`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(`Foyer de ${NOM.toUpperCase()} Gaëlle`);
});

test('sans JavaScript, la boîte est un formulaire : résultats, liens et issues', async ({ browser, page }) => {
  await loginAs(page, 'secretaire');
  const sansJs = await browser.newContext({ javaScriptEnabled: false, storageState: await page.context().storageState(), baseURL: test.info().project.use.baseURL });
  const p = await sansJs.newPage();
  await p.goto('/accueil');
  await boite(p).fill(NOM_AVEC_FAUTE);
  await p.getByRole('button', { name: 'Rechercher' }).click();
  await p.waitForURL(/\/accueil\?q=/);

  const resultat = p.getByRole('listitem').filter({ hasText: `${NOM.toUpperCase()} Gaëlle` });
  await expect(resultat).toContainText('TS référent');
  await expect(resultat).toContainText('06 55 44 33 22');
  await expect(resultat.getByRole('link', { name: /Ouvrir le dossier/ })).toHaveAttribute('href', `/foyers/${ici.foyerId}`);
  await expect(resultat.getByRole('link', { name: /Fiche contact/ })).toHaveAttribute('href', `/accueil/contacts/nouveau?foyer=${ici.foyerId}&personne=${ici.personneId}`);
  await expect(resultat.getByRole('link', { name: /Prendre rendez-vous/ })).toHaveAttribute('href', `/accueil/rendez-vous/nouveau?foyer=${ici.foyerId}`);
  await expect(p.getByRole('link', { name: 'Créer la personne' })).toHaveAttribute('href', `/accueil/personnes/nouvelle?q=${encodeURIComponent(NOM_AVEC_FAUTE)}`);
  await expect(p.getByRole('link', { name: 'Contact sans dossier' })).toHaveAttribute('href', '/accueil/contacts/leger');
  // The day's sections stay on the page.
  await expect(p.getByRole('heading', { name: 'Rendez-vous du jour' })).toBeVisible();
  await expect(p.getByRole('heading', { name: 'Fiches contact du jour' })).toBeVisible();
  await sansJs.close();
});

test('une personne d’un autre EDS : identité, EDS et TS référent, rien du dossier', async ({ page }) => {
  await loginAs(page, 'secretaire');
  await page.goto(`/accueil?q=${encodeURIComponent(NOM_AUTRE_EDS)}`);
  const resultat = page.getByRole('listitem').filter({ hasText: `${NOM_AUTRE_EDS.toUpperCase()} Lison` });
  await expect(resultat).toContainText('(autre EDS)');
  await expect(resultat).toContainText('TS référent');
  await expect(resultat.getByRole('link', { name: /Ouvrir le dossier/ })).toHaveCount(0);
  await expect(resultat.getByRole('link', { name: /Prendre rendez-vous/ })).toHaveCount(0);
  await expect(resultat.getByRole('link', { name: /Fiche contact/ })).toHaveAttribute('href', `/accueil/contacts/nouveau?foyer=${ailleurs.foyerId}&personne=${ailleurs.personneId}`);
  await expect(page.locator('body')).not.toContainText(`quai ${NOM_AUTRE_EDS}`);
  await expect(page.locator('body')).not.toContainText('06 55 44 33 22');
  await expectAccessible(page);

  const [audit] = await queryE2e<{ details: { terme: string; personneIds: number[] } }>(
    `SELECT details FROM audit_log WHERE objet = 'RecherchePersonnes' AND details->>'terme' = $1 ORDER BY id DESC LIMIT 1`,
    [NOM_AUTRE_EDS],
  );
  expect(audit?.details.personneIds).toContain(ailleurs.personneId);
});

test('le responsable n’a ni l’accueil du jour ni les suggestions (introuvable)', async ({ page }) => {
  await loginAs(page, 'responsable');
  expect((await page.goto('/accueil'))?.status()).toBe(404);
  const reponse = await page.request.get(`/accueil/recherche?q=${encodeURIComponent(NOM)}`);
  expect(reponse.status()).toBe(404);
  expect(await reponse.text()).not.toContain(NOM);
});
