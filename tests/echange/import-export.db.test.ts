/**
 * Import and export of the exchange format on a real PostgreSQL: the small fixture folder, idempotence,
 * all-or-nothing on errors, adoption of generated ids, and the export → import round trip.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formatErreur } from '@/features/echange/erreurs';
import { unsafeExportDossier } from '@/features/echange/export-dossier';
import { unsafeImportDossier, unsafeImportSource, type ResultatImport } from '@/features/echange/import-dossier';
import { sourceMemoire, type Source } from '@/features/echange/source';
import { testClient } from '../factories/monde';
import { resetDatabase } from '../setup/reset';

const prisma = testClient();
const PETIT = join(import.meta.dirname, 'fixtures/petit');
const ERREURS = join(import.meta.dirname, 'fixtures/erreurs');
const AUJOURDHUI = '2025-06-15';
const dossiersTemporaires: string[] = [];

function dossierTemporaire(): string {
  const dir = mkdtempSync(join(tmpdir(), 'sillage-echange-'));
  dossiersTemporaires.push(dir);
  return dir;
}

function lireDossier(dir: string): Record<string, string> {
  return Object.fromEntries(readdirSync(dir).map((f) => [f, readFileSync(join(dir, f), 'utf8')]));
}

function ok(r: ResultatImport) {
  if (!r.ok) throw new Error(`import refusé :\n${r.erreurs.map(formatErreur).join('\n')}`);
  return r;
}

const importer = async (dir: string) => ok(await unsafeImportDossier(prisma, dir, { aujourdhui: AUJOURDHUI }));
const importerSource = async (source: Source) => ok(await unsafeImportSource(prisma, source, { aujourdhui: AUJOURDHUI }));

/**
 * Every table filled by an import, as sorted rows where references are external ids or codes and
 * technical columns (ids, versions, timestamps) are left out.
 */
const INSTANTANE: Record<string, string> = {
  eds: `SELECT code, nom FROM eds`,
  commune: `SELECT c.code, c.nom, e.code AS eds FROM commune c LEFT JOIN eds e ON e.id = c.eds_id`,
  agent: `SELECT external_id, nom, prenom, role::text, email, niveau, actif FROM agent`,
  affectation: `SELECT a.external_id AS agent, e.code AS eds, af.debut::text, af.fin::text, af.quotite::text
                FROM affectation af JOIN agent a ON a.id = af.agent_id JOIN eds e ON e.id = af.eds_id`,
  population: `SELECT annee, population, cout_etpt_ts::text FROM population`,
  personne: `SELECT external_id, nom, prenom, nom_naissance, date_naissance::text, sexe::text, numero_allocataire FROM personne`,
  foyer: `SELECT external_id, commune_code, adresse, date_ouverture::text FROM foyer`,
  dossier: `SELECT f.external_id AS foyer, e.code AS eds, d.date_ouverture::text, d.statut::text, d.sequence_declaree::text, d.referent_id
            FROM dossier d JOIN foyer f ON f.id = d.foyer_id JOIN eds e ON e.id = d.eds_id`,
  appartenance: `SELECT p.external_id AS personne, f.external_id AS foyer, ap.role::text, ap.debut::text, ap.fin::text
                 FROM appartenance ap JOIN personne p ON p.id = ap.personne_id JOIN foyer f ON f.id = ap.foyer_id`,
  orientation_rsa: `SELECT p.external_id AS personne, o.debut::text, o.fin::text, o.orientation::text
                    FROM orientation_rsa o JOIN personne p ON p.id = o.personne_id`,
  contact: `SELECT c.external_id, f.external_id AS foyer, p.external_id AS personne, e.code AS eds, to_char(c.date AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS') AS date,
                   c.canal::text, a.external_id AS agent, c.motif_code, c.motif
            FROM contact c JOIN foyer f ON f.id = c.foyer_id LEFT JOIN personne p ON p.id = c.personne_id
            LEFT JOIN eds e ON e.id = c.eds_id LEFT JOIN agent a ON a.id = c.agent_id`,
  rendez_vous: `SELECT r.external_id, f.external_id AS foyer, p.external_id AS personne, a.external_id AS agent,
                       to_char(r.debut AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS') AS debut, r.duree_minutes, r.mode::text, r.statut::text, r.annule_par::text
                FROM rendez_vous r JOIN foyer f ON f.id = r.foyer_id JOIN agent a ON a.id = r.agent_id LEFT JOIN personne p ON p.id = r.personne_id`,
  contrat: `SELECT k.external_id, f.external_id AS foyer, p.external_id AS personne, k.type::text, k.debut::text, k.fin::text, a.external_id AS agent
            FROM contrat k JOIN foyer f ON f.id = k.foyer_id LEFT JOIN personne p ON p.id = k.personne_id LEFT JOIN agent a ON a.id = k.agent_id`,
  diagnostic: `SELECT d.external_id, f.external_id AS foyer, d.date::text, a.external_id AS agent,
                      (SELECT string_agg(domaine_code, ';' ORDER BY domaine_code) FROM diagnostic_domaine dd WHERE dd.diagnostic_id = d.id) AS domaines
               FROM diagnostic d JOIN foyer f ON f.id = d.foyer_id LEFT JOIN agent a ON a.id = d.agent_id`,
  objectif: `SELECT o.external_id, f.external_id AS foyer, o.domaine_code, o.libelle, o.date::text, o.echeance::text, o.resultat::text
             FROM objectif o JOIN foyer f ON f.id = o.foyer_id`,
  action: `SELECT ac.external_id, f.external_id AS foyer, ac.date::text, ac.type_code, ac.libelle, ac.partenaire FROM action ac JOIN foyer f ON f.id = ac.foyer_id`,
  bilan: `SELECT b.external_id, f.external_id AS foyer, b.date::text, b.motif_sortie_code, b.commentaire FROM bilan b JOIN foyer f ON f.id = b.foyer_id`,
  aide: `SELECT ai.external_id, f.external_id AS foyer, ai.dispositif_code, ai.categorie::text, ai.montant::text, ai.statut::text,
                ai.date_demande::text, ai.date_decision::text, ai.date_paiement::text
         FROM aide ai JOIN foyer f ON f.id = ai.foyer_id`,
  ressource: `SELECT f.external_id AS foyer, r.annee, r.revenus_travail::text, r.retraite::text, r.allocations::text, r.autres::text
              FROM ressource r JOIN foyer f ON f.id = r.foyer_id`,
};

