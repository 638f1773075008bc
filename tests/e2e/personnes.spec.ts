import { expect, test } from '@playwright/test';
import { expectAccessible, loginAs, queryE2e } from './fixtures';

test('la secrétaire crée une personne et son foyer après avoir écarté un doublon proposé ; le responsable fusionne puis annule', async ({ page }) => {
  // A unique name (letters only: the ladder compares names), and an existing record with the same birth date.
  const nom = `Valmorin${Date.now().toString(36).replace(/\d/g, (c) => 'abcdefghij'[Number(c)]!)}`;
  const [existante] = await queryE2e<{ id: number }>(
    `INSERT INTO personne (nom, prenom, date_naissance, sexe, updated_at) VALUES ($1, 'Odile', '1987-03-12', 'F', now()) RETURNING id`,
    [nom],
  );

  await loginAs(page, 'secretaire');
  await page.goto(`/accueil/personnes/nouvelle?q=${encodeURIComponent(`${nom} Odile`)}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Nouvelle personne' })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Nom', exact: true })).toHaveValue(nom);
  await expectAccessible(page);

  // Bad input: French messages at the fields, nothing written.
  await page.getByLabel('Téléphone').fill('12 34');
  await page.getByRole('button', { name: 'Créer la personne et le foyer' }).click();
  await expect(page.getByText('Saisissez la date de naissance.')).toBeVisible();
  await expect(page.getByText('Indiquez le sexe.')).toBeVisible();
  await expect(page.getByText(/Numéro de téléphone invalide/)).toBeVisible();
  await expect(page.getByLabel('Téléphone')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByLabel('Téléphone')).toHaveAttribute('inputmode', 'tel');
  expect((await queryE2e<{ n: number }>(`SELECT count(*)::int AS n FROM personne WHERE nom = $1`, [nom]))[0]!.n).toBe(1);
  await expectAccessible(page);

  await page.getByLabel('Date de naissance').fill('1987-03-12');
  await page.getByRole('radio', { name: 'Femme' }).check();
  await page.getByLabel('Téléphone').fill('06.98.76.54.32');
  await page.getByLabel('Adresse').fill('12 rue des Lilas');
  await page.getByRole('button', { name: 'Créer la personne et le foyer' }).click();

  // The ladder proposes the existing record; nothing is created yet.
  const doublons = page.getByRole('region', { name: 'Cette personne existe peut-être déjà' });
  await expect(doublons).toContainText(`${nom.toUpperCase()} Odile`);
  await expect(doublons).toContainText('12/03/1987');
  expect((await queryE2e<{ n: number }>(`SELECT count(*)::int AS n FROM personne WHERE nom = $1`, [nom]))[0]!.n).toBe(1);
  await expectAccessible(page);

  await page.getByRole('button', { name: 'C’est une autre personne : créer la fiche' }).click();
  await expect(page.getByRole('status')).toContainText('Personne et foyer créés');
  const [creee] = await queryE2e<{ id: number; telephone: string; foyer_id: number }>(
    `SELECT p.id, p.telephone, a.foyer_id FROM personne p JOIN appartenance a ON a.personne_id = p.id WHERE p.nom = $1 AND p.id <> $2`,
    [nom, existante!.id],
  );
  expect(creee!.telephone).toBe('06 98 76 54 32');
  const [confirmation] = await queryE2e<{ details: { candidats: number[] } }>(`SELECT details FROM audit_log WHERE objet = 'ConfirmationAutrePersonne' AND objet_id = $1`, [String(creee!.id)]);
  expect(confirmation!.details.candidats).toContain(existante!.id);

  // The new foyer's dossier, then its composition (history; a niveau 1 secrétaire does not change it).
  await page.getByRole('link', { name: 'Ouvrir le dossier du foyer' }).click();
  await expect(page.getByRole('region', { name: 'Composition du foyer' })).toContainText(nom.toUpperCase());
  await page.getByRole('link', { name: 'Modifier la composition' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Composition du foyer' })).toBeVisible();
  await expect(page.getByRole('group', { name: 'Historique de la composition du foyer' })).toContainText(nom.toUpperCase());
  await expectAccessible(page);

  // The two records turn out to be the same person: the responsable merges them, then undoes the merge.
  await queryE2e(`INSERT INTO appartenance (personne_id, foyer_id, role, debut) VALUES ($1, $2, 'AUTRE', '2020-01-01')`, [existante!.id, creee!.foyer_id]);
  await page.context().clearCookies();
  await loginAs(page, 'responsable');
  await page.goto(`/personnes/fusion?nom=${nom}&naissance=12/03/1987`);
  await expect(page.getByRole('heading', { level: 1, name: 'Fusion de fiches' })).toBeVisible();
  await page.getByRole('radio', { name: `Conserver la fiche n° ${creee!.id}` }).check();
  await page.getByRole('radio', { name: `Fiche n° ${existante!.id} en double` }).check();
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Comparer les deux fiches' }).click();
  await page.getByRole('button', { name: `Fusionner la fiche n° ${existante!.id} dans la fiche n° ${creee!.id}` }).click();
  await expect(page.getByRole('status')).toContainText('Fiches fusionnées');
  expect((await queryE2e<{ f: number }>(`SELECT fusionnee_dans_id AS f FROM personne WHERE id = $1`, [existante!.id]))[0]!.f).toBe(creee!.id);

  await page.getByRole('link', { name: 'Voir vos dernières fusions' }).click();
  await page.getByRole('link', { name: 'voir l’entrée du journal et annuler' }).first().click();
  await expect(page.getByRole('region', { name: 'Ce que la fusion a fait' })).toContainText(`fiche n° ${existante!.id}`);
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Annuler la fusion' }).click();
  await expect(page.getByRole('status')).toContainText('Fusion annulée');
  expect((await queryE2e<{ f: number | null }>(`SELECT fusionnee_dans_id AS f FROM personne WHERE id = $1`, [existante!.id]))[0]!.f).toBeNull();
  await expectAccessible(page);
});
