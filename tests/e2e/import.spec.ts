import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { strToU8, zipSync, type Zippable } from 'fflate';
import { expectAccessible, loginAs, queryE2e } from './fixtures';

const PETIT = join(import.meta.dirname, '../echange/fixtures/petit');
// population.csv would replace the demo's population of those years (indicators): left out.
const FICHIERS = Object.fromEntries(
  readdirSync(PETIT)
    .filter((f) => f !== 'population.csv')
    .map((f) => [f, readFileSync(join(PETIT, f), 'utf8')]),
);

/** First column of a fixture file (its ids), header and continuation lines of quoted fields left out. */
function ids(fichier: string): string[] {
  return (FICHIERS[fichier] ?? '')
    .split(/\r?\n/)
    .slice(1)
    .map((l) => /^([A-Z][\w-]*),/.exec(l.replace(/^\uFEFF/, ''))?.[1])
    .filter((id): id is string => id !== undefined);
}

let dossier: string;
test.beforeAll(() => {
  dossier = mkdtempSync(join(tmpdir(), 'sillage-import-e2e-'));
});

/** Writes an archive of `fichiers` in a folder `export/`, as an export zipped by hand would be. */
function archive(nom: string, fichiers: Record<string, string>): string {
  const zippable: Zippable = {};
  for (const [f, texte] of Object.entries(fichiers)) zippable[`export/${f}`] = strToU8(texte);
  const chemin = join(dossier, nom);
  writeFileSync(chemin, zipSync(zippable));
  return chemin;
}

// The imported rows are removed afterwards (foyers and personnes take their rows along).
test.afterAll(async () => {
  await queryE2e(`DELETE FROM foyer WHERE external_id = ANY($1)`, [ids('foyers.csv')]);
  await queryE2e(`DELETE FROM personne WHERE external_id = ANY($1)`, [ids('personnes.csv')]);
  await queryE2e(`DELETE FROM agent WHERE external_id = ANY($1)`, [ids('agents.csv')]);
  await queryE2e(`DELETE FROM commune WHERE eds_id IN (SELECT id FROM eds WHERE code = ANY($1))`, [ids('eds.csv')]);
  await queryE2e(`DELETE FROM eds WHERE code = ANY($1)`, [ids('eds.csv')]);
  rmSync(dossier, { recursive: true, force: true });
});

test('un autre rôle n’a ni la page ni la route d’import', async ({ page }) => {
  await loginAs(page, 'direction');
  const reponse = await page.goto('/administration/import');
  expect(reponse?.status()).toBe(404);
  const post = await page.request.post('/administration/import/televersement', {
    headers: { 'Content-Type': 'application/zip', Origin: new URL(page.url()).origin },
    data: Buffer.from(zipSync({ 'eds.csv': strToU8(FICHIERS['eds.csv'] ?? '') })),
  });
  expect(post.status()).toBe(404);
  const [eds] = await queryE2e<{ n: number }>(`SELECT count(*)::int AS n FROM eds WHERE code = ANY($1)`, [ids('eds.csv')]);
  expect(eds!.n).toBe(0);
});

test('l’administrateur importe une archive : progression, comptes par fichier, journal', async ({ page }) => {
  const avant = await queryE2e<{ n: number }>(`SELECT count(*)::int AS n FROM audit_log WHERE objet = 'Import' AND details->>'resultat' = 'IMPORTE'`);
  await loginAs(page, 'admin');
  await page.getByRole('link', { name: 'Importer des données' }).click();
  await expect(page).toHaveURL(/\/administration\/import$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Importer des données');
  await expect(page.getByRole('table', { name: /Les 17 fichiers du format d’échange/ }).getByRole('row')).toHaveCount(18);
  await expectAccessible(page);

  await page.getByLabel('Archive ZIP des fichiers CSV').setInputFiles(archive('petit.zip', { ...FICHIERS, 'LISEZMOI.txt': 'Export de test' }));
  await page.getByRole('button', { name: 'Importer' }).click();

  await expect(page.getByRole('status')).toHaveText('Import terminé.', { timeout: 60_000 });
  await expect(page.getByRole('progressbar', { name: 'Avancement de l’import' })).toHaveAttribute('value', '100');
  await expect(page.getByRole('heading', { level: 3, name: 'Import terminé' })).toBeFocused();
  const comptes = page.getByRole('table', { name: 'Lignes importées par fichier' });
  await expect(comptes.getByRole('row')).toHaveCount(17); // header + 16 files
  await expect(comptes.getByRole('row', { name: /^eds\.csv / }).getByRole('cell')).toHaveText(['2', '2', '0', '0']);
  await expect(comptes.getByRole('row', { name: /^rendez_vous\.csv / }).getByRole('cell')).toHaveText(['6', '6', '0', '0']);
  await expect(page.getByText('fichier « export/LISEZMOI.txt » ignoré : seuls les fichiers .csv sont lus')).toBeVisible();
  await expectAccessible(page);

  const apres = await queryE2e<{ n: number }>(`SELECT count(*)::int AS n FROM audit_log WHERE objet = 'Import' AND details->>'resultat' = 'IMPORTE'`);
  expect(apres[0]!.n).toBe(avant[0]!.n + 1);
  const [foyers] = await queryE2e<{ n: number }>(`SELECT count(*)::int AS n FROM foyer WHERE external_id = ANY($1)`, [ids('foyers.csv')]);
  expect(foyers!.n).toBe(ids('foyers.csv').length);
});

test('une archive avec une erreur : la liste des erreurs, rien d’enregistré ; un fichier qui n’est pas un zip est refusé', async ({ page }) => {
  const avecErreur = {
    ...FICHIERS,
    'rendez_vous.csv': `${(FICHIERS['rendez_vous.csv'] ?? '').trimEnd()}\nR-E2E-1,F-E2E-INCONNU,,AG1,2022-05-02T10:00,30,TELEPHONE,HONORE\n`,
  };
  await loginAs(page, 'admin');
  await page.goto('/administration/import');
  await page.getByLabel('Archive ZIP des fichiers CSV').setInputFiles(archive('erreur.zip', avecErreur));
  await page.getByRole('button', { name: 'Importer' }).click();

  await expect(page.getByRole('heading', { level: 3, name: 'Import refusé : 1 erreur' })).toBeVisible({ timeout: 60_000 });
  await expect(page.getByText('Aucune donnée n’a été enregistrée.')).toBeVisible();
  await expect(page.getByRole('list', { name: /^Erreurs/ }).getByRole('listitem')).toHaveText([
    /^rendez_vous\.csv:\d+: foyer_id: foyer « F-E2E-INCONNU » introuvable : ni dans foyers\.csv ni dans la base$/,
  ]);
  const [rdv] = await queryE2e<{ n: number }>(`SELECT count(*)::int AS n FROM rendez_vous WHERE external_id = 'R-E2E-1'`);
  expect(rdv!.n).toBe(0);
  await expectAccessible(page);

  const faux = join(dossier, 'pas-une-archive.zip');
  writeFileSync(faux, FICHIERS['eds.csv'] ?? '');
  await page.getByLabel('Archive ZIP des fichiers CSV').setInputFiles(faux);
  await page.getByRole('button', { name: 'Importer' }).click();
  await expect(page.getByRole('heading', { level: 3, name: 'Import impossible' })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText('Ce fichier n’est pas une archive ZIP. Compressez le dossier des fichiers CSV au format .zip puis recommencez.')).toBeVisible();
});