async function instantane(): Promise<Record<string, string[]>> {
  const out: Record<string, string[]> = {};
  for (const [table, sql] of Object.entries(INSTANTANE)) {
    const rows = await prisma.$queryRawUnsafe<Record<string, unknown>[]>(sql);
    out[table] = rows.map((r) => JSON.stringify(r)).sort();
  }
  return out;
}

/** Whole rows, technical columns included: an import that changes nothing must not touch them. */
async function lignesBrutes(): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const table of Object.keys(INSTANTANE)) {
    const rows = await prisma.$queryRawUnsafe<Record<string, unknown>[]>(`SELECT * FROM "${table}"`);
    out[table] = rows.map((r) => JSON.stringify(r, (_k, v: unknown) => (typeof v === 'bigint' ? String(v) : v))).sort();
  }
  return out;
}

async function compterLignes(): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const table of [...Object.keys(INSTANTANE), 'diagnostic_domaine']) {
    const [r] = await prisma.$queryRawUnsafe<{ n: number }[]>(`SELECT count(*)::int AS n FROM "${table}"`);
    out[table] = r?.n ?? -1;
  }
  return out;
}

beforeEach(() => resetDatabase());
afterEach(() => {
  for (const dir of dossiersTemporaires.splice(0)) rmSync(dir, { recursive: true, force: true });
});
afterAll(() => prisma.$disconnect());

