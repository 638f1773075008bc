/**
 * Export of the whole database in the exchange format: the 17 files, every column, read in one
 * repeatable-read transaction so that the files agree with each other. Rows are read by pages in id
 * order and streamed to disk; a file appears under its name only once complete.
 *
 * A row created in Sillage has no external id: it is exported as `SLG-<letter><id>` (identifiants.ts),
 * and every reference to it uses the same id. No authorization here (`unsafe…`).
 */
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { Prisma, type PrismaClient } from '@/generated/prisma/client';
import { formatCsvRecord } from './csv';
import { PREFIXES, type TableExterne } from './identifiants';
import { COLONNES, NOMS_FICHIERS, type NomFichier } from './schemas';

export type CompteExport = { fichier: NomFichier; lignes: number };
export type ProgressionExport = { fichier: NomFichier; fait: number; total: number };
export type ResultatExport = { comptes: CompteExport[]; avertissements: string[] };

const PAGE = 10_000;
const raw = Prisma.raw;

/** The row's external id, or its generated one. */
function ext(alias: string, table: TableExterne) {
  return raw(`COALESCE(${alias}.external_id, '${PREFIXES[table]}' || ${alias}.id)`);
}

const jour = (col: string) => raw(`to_char(${col}, 'YYYY-MM-DD')`);
const dateHeure = (col: string) => raw(`to_char(${col} AT TIME ZONE 'Europe/Paris', 'YYYY-MM-DD"T"HH24:MI')`);
const nombre = (col: string) => raw(`trim_scale(${col})::text`);
const montant = (col: string) => raw(`to_char(${col}, 'FM9999999999990.00')`);

type Requete = {
  compter: Prisma.Sql;
  /** Rows with `cle` (ascending, for the next page) and one text column per CSV column. */
  page(apres: number): Prisma.Sql;
};

