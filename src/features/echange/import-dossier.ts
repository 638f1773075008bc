/**
 * Import of an exchange folder (../shared/spec/format-echange.md): validate every row, then write
 * everything in one transaction, in dependency order, upserting by external id so that importing the
 * same folder again updates instead of duplicating.
 *
 * Writes are batched: each statement takes a chunk of rows as one array per column
 * (`unnest(…)`), resolves the references by joining on the external ids, and upserts with
 * `INSERT … ON CONFLICT … DO UPDATE … WHERE <something changed>`, so that an unchanged row is not
 * rewritten. A million rows are a few hundred statements.
 *
 * No authorization here (`unsafe…`): for CLIs, and for an admin-only upload that checks the role first.
 */
import { Prisma, type PrismaClient } from '@/generated/prisma/client';
import type { ErreurEchange } from './erreurs';
import { idGenere, type TableExterne } from './identifiants';
import { ouvrirFichier } from './lecture';
import type { Ligne, NomFichier } from './schemas';
import { sourceRepertoire, type Source } from './source';
import { loadReferentiel, validateSource, type ProgressionVerification, type Verification } from './validation';
import { centimesEnTexte, jourParis } from './valeurs';

export type CompteFichier = {
  fichier: NomFichier;
  lignes: number;
  creees: number;
  modifiees: number;
  inchangees: number;
  /** affectations.csv: affectations of the listed agents no longer in the file. */
  supprimees: number;
};

export type ProgressionImport =
  | ({ etape: 'verification' } & ProgressionVerification)
  | { etape: 'ecriture'; fichier: NomFichier; fait: number; total: number };

export type ResultatImport =
  | { ok: false; erreurs: ErreurEchange[]; totalErreurs: number; avertissements: string[] }
  | { ok: true; comptes: CompteFichier[]; avertissements: string[] };

export type ImportOptions = {
  onProgress?: (p: ProgressionImport) => void;
  /** Paris day of the import (tests); default today. */
  aujourdhui?: string;
  limiteErreurs?: number;
  /** Rows per statement. */
  taillePaquet?: number;
};

/** Imports the folder `dir`. Skips authorization: the caller has checked the user may do it. */
export function unsafeImportDossier(prisma: PrismaClient, dir: string, options: ImportOptions = {}): Promise<ResultatImport> {
  return unsafeImportSource(prisma, sourceRepertoire(dir), options);
}

export async function unsafeImportSource(prisma: PrismaClient, source: Source, options: ImportOptions = {}): Promise<ResultatImport> {
  const aujourdhui = options.aujourdhui ?? jourParis();
  const referentiel = await loadReferentiel(prisma);
  const verification = await validateSource(source, referentiel, {
    aujourdhui,
    limiteErreurs: options.limiteErreurs,
    onProgress: (p) => options.onProgress?.({ etape: 'verification', ...p }),
  });
  if (verification.totalErreurs > 0) {
    return { ok: false, erreurs: verification.erreurs, totalErreurs: verification.totalErreurs, avertissements: verification.avertissements };
  }
  const taille = options.taillePaquet ?? 5000;
  const comptes = await prisma.$transaction(
    async (tx) => {
      await adoptGeneratedIds(tx, verification.idsGeneres);
      const comptes: CompteFichier[] = [];
      for (const f of verification.fichiers) {
        try {
          comptes.push(await writeFichier(tx, source, f, verification, aujourdhui, taille, options.onProgress));
        } catch (error) {
          throw error instanceof ErreurImport ? error : new ErreurImport(f.nom, error);
        }
      }
      return comptes;
    },
    { timeout: 30 * 60_000, maxWait: 60_000 },
  );
  // Fresh statistics after a bulk load keep the indicators' plans good.
  const tables = [...new Set(verification.fichiers.flatMap((f) => TABLES[f.nom]))];
  if (tables.length > 0) await prisma.$executeRaw(Prisma.raw(`ANALYZE ${tables.map((t) => `"${t}"`).join(', ')}`));
  return { ok: true, comptes, avertissements: verification.avertissements };
}

/** A failure while writing (the transaction is rolled back): French, with the file at fault. */
export class ErreurImport extends Error {
  constructor(
    readonly fichier: NomFichier,
    cause: unknown,
  ) {
    super(`Échec de l’écriture de ${fichier} : ${typeof cause === 'string' ? cause : expliquer(cause)}. Rien n’a été importé.`, { cause });
    this.name = 'ErreurImport';
  }
}

const CONTRAINTES: Record<string, string> = {
  objectif_echeance_check: 'l’échéance d’un objectif précéderait sa date (échéance déjà en base, colonne echeance absente du fichier ?)',
  aide_dates_check: 'les dates d’une aide seraient incohérentes (dates de décision ou de paiement déjà en base, colonne absente du fichier ?)',
  rendez_vous_annulation_check: 'un rendez-vous non annulé garderait « annulé par »',
  agent_email_key: 'une adresse e-mail serait donnée à deux agents',
};

