/**
 * Import of an uploaded archive (/administration/import): the administrator only; all or nothing; one
 * audit row per attempt; the upload route's answers (404, refusals, the NDJSON stream).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strToU8, zipSync, type Zippable } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { EvenementImport } from '@/features/admin/import/evenements';
import { importArchive } from '@/features/admin/import/mutations';
import { lireCorps, origineAutorisee, repondreTeleversement } from '@/features/admin/import/televersement';
import { setupMonde } from '../factories/setup-monde';

const w = setupMonde();
const { prisma, acteur } = w;

const PETIT = join(import.meta.dirname, '../echange/fixtures/petit');
const AUJOURDHUI = '2025-06-15';

/** The petit fixture as an archive: its files in one folder, with a file that is not CSV. */
function archivePetit(modifier: (fichiers: Record<string, string>) => void = () => {}): Uint8Array<ArrayBuffer> {
  const fichiers = Object.fromEntries(readdirSync(PETIT).map((f) => [f, readFileSync(join(PETIT, f), 'utf8')]));
  modifier(fichiers);
  const zippable: Zippable = { 'petit/LISEZMOI.txt': strToU8('Export de test') };
  for (const [nom, texte] of Object.entries(fichiers)) zippable[`petit/${nom}`] = strToU8(texte);
  return zipSync(zippable);
}

/** What an import may have written (the world has 2 EDS and 2 foyers). */
async function compter() {
  const [eds, foyers, rdv, agents] = await Promise.all([prisma.eds.count(), prisma.foyer.count(), prisma.rendezVous.count(), prisma.agent.count()]);
  return { eds, foyers, rdv, agents };
}

const auditsImport = () => prisma.auditLog.findMany({ where: { objet: 'Import' }, select: { acteurId: true, action: true, details: true } });