const REQUETES: Record<NomFichier, Requete> = {
  'eds.csv': {
    compter: Prisma.sql`SELECT count(*)::int AS n FROM eds`,
    page: (apres) => Prisma.sql`
      SELECT e.id AS cle, e.code, e.nom,
             (SELECT string_agg(c.code, ';' ORDER BY c.code) FROM commune AS c WHERE c.eds_id = e.id) AS communes
      FROM eds AS e WHERE e.id > ${apres} ORDER BY e.id LIMIT ${PAGE}`,
  },
  'agents.csv': {
    compter: Prisma.sql`SELECT count(*)::int AS n FROM agent`,
    page: (apres) => Prisma.sql`
      SELECT a.id AS cle, ${ext('a', 'agent')} AS agent_id, a.nom, a.prenom, a.role::text AS role, a.email
      FROM agent AS a WHERE a.id > ${apres} ORDER BY a.id LIMIT ${PAGE}`,
  },
  'affectations.csv': {
    compter: Prisma.sql`SELECT count(*)::int AS n FROM affectation`,
    page: (apres) => Prisma.sql`
      SELECT af.id AS cle, ${ext('a', 'agent')} AS agent_id, e.code AS eds_code, ${jour('af.debut')} AS debut, ${jour('af.fin')} AS fin,
             ${nombre('af.quotite')} AS quotite
      FROM affectation AS af JOIN agent AS a ON a.id = af.agent_id JOIN eds AS e ON e.id = af.eds_id
      WHERE af.id > ${apres} ORDER BY af.id LIMIT ${PAGE}`,
  },
  'population.csv': {
    compter: Prisma.sql`SELECT count(*)::int AS n FROM population`,
    page: (apres) => Prisma.sql`
      SELECT p.annee AS cle, p.annee::text AS annee, p.population::text AS population, ${montant('p.cout_etpt_ts')} AS cout_etpt_ts
      FROM population AS p WHERE p.annee > ${apres} ORDER BY p.annee LIMIT ${PAGE}`,
  },
  'personnes.csv': {
    compter: Prisma.sql`SELECT count(*)::int AS n FROM personne`,
    page: (apres) => Prisma.sql`
      SELECT p.id AS cle, ${ext('p', 'personne')} AS personne_id, p.nom, p.prenom, ${jour('p.date_naissance')} AS date_naissance,
             p.sexe::text AS sexe, p.nom_naissance, p.numero_allocataire
      FROM personne AS p WHERE p.id > ${apres} ORDER BY p.id LIMIT ${PAGE}`,
  },
  'foyers.csv': {
    compter: Prisma.sql`SELECT count(*)::int AS n FROM foyer`,
      // The dossier's opening date is the one indicators use.
    page: (apres) => Prisma.sql`
      SELECT f.id AS cle, ${ext('f', 'foyer')} AS foyer_id, e.code AS eds_code, f.commune_code AS commune, f.adresse,
             ${jour('COALESCE(d.date_ouverture, f.date_ouverture)')} AS date_ouverture
      FROM foyer AS f LEFT JOIN dossier AS d ON d.foyer_id = f.id LEFT JOIN eds AS e ON e.id = d.eds_id
      WHERE f.id > ${apres} ORDER BY f.id LIMIT ${PAGE}`,
  },
  'appartenances.csv': {
    compter: Prisma.sql`SELECT count(*)::int AS n FROM appartenance`,
    page: (apres) => Prisma.sql`
      SELECT ap.id AS cle, ${ext('p', 'personne')} AS personne_id, ${ext('f', 'foyer')} AS foyer_id, ap.role::text AS role,
             ${jour('ap.debut')} AS debut, ${jour('ap.fin')} AS fin
      FROM appartenance AS ap JOIN personne AS p ON p.id = ap.personne_id JOIN foyer AS f ON f.id = ap.foyer_id
      WHERE ap.id > ${apres} ORDER BY ap.id LIMIT ${PAGE}`,
  },
  'contacts.csv': {
    // Light contacts (no foyer) have no place in the format, whose foyer_id is required: they are not exported.
    compter: Prisma.sql`SELECT count(*)::int AS n FROM contact WHERE foyer_id IS NOT NULL`,
    // A contact at midnight (imported with a day only) is written as a day; otherwise with its time.
    page: (apres) => Prisma.sql`
      SELECT c.id AS cle, ${ext('c', 'contact')} AS contact_id, ${ext('f', 'foyer')} AS foyer_id,
             ${ext('p', 'personne')} AS personne_id,
             CASE WHEN (c.date AT TIME ZONE 'Europe/Paris')::time = time '00:00' THEN ${jour("c.date AT TIME ZONE 'Europe/Paris'")}
                  ELSE ${dateHeure('c.date')} END AS date,
             c.canal::text AS canal, ${ext('a', 'agent')} AS agent_id,
             COALESCE(c.motif_code, c.motif) AS motif
      FROM contact AS c JOIN foyer AS f ON f.id = c.foyer_id
      LEFT JOIN personne AS p ON p.id = c.personne_id LEFT JOIN agent AS a ON a.id = c.agent_id
      WHERE c.id > ${apres} ORDER BY c.id LIMIT ${PAGE}`,
  },
  'rendez_vous.csv': {
    compter: Prisma.sql`SELECT count(*)::int AS n FROM rendez_vous`,
    page: (apres) => Prisma.sql`
      SELECT r.id AS cle, ${ext('r', 'rendez_vous')} AS rdv_id, ${ext('f', 'foyer')} AS foyer_id,
             ${ext('p', 'personne')} AS personne_id, ${ext('a', 'agent')} AS agent_id,
             ${dateHeure('r.debut')} AS debut, r.duree_minutes::text AS duree_minutes, r.mode::text AS mode, r.statut::text AS statut
      FROM rendez_vous AS r JOIN foyer AS f ON f.id = r.foyer_id JOIN agent AS a ON a.id = r.agent_id
      LEFT JOIN personne AS p ON p.id = r.personne_id
      WHERE r.id > ${apres} ORDER BY r.id LIMIT ${PAGE}`,
  },
  'rsa.csv': {
    compter: Prisma.sql`SELECT count(*)::int AS n FROM orientation_rsa`,
    page: (apres) => Prisma.sql`
      SELECT o.id AS cle, ${ext('p', 'personne')} AS personne_id, ${jour('o.debut')} AS debut, ${jour('o.fin')} AS fin, o.orientation::text AS orientation
      FROM orientation_rsa AS o JOIN personne AS p ON p.id = o.personne_id
      WHERE o.id > ${apres} ORDER BY o.id LIMIT ${PAGE}`,
  },
  'contrats.csv': {
    compter: Prisma.sql`SELECT count(*)::int AS n FROM contrat`,
    page: (apres) => Prisma.sql`
      SELECT k.id AS cle, ${ext('k', 'contrat')} AS contrat_id, ${ext('f', 'foyer')} AS foyer_id,
             ${ext('p', 'personne')} AS personne_id, k.type::text AS type,
             ${jour('k.debut')} AS debut, ${jour('k.fin')} AS fin, ${ext('a', 'agent')} AS agent_id
      FROM contrat AS k JOIN foyer AS f ON f.id = k.foyer_id
      LEFT JOIN personne AS p ON p.id = k.personne_id LEFT JOIN agent AS a ON a.id = k.agent_id
      WHERE k.id > ${apres} ORDER BY k.id LIMIT ${PAGE}`,
  },
  'diagnostics.csv': {
    compter: Prisma.sql`SELECT count(*)::int AS n FROM diagnostic`,
    page: (apres) => Prisma.sql`
      SELECT d.id AS cle, ${ext('d', 'diagnostic')} AS diagnostic_id, ${ext('f', 'foyer')} AS foyer_id, ${jour('d.date')} AS date,
             ${ext('a', 'agent')} AS agent_id,
             (SELECT string_agg(dd.domaine_code, ';' ORDER BY dd.domaine_code) FROM diagnostic_domaine AS dd WHERE dd.diagnostic_id = d.id) AS domaines
      FROM diagnostic AS d JOIN foyer AS f ON f.id = d.foyer_id LEFT JOIN agent AS a ON a.id = d.agent_id
      WHERE d.id > ${apres} ORDER BY d.id LIMIT ${PAGE}`,
  },
  'objectifs.csv': {
    compter: Prisma.sql`SELECT count(*)::int AS n FROM objectif`,
    page: (apres) => Prisma.sql`
      SELECT o.id AS cle, ${ext('o', 'objectif')} AS objectif_id, ${ext('f', 'foyer')} AS foyer_id, o.domaine_code AS domaine, o.libelle,
             ${jour('o.date')} AS date, ${jour('o.echeance')} AS echeance, o.resultat::text AS resultat
      FROM objectif AS o JOIN foyer AS f ON f.id = o.foyer_id
      WHERE o.id > ${apres} ORDER BY o.id LIMIT ${PAGE}`,
  },
  'actions.csv': {
    compter: Prisma.sql`SELECT count(*)::int AS n FROM action`,
    page: (apres) => Prisma.sql`
      SELECT ac.id AS cle, ${ext('ac', 'action')} AS action_id, ${ext('f', 'foyer')} AS foyer_id, ${jour('ac.date')} AS date,
             ac.type_code AS type, ac.libelle, ac.partenaire
      FROM action AS ac JOIN foyer AS f ON f.id = ac.foyer_id
      WHERE ac.id > ${apres} ORDER BY ac.id LIMIT ${PAGE}`,
  },
  'bilans.csv': {
    compter: Prisma.sql`SELECT count(*)::int AS n FROM bilan`,
    page: (apres) => Prisma.sql`
      SELECT b.id AS cle, ${ext('b', 'bilan')} AS bilan_id, ${ext('f', 'foyer')} AS foyer_id, ${jour('b.date')} AS date,
             b.motif_sortie_code AS motif_sortie, b.commentaire
      FROM bilan AS b JOIN foyer AS f ON f.id = b.foyer_id
      WHERE b.id > ${apres} ORDER BY b.id LIMIT ${PAGE}`,
  },
  'aides.csv': {
    compter: Prisma.sql`SELECT count(*)::int AS n FROM aide`,
    page: (apres) => Prisma.sql`
      SELECT ai.id AS cle, ${ext('ai', 'aide')} AS aide_id, ${ext('f', 'foyer')} AS foyer_id, ai.dispositif_code AS dispositif,
             ai.categorie::text AS categorie, ${montant('ai.montant')} AS montant, ai.statut::text AS statut,
             ${jour('ai.date_demande')} AS date_demande, ${jour('ai.date_decision')} AS date_decision, ${jour('ai.date_paiement')} AS date_paiement
      FROM aide AS ai JOIN foyer AS f ON f.id = ai.foyer_id
      WHERE ai.id > ${apres} ORDER BY ai.id LIMIT ${PAGE}`,
  },
  'ressources.csv': {
    compter: Prisma.sql`SELECT count(*)::int AS n FROM ressource`,
    page: (apres) => Prisma.sql`
      SELECT r.id AS cle, ${ext('f', 'foyer')} AS foyer_id, r.annee::text AS annee, ${montant('r.revenus_travail')} AS revenus_travail,
             ${montant('r.retraite')} AS retraite, ${montant('r.allocations')} AS allocations, ${montant('r.autres')} AS autres
      FROM ressource AS r JOIN foyer AS f ON f.id = r.foyer_id
      WHERE r.id > ${apres} ORDER BY r.id LIMIT ${PAGE}`,
  },
};

