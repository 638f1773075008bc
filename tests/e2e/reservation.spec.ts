/**
 * Booking a rdv from the accueil (issue 6, item 5): a secrétaire opens the booking page of a foyer whose request
 * waits for more than 48 hours, picks the first free slot of the référent's agenda with the keyboard, books it,
 * and finds it in the TS's agenda. The foyer is created by the spec with a unique name.
 */
import { expect, test } from '@playwright/test';
import { COMPTES, expectAccessible, loginAs, queryE2e } from './fixtures';

const CONSONNES = 'bcdfghjklmnpqrstvz';
const NOM = `Rendevouzier${Array.from({ length: 6 }, () => CONSONNES[Math.floor(Math.random() * CONSONNES.length)]).join('')}`;

let foyer: { foyer_id: number; ts_id: number; ts_nom: string };

test.beforeAll(async () => {
  // A foyer of the secrétaire's EDS followed by one of its TS, with a rdv request made three days ago.
  const [ligne] = await queryE2e<{ foyer_id: number; ts_id: number; ts_nom: string }>(
    `WITH eds AS (SELECT af.eds_id AS id FROM agent a JOIN affectation af ON af.agent_id = a.id WHERE a.email = $1 ORDER BY af.debut DESC LIMIT 1),
     ts AS (SELECT a.id, a.prenom || ' ' || a.nom AS nom FROM agent a JOIN affectation af ON af.agent_id = a.id
            WHERE af.eds_id = (SELECT id FROM eds) AND a.role = 'TRAVAILLEUR_SOCIAL' AND a.actif
              AND af.debut <= current_date AND (af.fin IS NULL OR af.fin >= current_date) ORDER BY a.id LIMIT 1),
     p AS (INSERT INTO personne (nom, prenom, date_naissance, sexe, updated_at) VALUES ($2, 'Apolline', '1979-08-14', 'F', now()) RETURNING id),
     f AS (INSERT INTO foyer (adresse, updated_at) VALUES ($3, now()) RETURNING id),
     ap AS (INSERT INTO appartenance (personne_id, foyer_id, role, debut) SELECT p.id, f.id, 'REFERENCE', current_date - 60 FROM p, f),
     d AS (INSERT INTO dossier (foyer_id, eds_id, referent_id, date_ouverture, updated_at)
           SELECT f.id, (SELECT id FROM eds), (SELECT id FROM ts), current_date - 60, now() FROM f),
     c AS (INSERT INTO contact (foyer_id, eds_id, date, canal, suite) SELECT f.id, (SELECT id FROM eds), now() - interval '3 days 2 hours', 'TELEPHONE', 'RENDEZ_VOUS' FROM f)
     SELECT f.id AS foyer_id, (SELECT id FROM ts) AS ts_id, (SELECT nom FROM ts) AS ts_nom FROM f`,
    [COMPTES.secretaire, NOM, `12 allée ${NOM}`],
  );
  if (!ligne?.ts_id) throw new Error('foyer de test non créé');
  foyer = ligne;
});

test('la secrétaire prend au clavier le premier créneau libre du référent et le retrouve dans son agenda', async ({ page }) => {
  await loginAs(page, 'secretaire');
  await page.goto(`/accueil/rendez-vous/nouveau?foyer=${foyer.foyer_id}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Prendre rendez-vous' })).toBeVisible();
  await expect(page.getByText(`${NOM.toUpperCase()} Apolline — `)).toBeVisible();
  // The 48-hour target, in words.
  await expect(page.getByText(/^Demande reçue il y a 3 jours et 2 heures — objectif 48 h dépassé/)).toBeVisible();
  await expect(page.getByLabel('Travailleur social')).toHaveValue(String(foyer.ts_id));
  await expect(page.getByText(`Proposé : ${foyer.ts_nom}, référent du foyer.`)).toBeVisible();
  await expectAccessible(page);

  // No slot chosen: a French message at the field, nothing written.
  await page.getByRole('button', { name: 'Réserver le rendez-vous' }).click();
  await expect(page.getByText('Choisissez un créneau.')).toBeVisible();
  const rdvDuFoyer = () => queryE2e<{ debut: Date; agent_id: number; statut: string; site_id: number | null; mode: string }>(`SELECT debut, agent_id, statut::text, site_id, mode::text FROM rendez_vous WHERE foyer_id = $1`, [foyer.foyer_id]);
  expect(await rdvDuFoyer()).toEqual([]);

  // Keyboard only: from the TS picker, Tab past its button into the slots, Space picks the first one, Enter books.
  await page.getByLabel('Travailleur social').focus();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  const premier = page.getByRole('radio').first();
  await expect(premier).toBeFocused();
  await page.keyboard.press('Space');
  await expect(premier).toBeChecked();
  const debut = await premier.getAttribute('value');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status')).toContainText('Rendez-vous enregistré.');

  const [rdv] = await rdvDuFoyer();
  expect(rdv).toMatchObject({ agent_id: foyer.ts_id, statut: 'PROGRAMME', mode: 'PRESENTIEL' });
  expect(rdv!.site_id).not.toBeNull();
  expect(new Date(rdv!.debut).toISOString()).toBe(debut);
  await expectAccessible(page);

  // The TS's agenda, week of the rdv.
  await page.getByRole('link', { name: `Voir l’agenda de ${foyer.ts_nom}` }).click();
  await expect(page).toHaveURL(new RegExp(`/agenda\\?semaine=\\d{4}-\\d{2}-\\d{2}&agent=${foyer.ts_id}$`));
  await expect(page.getByRole('heading', { level: 1, name: `Agenda de ${foyer.ts_nom}` })).toBeVisible();
  await expect(page.locator(`time[datetime="${debut}"]`)).toBeVisible();
  await expect(page.getByRole('link', { name: `${NOM.toUpperCase()} Apolline` })).toBeVisible();
  await expectAccessible(page);

  // Back on the booking page: the slot is no longer offered and the request is answered.
  await page.goto(`/accueil/rendez-vous/nouveau?foyer=${foyer.foyer_id}`);
  await expect(page.getByText('Aucune demande en attente de réponse pour ce foyer.')).toBeVisible();
  await expect(page.locator(`input[type="radio"][value="${debut}"]`)).toHaveCount(0);
});

test('un responsable, la direction ou un partenaire obtiennent « introuvable »', async ({ page }) => {
  for (const compte of ['responsable', 'direction', 'partenaire'] as const) {
    await page.context().clearCookies();
    await loginAs(page, compte);
    const reponse = await page.goto(`/accueil/rendez-vous/nouveau?foyer=${foyer.foyer_id}`);
    expect(reponse?.status()).toBe(404);
    await expect(page.getByText(NOM.toUpperCase())).toHaveCount(0);
  }
});