/** PostgreSQL's refusal in French when we know it; its own words otherwise. */
function expliquer(error: unknown): string {
  const texte = error instanceof Error ? error.message : String(error);
  const code = /Code: `(\w+)`/.exec(texte)?.[1];
  const message = /Message: `([^`]*)`/.exec(texte)?.[1] ?? texte.split('\n').find((l) => l.trim() !== '') ?? texte;
  const contrainte = /constraint "([^"]+)"/.exec(message)?.[1];
  if (contrainte && CONTRAINTES[contrainte]) return `la base refuse une ligne : ${CONTRAINTES[contrainte]}`;
  if (code?.startsWith('23')) return `la base refuse une ligne (${message})`;
  return message;
}

const TABLES: Record<NomFichier, string[]> = {
  'eds.csv': ['eds', 'commune'],
  'agents.csv': ['agent'],
  'affectations.csv': ['affectation'],
  'population.csv': ['population'],
  'personnes.csv': ['personne'],
  'foyers.csv': ['foyer', 'dossier'],
  'appartenances.csv': ['appartenance'],
  'rsa.csv': ['orientation_rsa'],
  'contacts.csv': ['contact'],
  'rendez_vous.csv': ['rendez_vous'],
  'contrats.csv': ['contrat'],
  'diagnostics.csv': ['diagnostic', 'diagnostic_domaine'],
  'objectifs.csv': ['objectif'],
  'actions.csv': ['action'],
  'bilans.csv': ['bilan'],
  'aides.csv': ['aide'],
  'ressources.csv': ['ressource'],
};

type Tx = Prisma.TransactionClient;

/** Rows of this database without external id take the generated id (`SLG-F12`) the folder names them by. */
async function adoptGeneratedIds(tx: Tx, idsGeneres: Verification['idsGeneres']) {
  for (const [table, ids] of idsGeneres) {
    const liste = [...ids];
    for (let i = 0; i < liste.length; i += 10_000) {
      const exts = liste.slice(i, i + 10_000);
      const rowIds = exts.map((e) => idGenere(table, e) ?? 0);
      const t = Prisma.raw(`"${table satisfies TableExterne}"`);
      await tx.$executeRaw`
        UPDATE ${t} AS t SET external_id = x.ext
        FROM unnest(${exts}::text[], ${rowIds}::int[]) AS x(ext, id)
        WHERE t.id = x.id AND t.external_id IS NULL AND NOT EXISTS (SELECT 1 FROM ${t} AS o WHERE o.external_id = x.ext)`;
    }
  }
}

type Contexte = {
  tx: Tx;
  /** Columns of the file's header: a column absent from the header leaves the stored value as it is. */
  colonnes: ReadonlySet<string>;
  verification: Verification;
  aujourdhui: string;
};

type Resultat = { lues: number; creees: number; modifiees: number; supprimees?: number };

type Ecrivain<N extends NomFichier> = {
  /** All rows in one call (affectations: the file replaces the agents' affectations). */
  enUneFois?: boolean;
  ecrire(ctx: Contexte, lignes: Ligne<N>[]): Promise<Resultat>;
};

async function writeFichier(
  tx: Tx,
  source: Source,
  f: Verification['fichiers'][number],
  verification: Verification,
  aujourdhui: string,
  taille: number,
  onProgress: ImportOptions['onProgress'],
): Promise<CompteFichier> {
  const ecrivain = ECRIVAINS[f.nom] as Ecrivain<NomFichier>;
  const ctx: Contexte = { tx, colonnes: f.colonnes, verification, aujourdhui };
  const fichier = await ouvrirFichier(source, f.nom);
  if (!fichier) throw new ErreurImport(f.nom, 'le fichier a changé depuis sa vérification');
  const compte: CompteFichier = { fichier: f.nom, lignes: 0, creees: 0, modifiees: 0, inchangees: 0, supprimees: 0 };
  const limite = ecrivain.enUneFois ? Number.POSITIVE_INFINITY : taille;
  let paquet: Ligne<NomFichier>[] = [];
  const ecrireLot = async (lot: Ligne<NomFichier>[]) => {
    const r = await ecrivain.ecrire(ctx, lot);
    if (r.lues !== lot.length) {
      throw new ErreurImport(f.nom, `${lot.length - r.lues} ligne(s) n’ont pas trouvé leurs références à l’écriture`);
    }
    compte.lignes += lot.length;
    compte.creees += r.creees;
    compte.modifiees += r.modifiees;
    compte.supprimees += r.supprimees ?? 0;
    onProgress?.({ etape: 'ecriture', fichier: f.nom, fait: compte.lignes, total: f.lignes });
  };
  // One batch is written while the next one is read and parsed (statements still run one at a time).
  let enCours: Promise<void> = Promise.resolve();
  const flush = async () => {
    if (paquet.length === 0) return;
    const lot = paquet;
    paquet = [];
    await enCours;
    enCours = ecrireLot(lot);
    enCours.catch(() => {}); // awaited (and thrown) at the next flush or at the end
  };
  onProgress?.({ etape: 'ecriture', fichier: f.nom, fait: 0, total: f.lignes });
  for await (const row of fichier.lignes) {
    if (row.valeurs === null) {
      await enCours;
      throw new ErreurImport(f.nom, `la ligne ${row.ligne} a changé depuis sa vérification`);
    }
    paquet.push(row.valeurs);
    if (paquet.length >= limite) await flush();
  }
  await flush();
  await enCours;
  compte.inchangees = compte.lignes - compte.creees - compte.modifiees;
  return compte;
}

// ───────────────────────── SQL helpers ─────────────────────────

const raw = Prisma.raw;

/** A column updated on conflict: `csv` = only when the header has this column; `valeur` = new value (default EXCLUDED.col). */
type Champ = { col: string; csv?: string; valeur?: string };

/**
 * `DO UPDATE SET … WHERE ROW(old) IS DISTINCT FROM ROW(new)`: unchanged rows are left alone (no new
 * version, no dead tuple). Identifiers come from this file only.
 */
function doUpdate(ctx: Contexte, champs: Champ[], apres: string[] = []): Prisma.Sql {
  const actifs = champs.filter((c) => c.csv === undefined || ctx.colonnes.has(c.csv));
  const nouveau = (c: Champ) => c.valeur ?? `EXCLUDED.${c.col}`;
  const set = [...actifs.map((c) => `${c.col} = ${nouveau(c)}`), ...apres].join(', ');
  const avant = actifs.map((c) => `t.${c.col}`).join(', ');
  return raw(`DO UPDATE SET ${set} WHERE ROW(${avant}) IS DISTINCT FROM ROW(${actifs.map(nouveau).join(', ')})`);
}

const VERSIONNE = ['version = t.version + 1'];
const VERSIONNE_DATE = ['version = t.version + 1', 'updated_at = now()'];

/**
 * `src` selects rows whose column names are the table's; the statement inserts them, upserting on
 * `conflit`, and counts rows read, created and changed.
 */
async function upsert(ctx: Contexte, table: string, colonnes: string[], src: Prisma.Sql, conflit: string, maj: Prisma.Sql): Promise<Resultat> {
  const cols = raw(colonnes.join(', '));
  const [r] = await ctx.tx.$queryRaw<{ lues: number; creees: number; modifiees: number }[]>`
    WITH src AS (${src}),
    ins AS (
      INSERT INTO ${raw(table)} AS t (${cols}) SELECT ${cols} FROM src ORDER BY src.n
      ON CONFLICT (${raw(conflit)}) ${maj}
      RETURNING (xmax = 0) AS cree
    )
    SELECT (SELECT count(*) FROM src)::int AS lues,
           (count(*) FILTER (WHERE cree))::int AS creees,
           (count(*) FILTER (WHERE NOT cree))::int AS modifiees
    FROM ins`;
  return r ?? { lues: 0, creees: 0, modifiees: 0 };
}

/** Same, returning the ids written (to merge with the changes of a dependent table). */
async function upsertIds(
  ctx: Contexte,
  table: string,
  colonnes: string[],
  src: Prisma.Sql,
  conflit: string,
  maj: Prisma.Sql,
  id = 'id',
): Promise<{ lues: number; ecrits: { id: number; cree: boolean }[] }> {
  const cols = raw(colonnes.join(', '));
  const rows = await ctx.tx.$queryRaw<{ lues: number; id: number | null; cree: boolean | null }[]>`
    WITH src AS (${src}),
    ins AS (
      INSERT INTO ${raw(table)} AS t (${cols}) SELECT ${cols} FROM src ORDER BY src.n
      ON CONFLICT (${raw(conflit)}) ${maj}
      RETURNING t.${raw(id)} AS id, (xmax = 0) AS cree
    )
    SELECT (SELECT count(*) FROM src)::int AS lues, ins.id, ins.cree FROM (SELECT 1) AS un LEFT JOIN ins ON true`;
  const ecrits = rows.flatMap((r) => (r.id === null || r.cree === null ? [] : [{ id: r.id, cree: r.cree }]));
  return { lues: rows[0]?.lues ?? 0, ecrits };
}

function fusionner(lues: number, principal: { id: number; cree: boolean }[], dependants: Iterable<number>): Resultat {
  const crees = new Set(principal.filter((e) => e.cree).map((e) => e.id));
  const modifies = new Set(principal.filter((e) => !e.cree).map((e) => e.id));
  for (const id of dependants) if (!crees.has(id)) modifies.add(id);
  return { lues, creees: crees.size, modifiees: modifies.size };
}

const montantTexte = (c: number | undefined) => (c === undefined ? null : centimesEnTexte(c));

// ───────────────────────── One writer per file ─────────────────────────

const ECRIVAINS: { [N in NomFichier]: Ecrivain<N> } = {
  'eds.csv': {
    async ecrire(ctx, lignes) {
      const codes = lignes.map((r) => r.code);
      const r = await upsert(
        ctx,
        'eds',
        ['code', 'nom'],
        Prisma.sql`SELECT * FROM unnest(${codes}::text[], ${lignes.map((r) => r.nom)}::text[]) WITH ORDINALITY AS u(code, nom, n)`,
        'code',
        doUpdate(ctx, [{ col: 'nom' }]),
      );
      if (ctx.colonnes.has('communes')) {
        // The file gives each listed EDS its whole secteur: communes no longer listed leave it.
        const pe: string[] = [];
        const pc: string[] = [];
        for (const l of lignes) {
          for (const c of l.communes ?? []) {
            pe.push(l.code);
            pc.push(c);
          }
        }
        await ctx.tx.$executeRaw`
          UPDATE commune AS c SET eds_id = NULL FROM eds AS e
          WHERE c.eds_id = e.id AND e.code = ANY(${codes}::text[])
            AND NOT EXISTS (SELECT 1 FROM unnest(${pe}::text[], ${pc}::text[]) AS p(eds, commune) WHERE p.eds = e.code AND p.commune = c.code)`;
        if (pc.length > 0) {
          await ctx.tx.$executeRaw`
            INSERT INTO commune AS t (code, nom, eds_id)
            SELECT p.commune, p.commune, e.id FROM unnest(${pe}::text[], ${pc}::text[]) AS p(eds, commune) JOIN eds AS e ON e.code = p.eds
            ON CONFLICT (code) DO UPDATE SET eds_id = EXCLUDED.eds_id WHERE t.eds_id IS DISTINCT FROM EXCLUDED.eds_id`;
        }
      }
      return r;
    },
  },

  'agents.csv': {
    ecrire: (ctx, lignes) =>
      upsert(
        ctx,
        'agent',
        ['external_id', 'nom', 'prenom', 'role', 'email', 'updated_at'],
        Prisma.sql`
          SELECT u.n, u.ext AS external_id, u.nom, u.prenom, u.role::"Role" AS role, u.email, now() AS updated_at
          FROM unnest(${lignes.map((r) => r.agent_id)}::text[], ${lignes.map((r) => r.nom)}::text[], ${lignes.map((r) => r.prenom)}::text[],
                      ${lignes.map((r) => r.role)}::text[], ${lignes.map((r) => r.email ?? null)}::text[]) WITH ORDINALITY AS u(ext, nom, prenom, role, email, n)`,
        'external_id',
        doUpdate(ctx, [{ col: 'nom' }, { col: 'prenom' }, { col: 'role' }, { col: 'email', csv: 'email' }], VERSIONNE_DATE),
      ),
  },

  'affectations.csv': {
    enUneFois: true,
    async ecrire(ctx, lignes) {
      const agents = [...ctx.verification.agentsAffectes];
      const cle = 'ROW(t.agent_id, t.eds_id, t.debut, t.fin, t.quotite) IS NOT DISTINCT FROM ROW(s.agent_id, s.eds_id, s.debut, s.fin, s.quotite)';
      const [r] = await ctx.tx.$queryRaw<{ lues: number; creees: number; supprimees: number }[]>`
        WITH src AS (
          SELECT u.n, a.id AS agent_id, e.id AS eds_id, u.debut::date AS debut, u.fin::date AS fin, u.quotite::numeric AS quotite
          FROM unnest(${lignes.map((r) => r.agent_id)}::text[], ${lignes.map((r) => r.eds_code)}::text[], ${lignes.map((r) => r.debut)}::text[],
                      ${lignes.map((r) => r.fin ?? null)}::text[], ${lignes.map((r) => r.quotite)}::text[]) WITH ORDINALITY AS u(agent, eds, debut, fin, quotite, n)
          JOIN agent AS a ON a.external_id = u.agent JOIN eds AS e ON e.code = u.eds
        ),
        del AS (
          DELETE FROM affectation AS t
          WHERE t.agent_id IN (SELECT id FROM agent WHERE external_id = ANY(${agents}::text[]))
            AND NOT EXISTS (SELECT 1 FROM src AS s WHERE ${raw(cle)})
          RETURNING 1
        ),
        ins AS (
          INSERT INTO affectation (agent_id, eds_id, debut, fin, quotite)
          SELECT s.agent_id, s.eds_id, s.debut, s.fin, s.quotite FROM src AS s
          WHERE NOT EXISTS (SELECT 1 FROM affectation AS t WHERE ${raw(cle)})
          ORDER BY s.n
          RETURNING 1
        )
        SELECT (SELECT count(*) FROM src)::int AS lues, (SELECT count(*) FROM ins)::int AS creees, (SELECT count(*) FROM del)::int AS supprimees`;
      return { lues: r?.lues ?? 0, creees: r?.creees ?? 0, modifiees: 0, supprimees: r?.supprimees ?? 0 };
    },
  },

  'population.csv': {
    ecrire: (ctx, lignes) =>
      upsert(
        ctx,
        'population',
        ['annee', 'population', 'cout_etpt_ts'],
        Prisma.sql`
          SELECT u.n, u.annee, u.population, u.cout::numeric AS cout_etpt_ts
          FROM unnest(${lignes.map((r) => r.annee)}::int[], ${lignes.map((r) => r.population)}::int[],
                      ${lignes.map((r) => montantTexte(r.cout_etpt_ts))}::text[]) WITH ORDINALITY AS u(annee, population, cout, n)`,
        'annee',
        doUpdate(ctx, [{ col: 'population' }, { col: 'cout_etpt_ts', csv: 'cout_etpt_ts' }]),
      ),
  },

  'personnes.csv': {
    ecrire: (ctx, lignes) =>
      upsert(
        ctx,
        'personne',
        ['external_id', 'nom', 'prenom', 'nom_naissance', 'date_naissance', 'sexe', 'numero_allocataire', 'updated_at'],
        Prisma.sql`
          SELECT u.n, u.ext AS external_id, u.nom, u.prenom, u.nom_naissance, u.date_naissance::date AS date_naissance,
                 u.sexe::"Sexe" AS sexe, u.numero_allocataire, now() AS updated_at
          FROM unnest(${lignes.map((r) => r.personne_id)}::text[], ${lignes.map((r) => r.nom)}::text[], ${lignes.map((r) => r.prenom)}::text[],
                      ${lignes.map((r) => r.nom_naissance ?? null)}::text[], ${lignes.map((r) => r.date_naissance)}::text[],
                      ${lignes.map((r) => r.sexe)}::text[], ${lignes.map((r) => r.numero_allocataire ?? null)}::text[])
               WITH ORDINALITY AS u(ext, nom, prenom, nom_naissance, date_naissance, sexe, numero_allocataire, n)`,
        'external_id',
        doUpdate(
          ctx,
          [
            { col: 'nom' },
            { col: 'prenom' },
            { col: 'nom_naissance', csv: 'nom_naissance' },
            { col: 'date_naissance' },
            { col: 'sexe' },
            { col: 'numero_allocataire', csv: 'numero_allocataire' },
          ],
          VERSIONNE_DATE,
        ),
      ),
  },

  'foyers.csv': {
    async ecrire(ctx, lignes) {
      // The dossier opens on the file's date_ouverture; failing that, on the foyer's earliest date in the
      // folder (or today), never later than what the database already says.
      const explicites = lignes.filter((r) => r.date_ouverture !== undefined);
      const deduits = lignes.filter((r) => r.date_ouverture === undefined);
      let lues = 0;
      const foyers: { id: number; cree: boolean }[] = [];
      const dossiers: number[] = [];
      for (const [groupe, explicite] of [[explicites, true], [deduits, false]] as const) {
        if (groupe.length === 0) continue;
        const exts = groupe.map((r) => r.foyer_id);
        const dates = groupe.map((r) => r.date_ouverture ?? ctx.verification.premiersJours.get(r.foyer_id) ?? ctx.aujourdhui);
        const date = explicite ? 'EXCLUDED.date_ouverture' : 'LEAST(t.date_ouverture, EXCLUDED.date_ouverture)';
        const f = await upsertIds(
          ctx,
          'foyer',
          ['external_id', 'commune_code', 'adresse', 'date_ouverture', 'updated_at'],
          Prisma.sql`
            SELECT u.n, u.ext AS external_id, u.commune AS commune_code, u.adresse, u.d::date AS date_ouverture, now() AS updated_at
            FROM unnest(${exts}::text[], ${groupe.map((r) => r.commune ?? null)}::text[], ${groupe.map((r) => r.adresse ?? null)}::text[],
                        ${dates}::text[]) WITH ORDINALITY AS u(ext, commune, adresse, d, n)`,
          'external_id',
          doUpdate(ctx, [{ col: 'commune_code', csv: 'commune' }, { col: 'adresse', csv: 'adresse' }, { col: 'date_ouverture', valeur: date }], VERSIONNE_DATE),
        );
        lues += f.lues;
        foyers.push(...f.ecrits);
        const d = await upsertIds(
          ctx,
          'dossier',
          ['foyer_id', 'eds_id', 'date_ouverture', 'updated_at'],
          Prisma.sql`
            SELECT u.n, f.id AS foyer_id, e.id AS eds_id, u.d::date AS date_ouverture, now() AS updated_at
            FROM unnest(${exts}::text[], ${groupe.map((r) => r.eds_code)}::text[], ${dates}::text[]) WITH ORDINALITY AS u(ext, eds, d, n)
            JOIN foyer AS f ON f.external_id = u.ext JOIN eds AS e ON e.code = u.eds`,
          'foyer_id',
          doUpdate(ctx, [{ col: 'eds_id' }, { col: 'date_ouverture', valeur: date }], VERSIONNE_DATE),
          'foyer_id',
        );
        dossiers.push(...d.ecrits.map((e) => e.id));
      }
      return fusionner(lues, foyers, dossiers);
    },
  },

  'appartenances.csv': {
    ecrire: (ctx, lignes) =>
      upsert(
        ctx,
        'appartenance',
        ['personne_id', 'foyer_id', 'role', 'debut', 'fin'],
        Prisma.sql`
          SELECT u.n, p.id AS personne_id, f.id AS foyer_id, u.role::"RoleFoyer" AS role, u.debut::date AS debut, u.fin::date AS fin
          FROM unnest(${lignes.map((r) => r.personne_id)}::text[], ${lignes.map((r) => r.foyer_id)}::text[], ${lignes.map((r) => r.role)}::text[],
                      ${lignes.map((r) => r.debut)}::text[], ${lignes.map((r) => r.fin ?? null)}::text[]) WITH ORDINALITY AS u(personne, foyer, role, debut, fin, n)
          JOIN personne AS p ON p.external_id = u.personne JOIN foyer AS f ON f.external_id = u.foyer`,
        'personne_id, foyer_id, debut',
        doUpdate(ctx, [{ col: 'role' }, { col: 'fin', csv: 'fin' }]),
      ),
  },

  'rsa.csv': {
    ecrire: (ctx, lignes) =>
      upsert(
        ctx,
        'orientation_rsa',
        ['personne_id', 'debut', 'fin', 'orientation'],
        Prisma.sql`
          SELECT u.n, p.id AS personne_id, u.debut::date AS debut, u.fin::date AS fin, u.orientation::"OrientationRsa" AS orientation
          FROM unnest(${lignes.map((r) => r.personne_id)}::text[], ${lignes.map((r) => r.debut)}::text[], ${lignes.map((r) => r.fin ?? null)}::text[],
                      ${lignes.map((r) => r.orientation)}::text[]) WITH ORDINALITY AS u(personne, debut, fin, orientation, n)
          JOIN personne AS p ON p.external_id = u.personne`,
        'personne_id, debut',
        doUpdate(ctx, [{ col: 'fin', csv: 'fin' }, { col: 'orientation' }]),
      ),
  },

  'contacts.csv': {
    // The motif is a code of the motifs de contact when it is one, free text otherwise. The contact's EDS
    // is its dossier's, unless the contact already has one.
    ecrire: (ctx, lignes) =>
      upsert(
        ctx,
        'contact',
        ['external_id', 'foyer_id', 'personne_id', 'eds_id', 'date', 'canal', 'agent_id', 'motif_code', 'motif'],
        Prisma.sql`
          SELECT u.n, u.ext AS external_id, f.id AS foyer_id, p.id AS personne_id, d.eds_id, u.date::timestamptz AS date, u.canal::"Canal" AS canal,
                 a.id AS agent_id, mc.code AS motif_code, CASE WHEN mc.code IS NULL THEN u.motif END AS motif
          FROM unnest(${lignes.map((r) => r.contact_id)}::text[], ${lignes.map((r) => r.foyer_id)}::text[], ${lignes.map((r) => r.personne_id ?? null)}::text[],
                      ${lignes.map((r) => r.date.utc)}::text[], ${lignes.map((r) => r.canal)}::text[], ${lignes.map((r) => r.agent_id ?? null)}::text[],
                      ${lignes.map((r) => r.motif ?? null)}::text[]) WITH ORDINALITY AS u(ext, foyer, personne, date, canal, agent, motif, n)
          JOIN foyer AS f ON f.external_id = u.foyer
          LEFT JOIN personne AS p ON p.external_id = u.personne
          LEFT JOIN agent AS a ON a.external_id = u.agent
          LEFT JOIN dossier AS d ON d.foyer_id = f.id
          LEFT JOIN motif_contact AS mc ON mc.code = u.motif`,
        'external_id',
        doUpdate(ctx, [
          { col: 'foyer_id' },
          { col: 'personne_id', csv: 'personne_id' },
          { col: 'eds_id', valeur: 'COALESCE(t.eds_id, EXCLUDED.eds_id)' },
          { col: 'date' },
          { col: 'canal' },
          { col: 'agent_id', csv: 'agent_id' },
          { col: 'motif_code', csv: 'motif' },
          { col: 'motif', csv: 'motif' },
        ]),
      ),
  },

  'rendez_vous.csv': {
    ecrire: (ctx, lignes) =>
      upsert(
        ctx,
        'rendez_vous',
        ['external_id', 'foyer_id', 'personne_id', 'agent_id', 'debut', 'duree_minutes', 'mode', 'statut', 'updated_at'],
        Prisma.sql`
          SELECT u.n, u.ext AS external_id, f.id AS foyer_id, p.id AS personne_id, a.id AS agent_id, u.debut::timestamptz AS debut,
                 COALESCE(u.duree, 45) AS duree_minutes, u.mode::"ModeRendezVous" AS mode, u.statut::"StatutRendezVous" AS statut,
                 now() AS updated_at
          FROM unnest(${lignes.map((r) => r.rdv_id)}::text[], ${lignes.map((r) => r.foyer_id)}::text[], ${lignes.map((r) => r.personne_id ?? null)}::text[],
                      ${lignes.map((r) => r.agent_id)}::text[], ${lignes.map((r) => r.debut.utc)}::text[], ${lignes.map((r) => r.duree_minutes ?? null)}::int[],
                      ${lignes.map((r) => r.mode)}::text[], ${lignes.map((r) => r.statut)}::text[]) WITH ORDINALITY AS u(ext, foyer, personne, agent, debut, duree, mode, statut, n)
          JOIN foyer AS f ON f.external_id = u.foyer
          JOIN agent AS a ON a.external_id = u.agent
          LEFT JOIN personne AS p ON p.external_id = u.personne`,
        'external_id',
        doUpdate(
          ctx,
          [
            { col: 'foyer_id' },
            { col: 'personne_id', csv: 'personne_id' },
            { col: 'agent_id' },
            { col: 'debut' },
            { col: 'duree_minutes', csv: 'duree_minutes' },
            { col: 'mode' },
            { col: 'statut' },
          ],
          // Who cancelled is kept only while the rdv stays cancelled (rendez_vous_annulation_check).
          ["annule_par = CASE WHEN EXCLUDED.statut = 'ANNULE' THEN t.annule_par END", ...VERSIONNE_DATE],
        ),
      ),
  },

  'contrats.csv': {
    ecrire: (ctx, lignes) =>
      upsert(
        ctx,
        'contrat',
        ['external_id', 'foyer_id', 'personne_id', 'type', 'debut', 'fin', 'agent_id'],
        Prisma.sql`
          SELECT u.n, u.ext AS external_id, f.id AS foyer_id, p.id AS personne_id, u.type::"TypeContrat" AS type, u.debut::date AS debut,
                 u.fin::date AS fin, a.id AS agent_id
          FROM unnest(${lignes.map((r) => r.contrat_id)}::text[], ${lignes.map((r) => r.foyer_id)}::text[], ${lignes.map((r) => r.personne_id ?? null)}::text[],
                      ${lignes.map((r) => r.type)}::text[], ${lignes.map((r) => r.debut)}::text[], ${lignes.map((r) => r.fin)}::text[],
                      ${lignes.map((r) => r.agent_id ?? null)}::text[]) WITH ORDINALITY AS u(ext, foyer, personne, type, debut, fin, agent, n)
          JOIN foyer AS f ON f.external_id = u.foyer
          LEFT JOIN personne AS p ON p.external_id = u.personne
          LEFT JOIN agent AS a ON a.external_id = u.agent`,
        'external_id',
        doUpdate(
          ctx,
          [
            { col: 'foyer_id' },
            { col: 'personne_id', csv: 'personne_id' },
            { col: 'type' },
            { col: 'debut' },
            { col: 'fin' },
            { col: 'agent_id', csv: 'agent_id' },
          ],
          VERSIONNE,
        ),
      ),
  },

  'diagnostics.csv': {
    async ecrire(ctx, lignes) {
      const exts = lignes.map((r) => r.diagnostic_id);
      const d = await upsertIds(
        ctx,
        'diagnostic',
        ['external_id', 'foyer_id', 'date', 'agent_id'],
        Prisma.sql`
          SELECT u.n, u.ext AS external_id, f.id AS foyer_id, u.date::date AS date, a.id AS agent_id
          FROM unnest(${exts}::text[], ${lignes.map((r) => r.foyer_id)}::text[], ${lignes.map((r) => r.date)}::text[],
                      ${lignes.map((r) => r.agent_id ?? null)}::text[]) WITH ORDINALITY AS u(ext, foyer, date, agent, n)
          JOIN foyer AS f ON f.external_id = u.foyer
          LEFT JOIN agent AS a ON a.external_id = u.agent`,
        'external_id',
        doUpdate(ctx, [{ col: 'foyer_id' }, { col: 'date' }, { col: 'agent_id', csv: 'agent_id' }], VERSIONNE),
      );
      if (!ctx.colonnes.has('domaines')) return fusionner(d.lues, d.ecrits, []);
      // The listed domaines become the diagnostic's whole list.
      const pe: string[] = [];
      const pd: string[] = [];
      for (const l of lignes) {
        for (const code of l.domaines ?? []) {
          pe.push(l.diagnostic_id);
          pd.push(code);
        }
      }
      const changes = await ctx.tx.$queryRaw<{ id: number }[]>`
        WITH d AS (SELECT id, external_id FROM diagnostic WHERE external_id = ANY(${exts}::text[])),
        p AS (
          SELECT d.id, x.code FROM unnest(${pe}::text[], ${pd}::text[]) AS x(ext, code)
          JOIN d ON d.external_id = x.ext
        ),
        del AS (
          DELETE FROM diagnostic_domaine AS dd USING d
          WHERE dd.diagnostic_id = d.id AND NOT EXISTS (SELECT 1 FROM p WHERE p.id = dd.diagnostic_id AND p.code = dd.domaine_code)
          RETURNING dd.diagnostic_id AS id
        ),
        ins AS (
          INSERT INTO diagnostic_domaine (diagnostic_id, domaine_code) SELECT id, code FROM p
          ON CONFLICT DO NOTHING RETURNING diagnostic_id AS id
        )
        SELECT id FROM del UNION SELECT id FROM ins`;
      return fusionner(d.lues, d.ecrits, changes.map((c) => c.id));
    },
  },

  'objectifs.csv': {
    ecrire: (ctx, lignes) =>
      upsert(
        ctx,
        'objectif',
        ['external_id', 'foyer_id', 'domaine_code', 'libelle', 'date', 'echeance', 'resultat'],
        Prisma.sql`
          SELECT u.n, u.ext AS external_id, f.id AS foyer_id, u.domaine AS domaine_code, u.libelle, u.date::date AS date, u.echeance::date AS echeance,
                 u.resultat::"ResultatObjectif" AS resultat
          FROM unnest(${lignes.map((r) => r.objectif_id)}::text[], ${lignes.map((r) => r.foyer_id)}::text[], ${lignes.map((r) => r.domaine)}::text[],
                      ${lignes.map((r) => r.libelle)}::text[], ${lignes.map((r) => r.date)}::text[], ${lignes.map((r) => r.echeance ?? null)}::text[],
                      ${lignes.map((r) => r.resultat ?? null)}::text[]) WITH ORDINALITY AS u(ext, foyer, domaine, libelle, date, echeance, resultat, n)
          JOIN foyer AS f ON f.external_id = u.foyer`,
        'external_id',
        doUpdate(
          ctx,
          [
            { col: 'foyer_id' },
            { col: 'domaine_code' },
            { col: 'libelle' },
            { col: 'date' },
            { col: 'echeance', csv: 'echeance' },
            { col: 'resultat', csv: 'resultat' },
          ],
          VERSIONNE,
        ),
      ),
  },

  'actions.csv': {
    ecrire: (ctx, lignes) =>
      upsert(
        ctx,
        'action',
        ['external_id', 'foyer_id', 'date', 'type_code', 'libelle', 'partenaire'],
        Prisma.sql`
          SELECT u.n, u.ext AS external_id, f.id AS foyer_id, u.date::date AS date, u.type AS type_code, u.libelle, u.partenaire
          FROM unnest(${lignes.map((r) => r.action_id)}::text[], ${lignes.map((r) => r.foyer_id)}::text[], ${lignes.map((r) => r.date)}::text[],
                      ${lignes.map((r) => r.type)}::text[], ${lignes.map((r) => r.libelle ?? null)}::text[],
                      ${lignes.map((r) => r.partenaire ?? null)}::text[]) WITH ORDINALITY AS u(ext, foyer, date, type, libelle, partenaire, n)
          JOIN foyer AS f ON f.external_id = u.foyer`,
        'external_id',
        doUpdate(ctx, [
          { col: 'foyer_id' },
          { col: 'date' },
          { col: 'type_code' },
          { col: 'libelle', csv: 'libelle' },
          { col: 'partenaire', csv: 'partenaire' },
        ]),
      ),
  },

  'bilans.csv': {
    ecrire: (ctx, lignes) =>
      upsert(
        ctx,
        'bilan',
        ['external_id', 'foyer_id', 'date', 'motif_sortie_code', 'commentaire'],
        Prisma.sql`
          SELECT u.n, u.ext AS external_id, f.id AS foyer_id, u.date::date AS date, u.motif AS motif_sortie_code, u.commentaire
          FROM unnest(${lignes.map((r) => r.bilan_id)}::text[], ${lignes.map((r) => r.foyer_id)}::text[], ${lignes.map((r) => r.date)}::text[],
                      ${lignes.map((r) => r.motif_sortie)}::text[], ${lignes.map((r) => r.commentaire ?? null)}::text[]) WITH ORDINALITY AS u(ext, foyer, date, motif, commentaire, n)
          JOIN foyer AS f ON f.external_id = u.foyer`,
        'external_id',
        doUpdate(ctx, [{ col: 'foyer_id' }, { col: 'date' }, { col: 'motif_sortie_code' }, { col: 'commentaire', csv: 'commentaire' }]),
      ),
  },

  'aides.csv': {
    ecrire: (ctx, lignes) =>
      upsert(
        ctx,
        'aide',
        ['external_id', 'foyer_id', 'dispositif_code', 'categorie', 'montant', 'statut', 'date_demande', 'date_decision', 'date_paiement'],
        Prisma.sql`
          SELECT u.n, u.ext AS external_id, f.id AS foyer_id, u.dispositif AS dispositif_code, u.categorie::"CategorieAide" AS categorie,
                 u.montant::numeric AS montant, u.statut::"StatutAide" AS statut, u.date_demande::date AS date_demande,
                 u.date_decision::date AS date_decision, u.date_paiement::date AS date_paiement
          FROM unnest(${lignes.map((r) => r.aide_id)}::text[], ${lignes.map((r) => r.foyer_id)}::text[], ${lignes.map((r) => r.dispositif)}::text[],
                      ${lignes.map((r) => r.categorie)}::text[], ${lignes.map((r) => centimesEnTexte(r.montant))}::text[], ${lignes.map((r) => r.statut)}::text[],
                      ${lignes.map((r) => r.date_demande)}::text[], ${lignes.map((r) => r.date_decision ?? null)}::text[],
                      ${lignes.map((r) => r.date_paiement ?? null)}::text[])
               WITH ORDINALITY AS u(ext, foyer, dispositif, categorie, montant, statut, date_demande, date_decision, date_paiement, n)
          JOIN foyer AS f ON f.external_id = u.foyer`,
        'external_id',
        doUpdate(
          ctx,
          [
            { col: 'foyer_id' },
            { col: 'dispositif_code' },
            { col: 'categorie' },
            { col: 'montant' },
            { col: 'statut' },
            { col: 'date_demande' },
            { col: 'date_decision', csv: 'date_decision' },
            { col: 'date_paiement', csv: 'date_paiement' },
          ],
          VERSIONNE,
        ),
      ),
  },

  'ressources.csv': {
    ecrire: (ctx, lignes) =>
      upsert(
        ctx,
        'ressource',
        ['foyer_id', 'annee', 'revenus_travail', 'retraite', 'allocations', 'autres'],
        Prisma.sql`
          SELECT u.n, f.id AS foyer_id, u.annee, COALESCE(u.rt::numeric, 0) AS revenus_travail, COALESCE(u.re::numeric, 0) AS retraite,
                 COALESCE(u.al::numeric, 0) AS allocations, COALESCE(u.au::numeric, 0) AS autres
          FROM unnest(${lignes.map((r) => r.foyer_id)}::text[], ${lignes.map((r) => r.annee)}::int[],
                      ${lignes.map((r) => montantTexte(r.revenus_travail))}::text[], ${lignes.map((r) => montantTexte(r.retraite))}::text[],
                      ${lignes.map((r) => montantTexte(r.allocations))}::text[], ${lignes.map((r) => montantTexte(r.autres))}::text[])
               WITH ORDINALITY AS u(foyer, annee, rt, re, al, au, n)
          JOIN foyer AS f ON f.external_id = u.foyer`,
        'foyer_id, annee',
        doUpdate(ctx, [
          { col: 'revenus_travail', csv: 'revenus_travail' },
          { col: 'retraite', csv: 'retraite' },
          { col: 'allocations', csv: 'allocations' },
          { col: 'autres', csv: 'autres' },
        ]),
      ),
  },
};