/** Writes the 17 files of the database into `dir` (created if needed; files of the same names replaced). */
export async function unsafeExportDossier(
  prisma: PrismaClient,
  dir: string,
  options: { onProgress?: (p: ProgressionExport) => void } = {},
): Promise<ResultatExport> {
  await mkdir(dir, { recursive: true });
  return prisma.$transaction(
    async (tx) => {
      const comptes: CompteExport[] = [];
      const avertissements: string[] = [];
      const [sansDossier] = await tx.$queryRaw<{ n: number }[]>`
        SELECT count(*)::int AS n FROM foyer AS f WHERE NOT EXISTS (SELECT 1 FROM dossier AS d WHERE d.foyer_id = f.id)`;
      if (sansDossier && sansDossier.n > 0) {
        avertissements.push(`${sansDossier.n} foyer(s) sans dossier : leur eds_code est vide dans foyers.csv, qui ne pourra pas être réimporté tel quel`);
      }
      for (const nom of NOMS_FICHIERS) comptes.push(await writeFichier(tx, dir, nom, options.onProgress));
      return { comptes, avertissements };
    },
    { isolationLevel: Prisma.TransactionIsolationLevel.RepeatableRead, timeout: 30 * 60_000, maxWait: 60_000 },
  );
}

async function writeFichier(
  tx: Prisma.TransactionClient,
  dir: string,
  nom: NomFichier,
  onProgress?: (p: ProgressionExport) => void,
): Promise<CompteExport> {
  const requete = REQUETES[nom];
  const colonnes = COLONNES[nom].map((c) => c.nom);
  const [compte] = await tx.$queryRaw<{ n: number }[]>(requete.compter);
  const total = compte?.n ?? 0;
  const partiel = join(dir, `.${nom}.partiel`);
  const out = createWriteStream(partiel, { encoding: 'utf8' });
  const ecrire = async (text: string) => {
    if (!out.write(text)) await once(out, 'drain');
  };
  let lignes = 0;
  try {
    await ecrire(formatCsvRecord(colonnes));
    onProgress?.({ fichier: nom, fait: 0, total });
    let apres = 0;
    for (;;) {
      const rows = await tx.$queryRaw<Record<string, unknown>[]>(requete.page(apres));
      if (rows.length === 0) break;
      let bloc = '';
      for (const row of rows) {
        bloc += formatCsvRecord(colonnes.map((c) => texte(row[c])));
        apres = Number(row.cle);
      }
      await ecrire(bloc);
      lignes += rows.length;
      onProgress?.({ fichier: nom, fait: lignes, total: Math.max(total, lignes) });
      if (rows.length < PAGE) break;
    }
    out.end();
    await once(out, 'finish');
  } catch (error) {
    out.destroy();
    await rm(partiel, { force: true });
    throw error;
  }
  await rename(partiel, join(dir, nom));
  return { fichier: nom, lignes };
}

function texte(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  return String(value);
}