describe('import du petit dossier', () => {
  it('écrit chaque fichier dans ses tables', async () => {
    const r = await importer(PETIT);
    expect(r.comptes.map((c) => [c.fichier, c.lignes, c.creees])).toEqual([
      ['eds.csv', 2, 2],
      ['agents.csv', 4, 4],
      ['affectations.csv', 5, 5],
      ['population.csv', 2, 2],
      ['personnes.csv', 6, 6],
      ['foyers.csv', 3, 3],
      ['appartenances.csv', 6, 6],
      ['rsa.csv', 3, 3],
      ['contacts.csv', 3, 3],
      ['rendez_vous.csv', 6, 6],
      ['contrats.csv', 2, 2],
      ['diagnostics.csv', 3, 3],
      ['objectifs.csv', 3, 3],
      ['actions.csv', 3, 3],
      ['bilans.csv', 1, 1],
      ['aides.csv', 4, 4],
      ['ressources.csv', 2, 2],
    ]);
    expect(await compterLignes()).toMatchObject({ commune: 3, dossier: 3, diagnostic_domaine: 4 });

    const s = await instantane();
    // Communes created from eds.csv, named by their code until someone renames them.
    expect(s.commune).toContain(JSON.stringify({ code: '94046', nom: '94046', eds: 'EDS-CRE' }));
    expect(s.eds).toContain(JSON.stringify({ code: 'EDS-CRE', nom: 'EDS de Créteil, centre' }));
    // Paris wall-clock times stored as the right instants, across both DST changes.
    expect(s.rendez_vous).toEqual(
      expect.arrayContaining([
        expect.stringContaining('"external_id":"R1","foyer":"F1","personne":"P1","agent":"AG1","debut":"2022-01-17 08:30:00","duree_minutes":45'),
        expect.stringContaining('"external_id":"R2","foyer":"F1","personne":"P1","agent":"AG1","debut":"2022-03-27 01:30:00","duree_minutes":45'),
        expect.stringContaining('"external_id":"R3","foyer":"F1","personne":null,"agent":"AG1","debut":"2022-10-30 00:30:00","duree_minutes":60'),
      ]),
    );
    // A day-only contact starts the Paris day; a known motif code goes to motif_code, free text to motif.
    expect(s.contact).toEqual(
      expect.arrayContaining([
        JSON.stringify({ external_id: 'C1', foyer: 'F1', personne: 'P1', eds: 'EDS-VIT', date: '2022-01-09 23:00:00', canal: 'PHYSIQUE', agent: 'AG3', motif_code: 'DEMANDE_RDV', motif: null }),
        JSON.stringify({
          external_id: 'C2', foyer: 'F2', personne: null, eds: 'EDS-CRE', date: '2021-05-03 07:15:00', canal: 'TELEPHONE', agent: null, motif_code: null,
          motif: 'Demande d\'aide, "urgente" pour l\'énergie\r\nrappeler le matin',
        }),
      ]),
    );
    // Dossiers: the file's opening date, else the foyer's earliest date in the folder.
    expect(s.dossier).toEqual([
      JSON.stringify({ foyer: 'F1', eds: 'EDS-VIT', date_ouverture: '2022-01-10', statut: 'ACTIF', sequence_declaree: 'ACCUEIL', referent_id: null }),
      JSON.stringify({ foyer: 'F2', eds: 'EDS-CRE', date_ouverture: '2021-05-03', statut: 'ACTIF', sequence_declaree: 'ACCUEIL', referent_id: null }),
      JSON.stringify({ foyer: 'F3', eds: 'EDS-CRE', date_ouverture: '2023-01-20', statut: 'ACTIF', sequence_declaree: 'ACCUEIL', referent_id: null }),
    ]);
    expect(s.foyer).toContain(JSON.stringify({ external_id: 'F3', commune_code: '94046', adresse: 'Résidence "Les Tilleuls"\nBât. B', date_ouverture: '2023-01-20' }));
    expect(s.aide).toContain(
      JSON.stringify({
        external_id: 'AI1', foyer: 'F1', dispositif_code: 'FUS', categorie: 'ALIMENTATION', montant: '257.50', statut: 'PAYEE',
        date_demande: '2022-02-01', date_decision: '2022-02-03', date_paiement: '2022-02-10',
      }),
    );
    expect(s.ressource).toContain(JSON.stringify({ foyer: 'F1', annee: 2022, revenus_travail: '14500.00', retraite: '0.00', allocations: '6200.40', autres: '0.00' }));
    expect(s.diagnostic).toContain(JSON.stringify({ external_id: 'D1', foyer: 'F1', date: '2022-01-17', agent: 'AG1', domaines: 'BUDGET;EMPLOI;LOGEMENT' }));
    expect(s.affectation).toContain(JSON.stringify({ agent: 'AG2', eds: 'EDS-CRE', debut: '2021-03-01', fin: '2023-06-30', quotite: '0.800' }));
  });

  it('réimporter le même dossier ne change rien (mêmes lignes, mêmes versions)', async () => {
    await importer(PETIT);
    const avant = await lignesBrutes();
    const r = await importer(PETIT);
    expect(r.comptes.every((c) => c.creees === 0 && c.modifiees === 0 && c.supprimees === 0 && c.inchangees === c.lignes)).toBe(true);
    expect(await lignesBrutes()).toEqual(avant);
  });

  it('réimporter un dossier modifié met à jour, sans doublon ; une colonne absente garde sa valeur', async () => {
    await importer(PETIT);
    const fichiers = lireDossier(PETIT);
    const r = await importerSource(
      sourceMemoire({
        'rendez_vous.csv': (fichiers['rendez_vous.csv'] ?? '').replace('R1,F1,P1,AG1,2022-01-17T09:30,45,PRESENTIEL,HONORE', 'R1,F1,P1,AG1,2022-01-17T10:00,45,PRESENTIEL,NON_HONORE'),
        // No nom_naissance nor numero_allocataire column: those stay as they are.
        'personnes.csv': 'personne_id,nom,prenom,date_naissance,sexe\nP1,BENALI,Samira,1985-04-12,F\nP7,Nouveau,Né,2024-01-01,M\n',
        'affectations.csv': 'agent_id,eds_code,debut,fin,quotite\nAG2,EDS-CRE,2021-03-01,2023-06-30,0.8\n',
      }),
    );
    expect(r.comptes.map((c) => [c.fichier, c.creees, c.modifiees, c.inchangees, c.supprimees])).toEqual([
      ['affectations.csv', 0, 0, 1, 1],
      ['personnes.csv', 1, 1, 0, 0],
      ['rendez_vous.csv', 0, 1, 5, 0],
    ]);
    const r1 = await prisma.rendezVous.findUniqueOrThrow({ where: { externalId: 'R1' } });
    expect([r1.statut, r1.debut.toISOString(), r1.version]).toEqual(['NON_HONORE', '2022-01-17T09:00:00.000Z', 2]);
    const p1 = await prisma.personne.findUniqueOrThrow({ where: { externalId: 'P1' } });
    expect([p1.nom, p1.nomNaissance, p1.numeroAllocataire, p1.version]).toEqual(['BENALI', 'Haddad', '1234567', 2]);
    expect(await prisma.affectation.count({ where: { agent: { externalId: 'AG2' } } })).toBe(1);
    expect(await prisma.affectation.count()).toBe(4);
    expect(await prisma.rendezVous.count()).toBe(6);
  });

  it('les communes d’un EDS et les domaines d’un diagnostic sont remplacés par la liste du fichier', async () => {
    await importer(PETIT);
    const r = await importerSource(
      sourceMemoire({
        'eds.csv': 'code,nom,communes\nEDS-CRE,"EDS de Créteil, centre",94028;94080\n',
        'diagnostics.csv': 'diagnostic_id,foyer_id,date,agent_id,domaines\nD1,F1,2022-01-17,AG1,BUDGET;SANTE\nD2,F2,2021-05-10,AG2,\n',
      }),
    );
    expect(r.comptes.map((c) => [c.fichier, c.modifiees, c.inchangees])).toEqual([
      ['eds.csv', 0, 1],
      ['diagnostics.csv', 1, 1],
    ]);
    const s = await instantane();
    expect(s.commune).toEqual([
      JSON.stringify({ code: '94028', nom: '94028', eds: 'EDS-CRE' }),
      JSON.stringify({ code: '94046', nom: '94046', eds: null }),
      JSON.stringify({ code: '94080', nom: '94080', eds: 'EDS-CRE' }),
      JSON.stringify({ code: '94081', nom: '94081', eds: 'EDS-VIT' }),
    ]);
    expect(s.diagnostic).toContain(JSON.stringify({ external_id: 'D1', foyer: 'F1', date: '2022-01-17', agent: 'AG1', domaines: 'BUDGET;SANTE' }));
  });

  it('un fichier seul peut référencer des lignes déjà en base', async () => {
    await importer(PETIT);
    const r = await importerSource(
      sourceMemoire({ 'rendez_vous.csv': 'rdv_id,foyer_id,agent_id,debut,mode,statut\nR9,F2,AG2,2024-05-02T14:00,PRESENTIEL,PROGRAMME\n' }),
    );
    expect(r.comptes).toEqual([{ fichier: 'rendez_vous.csv', lignes: 1, creees: 1, modifiees: 0, inchangees: 0, supprimees: 0 }]);
    const r9 = await prisma.rendezVous.findUniqueOrThrow({ where: { externalId: 'R9' }, include: { foyer: true } });
    expect([r9.foyer.externalId, r9.dureeMinutes]).toEqual(['F2', 45]);
  });
});