describe('import d’une archive', () => {
  it('l’administrateur importe le petit dossier : comptes par fichier, progression, audit', async () => {
    const admin = await acteur(w.monde.agents.admin.id);
    const evenements: EvenementImport[] = [];
    const r = await importArchive(admin, archivePetit(), { aujourdhui: AUJOURDHUI, onEvenement: (e) => evenements.push(e) });
    if (r.statut !== 'importe') throw new Error(`import refusé : ${JSON.stringify(r)}`);
    expect(r.comptes).toHaveLength(17);
    expect(r.comptes.find((c) => c.fichier === 'eds.csv')).toMatchObject({ lignes: 2, creees: 2, modifiees: 0, inchangees: 0 });
    expect(r.comptes.find((c) => c.fichier === 'rendez_vous.csv')).toMatchObject({ lignes: 6, creees: 6 });
    expect(r.comptes.every((c) => c.lignes > 0 && c.creees === c.lignes)).toBe(true);
    expect(r.avertissements).toEqual(['fichier « petit/LISEZMOI.txt » ignoré : seuls les fichiers .csv sont lus']);
    expect(await compter()).toEqual({ eds: 4, foyers: 5, rdv: 8, agents: 14 });

    // Progress: the files in import order, each checked then written, the whole going up to 1.
    expect(evenements[0]).toMatchObject({ type: 'debut', fichiers: expect.arrayContaining(['eds.csv', 'ressources.csv']) });
    const progression = evenements.flatMap((e) => (e.type === 'progression' ? [e] : []));
    expect(progression.filter((p) => p.etape === 'verification').map((p) => p.fichier)).toHaveLength(17);
    expect(progression.filter((p) => p.etape === 'ecriture' && p.fait === p.total).map((p) => `${p.rang}/${p.nombre} ${p.fichier}`)).toContain('17/17 ressources.csv');
    const avancements = progression.map((p) => p.avancement);
    expect(avancements).toEqual([...avancements].sort((a, b) => a - b));
    expect(avancements.at(-1)).toBeCloseTo(1, 10);

    const [audit, ...autres] = await auditsImport();
    expect(autres).toEqual([]);
    expect(audit).toMatchObject({
      acteurId: admin.id,
      action: 'CREATION',
      details: { resultat: 'IMPORTE', fichiers: { 'eds.csv': { lignes: 2, creees: 2, modifiees: 0, inchangees: 0, supprimees: 0 } } },
    });

    // The same archive again: nothing changes.
    const encore = await importArchive(admin, archivePetit(), { aujourdhui: AUJOURDHUI });
    expect(encore.statut === 'importe' && encore.comptes.every((c) => c.creees === 0 && c.modifiees === 0 && c.inchangees === c.lignes)).toBe(true);
    expect(await compter()).toEqual({ eds: 4, foyers: 5, rdv: 8, agents: 14 });
  });

  it.each(['tsA', 'secretaireA', 'responsableA', 'territoire', 'direction', 'partenaire'] as const)('%s ne peut pas importer : rien n’est lu ni écrit', async (nom) => {
    const avant = await compter();
    expect(await importArchive(await acteur(w.monde.agents[nom].id), archivePetit(), { aujourdhui: AUJOURDHUI })).toEqual({ statut: 'introuvable' });
    expect(await compter()).toEqual(avant);
    expect(await auditsImport()).toEqual([]);
  });

  it('une archive avec une erreur n’écrit rien et renvoie les erreurs fichier:ligne: colonne: raison', async () => {
    const admin = await acteur(w.monde.agents.admin.id);
    const avant = await compter();
    const archive = archivePetit((f) => {
      f['rendez_vous.csv'] = `${(f['rendez_vous.csv'] ?? '').trimEnd()}\nR99,F404,,AG1,2022-05-02T10:00,30,TELEPHONE,HONORE\n`;
    });
    const r = await importArchive(admin, archive, { aujourdhui: AUJOURDHUI });
    expect(r).toEqual({
      statut: 'erreurs',
      erreurs: ['rendez_vous.csv:8: foyer_id: foyer « F404 » introuvable : ni dans foyers.csv ni dans la base'],
      totalErreurs: 1,
      avertissements: ['fichier « petit/LISEZMOI.txt » ignoré : seuls les fichiers .csv sont lus'],
    });
    expect(await compter()).toEqual(avant);
    expect(await auditsImport()).toEqual([{ acteurId: admin.id, action: 'CREATION', details: expect.objectContaining({ resultat: 'ERREURS', erreurs: 1 }) }]);
  });

  it('un fichier qui n’est pas une archive ZIP est refusé en français, sans rien écrire', async () => {
    const admin = await acteur(w.monde.agents.admin.id);
    const avant = await compter();
    const r = await importArchive(admin, strToU8(readFileSync(join(PETIT, 'eds.csv'), 'utf8')));
    expect(r).toEqual({
      statut: 'archive-invalide',
      message: 'Ce fichier n’est pas une archive ZIP. Compressez le dossier des fichiers CSV au format .zip puis recommencez.',
    });
    expect(await compter()).toEqual(avant);
    expect(await auditsImport()).toEqual([{ acteurId: admin.id, action: 'CREATION', details: expect.objectContaining({ resultat: 'ARCHIVE_INVALIDE' }) }]);
  });

  it('un seul import à la fois', async () => {
    const admin = await acteur(w.monde.agents.admin.id);
    const premier = importArchive(admin, archivePetit(), { aujourdhui: AUJOURDHUI });
    const second = await importArchive(admin, archivePetit(), { aujourdhui: AUJOURDHUI });
    expect(second).toEqual({ statut: 'echec', message: 'Un autre import est en cours : réessayez quand il sera terminé.', rienEnregistre: true });
    expect((await premier).statut).toBe('importe');
  });
});