describe('un dossier avec des erreurs', () => {
  it('n’écrit rien et signale chaque ligne fautive : fichier:ligne: colonne: raison', async () => {
    const r = await unsafeImportDossier(prisma, ERREURS, { aujourdhui: AUJOURDHUI });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.erreurs.map((e) => formatErreur(e).replace(/[\u202f\u00a0]/g, ' '))).toEqual([
      'agents.csv:3: role: valeur « STAGIAIRE » inconnue (valeurs possibles : SECRETAIRE, TRAVAILLEUR_SOCIAL, RESPONSABLE_EDS, RESPONSABLE_TERRITOIRE, DIRECTION, ADMIN, PARTENAIRE)',
      'affectations.csv:2: quotite: quotité invalide « 1.5 » : attendu un nombre strictement supérieur à 0 et au plus 1, avec un point et au plus 3 décimales (ex. 0.8)',
      'personnes.csv:3: date_naissance: date invalide « 2023-02-30 » : attendu AAAA-MM-JJ, une date qui existe',
      'personnes.csv:4: date_naissance: date de naissance dans le futur (2999-01-01)',
      'foyers.csv:4: commune: code commune INSEE invalide : attendu 5 caractères (ex. 94028, 2A004)',
      'appartenances.csv:2: fin: la fin (2021-12-31) précède le début (2022-01-10)',
      'contacts.csv:1: canal: colonne obligatoire absente de l’en-tête',
      'rendez_vous.csv:3: foyer_id: foyer « F99 » introuvable : ni dans foyers.csv ni dans la base',
      'rendez_vous.csv:4: rdv_id: identifiant « R1 » en double (déjà à la ligne 2)',
      'objectifs.csv:2: domaine: domaine « BUDJET » inconnu (codes connus : ACCES_DROITS, BUDGET, ALIMENTATION, LOGEMENT, HEBERGEMENT, ENERGIE, EMPLOI, FORMATION, SANTE, HANDICAP_AUTONOMIE, FAMILLE_PARENTALITE, VIOLENCES, PSYCHOLOGIQUE, ISOLEMENT, MOBILITE, NUMERIQUE, AUTRE)',
      'aides.csv:2: montant: montant 5 000,00 € hors des bornes du dispositif FUS (de 10,00 € à 3 000,00 €)',
    ]);
    expect(r.totalErreurs).toBe(11);
    expect(Object.values(await compterLignes()).every((n) => n === 0)).toBe(true);
  });

  it('les bornes des dispositifs sont celles de la table dispositif', async () => {
    const fus = await prisma.dispositif.findUniqueOrThrow({ where: { code: 'FUS' } });
    await prisma.dispositif.update({ where: { code: 'FUS' }, data: { montantMax: 200 } });
    try {
      const r = await unsafeImportDossier(prisma, PETIT, { aujourdhui: AUJOURDHUI });
      expect(r.ok ? [] : r.erreurs.map((e) => formatErreur(e).replace(/[\u202f\u00a0]/g, ' '))).toEqual([
        'aides.csv:2: montant: montant 257,50 € hors des bornes du dispositif FUS (de 10,00 € à 200,00 €)',
      ]);
    } finally {
      await prisma.dispositif.update({ where: { code: 'FUS' }, data: { montantMax: fus.montantMax } });
    }
  });

  it('une erreur pendant l’écriture annule tout ce qui a déjà été écrit', async () => {
    // The second reading (the write pass) of rendez_vous.csv differs from the first one (validation).
    const fichiers = lireDossier(PETIT);
    let lectures = 0;
    const base = sourceMemoire(fichiers);
    const source: Source = {
      ...base,
      lire(nom) {
        if (nom === 'rendez_vous.csv' && ++lectures === 2) return sourceMemoire({ [nom]: 'rdv_id\nR1\n' }).lire(nom);
        return base.lire(nom);
      },
    };
    await expect(unsafeImportSource(prisma, source, { aujourdhui: AUJOURDHUI })).rejects.toThrow(
      'Échec de l’écriture de rendez_vous.csv : le fichier a changé depuis sa vérification. Rien n’a été importé.',
    );
    expect(Object.values(await compterLignes()).every((n) => n === 0)).toBe(true);
  });

  it('un refus de la base pendant l’écriture est expliqué en français, et les fichiers déjà écrits sont annulés', async () => {
    await importer(PETIT);
    const avant = await lignesBrutes();
    // O1 is due on 2022-06-30 in the database; without an echeance column, moving its date after that is refused.
    const source = sourceMemoire({
      'personnes.csv': 'personne_id,nom,prenom,date_naissance,sexe\nP1,AUTRE-NOM,Samira,1985-04-12,F\n',
      'objectifs.csv': 'objectif_id,foyer_id,domaine,libelle,date\nO1,F1,BUDGET,Établir un budget mensuel,2022-07-01\n',
    });
    await expect(unsafeImportSource(prisma, source, { aujourdhui: AUJOURDHUI })).rejects.toThrow(
      'Échec de l’écriture de objectifs.csv : la base refuse une ligne : l’échéance d’un objectif précéderait sa date (échéance déjà en base, colonne echeance absente du fichier ?). Rien n’a été importé.',
    );
    expect(await lignesBrutes()).toEqual(avant);
  });
});

describe('export', () => {
  it('export → import dans une base vide : les mêmes données, et le même export', async () => {
    await importer(PETIT);
    const avant = await instantane();
    const dir1 = dossierTemporaire();
    const e = await unsafeExportDossier(prisma, dir1);
    expect(e.comptes).toHaveLength(17);
    expect(readdirSync(dir1).sort()).toHaveLength(17);

    await resetDatabase();
    await importer(dir1);
    expect(await instantane()).toEqual(avant);

    const dir2 = dossierTemporaire();
    await unsafeExportDossier(prisma, dir2);
    expect(lireDossier(dir2)).toEqual(lireDossier(dir1));
  });

  it('écrit les 17 fichiers, en-têtes compris, même vides', async () => {
    const dir = dossierTemporaire();
    await unsafeExportDossier(prisma, dir);
    const fichiers = lireDossier(dir);
    expect(Object.keys(fichiers)).toHaveLength(17);
    expect(fichiers['rendez_vous.csv']).toBe('rdv_id,foyer_id,personne_id,agent_id,debut,duree_minutes,mode,statut\r\n');
  });

  it('les lignes créées dans Sillage ont un identifiant généré stable, qu’un réimport adopte au lieu de dupliquer', async () => {
    await importer(PETIT);
    const eds = await prisma.eds.findUniqueOrThrow({ where: { code: 'EDS-VIT' } });
    const agent = await prisma.agent.create({ data: { nom: 'Créé', prenom: 'Dans Sillage', role: 'TRAVAILLEUR_SOCIAL', email: 'ui@cd94.test' } });
    const foyer = await prisma.foyer.create({ data: { adresse: '1 place de la Mairie', dossier: { create: { edsId: eds.id, dateOuverture: new Date('2025-01-06') } } } });
    const rdv = await prisma.rendezVous.create({
      data: { foyerId: foyer.id, agentId: agent.id, debut: new Date('2025-01-06T13:30:00Z'), mode: 'PRESENTIEL', statut: 'HONORE' },
    });
    const dir = dossierTemporaire();
    await unsafeExportDossier(prisma, dir);
    const fichiers = lireDossier(dir);
    expect(fichiers['rendez_vous.csv']).toContain(`SLG-R${rdv.id},SLG-F${foyer.id},,SLG-A${agent.id},2025-01-06T14:30,45,PRESENTIEL,HONORE\r\n`);
    expect(fichiers['foyers.csv']).toContain(`SLG-F${foyer.id},EDS-VIT,,1 place de la Mairie,2025-01-06\r\n`);

    const avant = await compterLignes();
    const r = await importer(dir);
    // Nothing created; the UI foyer only receives, in foyer.date_ouverture, its dossier's opening date.
    expect(r.comptes.filter((c) => c.creees > 0 || c.modifiees > 0).map((c) => [c.fichier, c.creees, c.modifiees])).toEqual([['foyers.csv', 0, 1]]);
    expect(await compterLignes()).toEqual(avant);
    expect((await prisma.foyer.findUniqueOrThrow({ where: { id: foyer.id } })).externalId).toBe(`SLG-F${foyer.id}`);
    expect((await prisma.rendezVous.findUniqueOrThrow({ where: { id: rdv.id } })).externalId).toBe(`SLG-R${rdv.id}`);

    // And into an empty database, the generated ids become ordinary external ids.
    await resetDatabase();
    await importer(dir);
    expect(await prisma.rendezVous.count({ where: { externalId: `SLG-R${rdv.id}`, foyer: { externalId: `SLG-F${foyer.id}` } } })).toBe(1);
  });
});