describe('route de téléversement', () => {
  const URL_ROUTE = 'http://sillage.test/administration/import/televersement';
  const requete = (corps: Uint8Array<ArrayBuffer>, entetes: Record<string, string> = {}) =>
    new Request(URL_ROUTE, {
      method: 'POST',
      headers: { origin: 'http://sillage.test', host: 'sillage.test', 'content-type': 'application/zip', ...entetes },
      body: corps,
    });

  it('répond 404 à qui n’est pas administrateur, sans lire l’archive', async () => {
    for (const nom of ['tsA', 'direction'] as const) {
      const reponse = await repondreTeleversement(await acteur(w.monde.agents[nom].id), requete(archivePetit()));
      expect(reponse.status).toBe(404);
    }
    expect((await repondreTeleversement(null, requete(archivePetit()))).status).toBe(404);
    expect(await auditsImport()).toEqual([]);
  });

  it('refuse une requête d’un autre site, un corps qui n’est pas un zip, une archive trop lourde', async () => {
    const admin = await acteur(w.monde.agents.admin.id);
    const autreSite = await repondreTeleversement(admin, requete(archivePetit(), { origin: 'https://ailleurs.example' }));
    expect(autreSite.status).toBe(403);
    expect(await autreSite.json()).toEqual({ message: 'Requête refusée : elle ne provient pas de l’application.' });
    const formulaire = await repondreTeleversement(admin, requete(archivePetit(), { 'content-type': 'multipart/form-data; boundary=x' }));
    expect(formulaire.status).toBe(415);
    const tropLourde = await repondreTeleversement(admin, requete(archivePetit(), { 'content-length': String(300 * 1024 * 1024) }));
    expect(tropLourde.status).toBe(413);
    expect(await tropLourde.json()).toEqual({ message: 'L’archive dépasse la taille maximale de 200 Mo.' });
    expect(await compter()).toEqual({ eds: 2, foyers: 2, rdv: 2, agents: 10 });
  });

  it('diffuse la progression puis le résultat, une ligne JSON par événement', async () => {
    const reponse = await repondreTeleversement(await acteur(w.monde.agents.admin.id), requete(archivePetit()), { aujourdhui: AUJOURDHUI });
    expect(reponse.status).toBe(200);
    expect(reponse.headers.get('content-type')).toBe('application/x-ndjson; charset=utf-8');
    expect(reponse.headers.get('cache-control')).toContain('no-transform');
    const evenements = (await reponse.text())
      .split('\n')
      .filter((l) => l.trim() !== '')
      .map((l) => JSON.parse(l) as EvenementImport);
    expect(evenements[0]?.type).toBe('debut');
    expect(evenements.filter((e) => e.type === 'progression').length).toBeGreaterThan(17);
    const fin = evenements.at(-1);
    expect(fin?.type === 'fin' && fin.resultat.statut).toBe('importe');
    expect(await compter()).toEqual({ eds: 4, foyers: 5, rdv: 8, agents: 14 });
  });

  it('lireCorps s’arrête dès que le corps dépasse la limite, annoncée ou non', async () => {
    const flux = (...morceaux: number[]) =>
      new ReadableStream<Uint8Array>({
        start(c) {
          for (const n of morceaux) c.enqueue(new Uint8Array(n).fill(7));
          c.close();
        },
      });
    expect(await lireCorps(flux(4, 4), 8, 10)).toEqual({ ok: true, octets: new Uint8Array(8).fill(7) });
    expect(await lireCorps(flux(4, 4), null, 10)).toEqual({ ok: true, octets: new Uint8Array(8).fill(7) });
    // A length announced too short: the rest is still read (and counted).
    expect(await lireCorps(flux(4, 4), 5, 10)).toEqual({ ok: true, octets: new Uint8Array(8).fill(7) });
    expect(await lireCorps(flux(6, 6), null, 10)).toEqual({ ok: false, raison: 'trop-gros' });
    expect(await lireCorps(flux(1), 11, 10)).toEqual({ ok: false, raison: 'trop-gros' });
    expect(await lireCorps(flux(), null, 10)).toEqual({ ok: false, raison: 'vide' });
  });

  it('origineAutorisee compare l’origine du navigateur à l’hôte, transmis ou non par un mandataire', () => {
    expect(origineAutorisee(new Headers({ origin: 'https://sillage.cd.fr', host: 'sillage.cd.fr' }))).toBe(true);
    expect(origineAutorisee(new Headers({ origin: 'https://sillage.cd.fr', host: '127.0.0.1:3000', 'x-forwarded-host': 'sillage.cd.fr' }))).toBe(true);
    expect(origineAutorisee(new Headers({ origin: 'https://evil.example', host: 'sillage.cd.fr' }))).toBe(false);
    expect(origineAutorisee(new Headers({ host: 'sillage.cd.fr' }))).toBe(false);
    expect(origineAutorisee(new Headers({ origin: 'null', host: 'sillage.cd.fr' }))).toBe(false);
  });
});
