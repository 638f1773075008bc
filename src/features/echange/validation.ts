/**
 * The validation pass of an import: reads every row of every file once and reports every problem,
 * before anything is written. Rules of a single row live in the schemas; here are the rules that need
 * the other rows or the database: duplicate ids, references to rows of earlier files or of the database,
 * codes of the reference lists, the dispositifs' bounds, birth dates in the future.
 */
import { Prisma, type PrismaClient } from '@/generated/prisma/client';
import { Erreurs, LIMITE_ERREURS, type ErreurEchange } from './erreurs';
import { idGenere, PREFIXES, type TableExterne } from './identifiants';
import { ouvrirFichier } from './lecture';
import { isNomFichier, NOMS_FICHIERS, type Ligne, type LigneBrute, type NomFichier } from './schemas';
import type { Source } from './source';
import { formatEuros, jourParis } from './valeurs';

export type Cible = 'eds' | 'agents' | 'personnes' | 'foyers';
type Liste = 'domaines' | 'typesAction' | 'motifsSortie' | 'dispositifs';

/** What the database already holds that a folder may refer to. */
export type Referentiel = {
  domaines: ReadonlySet<string>;
  typesAction: ReadonlySet<string>;
  motifsSortie: ReadonlySet<string>;
  /** Bounds per aid, in cents. */
  dispositifs: ReadonlyMap<string, { min: number; max: number }>;
  /** External ids (or generated ids `SLG-…` of rows without one); eds: codes. */
  eds: ReadonlySet<string>;
  agents: ReadonlySet<string>;
  personnes: ReadonlySet<string>;
  foyers: ReadonlySet<string>;
  /** E-mail → id of the agent who has it. */
  emailsAgents: ReadonlyMap<string, string>;
};

export type ProgressionVerification = { fichier: NomFichier; fraction: number; lignes: number };

export type Verification = {
  erreurs: ErreurEchange[];
  totalErreurs: number;
  avertissements: string[];
  /** Files to import, in dependency order, with their header and row count. */
  fichiers: { nom: NomFichier; colonnes: ReadonlySet<string>; lignes: number }[];
  /** Earliest day found for each foyer in the folder (default opening date of its dossier). */
  premiersJours: ReadonlyMap<string, string>;
  /** Agents whose affectations the file `affectations.csv` replaces. */
  agentsAffectes: ReadonlySet<string>;
  /** Generated ids (`SLG-…`) met per table, which rows of this database without external id may adopt. */
  idsGeneres: ReadonlyMap<TableExterne, ReadonlySet<string>>;
};

type Verif = {
  signaler(colonne: string, raison: string): void;
  referentiel: Referentiel;
  aujourdhui: string;
  ligne: number;
};

type Regles<N extends NomFichier> = {
  /** Columns whose values identify a row: a second row with the same values is an error. */
  cle?: readonly string[];
  /** The ids this file defines, for the references of later files. */
  definit?: { cible: Cible; colonne: string };
  /** Table whose generated ids the key column may carry. */
  table?: TableExterne;
  references?: readonly (readonly [colonne: string, cible: Cible])[];
  codes?: readonly (readonly [colonne: string, liste: Liste])[];
  /** The foyer's day this row is dated. */
  jour?(r: Ligne<N>): string | undefined;
  verifier?(r: Ligne<N>, v: Verif): void;
};

const NOMS_CIBLES: Record<Cible, { fichier: NomFichier; libelle: string }> = {
  eds: { fichier: 'eds.csv', libelle: 'EDS' },
  agents: { fichier: 'agents.csv', libelle: 'agent' },
  personnes: { fichier: 'personnes.csv', libelle: 'personne' },
  foyers: { fichier: 'foyers.csv', libelle: 'foyer' },
};

const TABLES_CIBLES: Partial<Record<Cible, TableExterne>> = { agents: 'agent', personnes: 'personne', foyers: 'foyer' };

const NOMS_LISTES: Record<Liste, string> = {
  domaines: 'domaine',
  typesAction: 'type d’action',
  motifsSortie: 'motif de sortie',
  dispositifs: 'dispositif',
};

const REGLES: { [N in NomFichier]: Regles<N> } = {
  'eds.csv': { cle: ['code'], definit: { cible: 'eds', colonne: 'code' } },
  'agents.csv': { cle: ['agent_id'], definit: { cible: 'agents', colonne: 'agent_id' }, table: 'agent' },
  'affectations.csv': { references: [['agent_id', 'agents'], ['eds_code', 'eds']] },
  'population.csv': { cle: ['annee'] },
  'personnes.csv': {
    cle: ['personne_id'],
    definit: { cible: 'personnes', colonne: 'personne_id' },
    table: 'personne',
    verifier(r, v) {
      if (r.date_naissance > v.aujourdhui) v.signaler('date_naissance', `date de naissance dans le futur (${r.date_naissance})`);
    },
  },
  'foyers.csv': {
    cle: ['foyer_id'],
    definit: { cible: 'foyers', colonne: 'foyer_id' },
    table: 'foyer',
    references: [['eds_code', 'eds']],
  },
  'appartenances.csv': {
    cle: ['personne_id', 'foyer_id', 'debut'],
    references: [['personne_id', 'personnes'], ['foyer_id', 'foyers']],
    jour: (r) => r.debut,
  },
  'rsa.csv': { cle: ['personne_id', 'debut'], references: [['personne_id', 'personnes']] },
  'contacts.csv': {
    cle: ['contact_id'],
    table: 'contact',
    references: [['foyer_id', 'foyers'], ['personne_id', 'personnes'], ['agent_id', 'agents']],
    jour: (r) => r.date.jour,
  },
  'rendez_vous.csv': {
    cle: ['rdv_id'],
    table: 'rendez_vous',
    references: [['foyer_id', 'foyers'], ['personne_id', 'personnes'], ['agent_id', 'agents']],
    jour: (r) => r.debut.jour,
  },
  'contrats.csv': {
    cle: ['contrat_id'],
    table: 'contrat',
    references: [['foyer_id', 'foyers'], ['personne_id', 'personnes'], ['agent_id', 'agents']],
    jour: (r) => r.debut,
  },
  'diagnostics.csv': {
    cle: ['diagnostic_id'],
    table: 'diagnostic',
    references: [['foyer_id', 'foyers'], ['agent_id', 'agents']],
    codes: [['domaines', 'domaines']],
    jour: (r) => r.date,
  },
  'objectifs.csv': {
    cle: ['objectif_id'],
    table: 'objectif',
    references: [['foyer_id', 'foyers']],
    codes: [['domaine', 'domaines']],
    jour: (r) => r.date,
  },
  'actions.csv': {
    cle: ['action_id'],
    table: 'action',
    references: [['foyer_id', 'foyers']],
    codes: [['type', 'typesAction']],
    jour: (r) => r.date,
  },
  'bilans.csv': {
    cle: ['bilan_id'],
    table: 'bilan',
    references: [['foyer_id', 'foyers']],
    codes: [['motif_sortie', 'motifsSortie']],
    jour: (r) => r.date,
  },
  'aides.csv': {
    cle: ['aide_id'],
    table: 'aide',
    references: [['foyer_id', 'foyers']],
    codes: [['dispositif', 'dispositifs']],
    jour: (r) => r.date_demande,
    verifier(r, v) {
      const bornes = v.referentiel.dispositifs.get(r.dispositif);
      if (bornes && (r.montant < bornes.min || r.montant > bornes.max)) {
        v.signaler(
          'montant',
          `montant ${formatEuros(r.montant)} hors des bornes du dispositif ${r.dispositif} (de ${formatEuros(bornes.min)} à ${formatEuros(bornes.max)})`,
        );
      }
    },
  },
  'ressources.csv': { cle: ['foyer_id', 'annee'], references: [['foyer_id', 'foyers']] },
};

export type ValidationOptions = {
  /** Paris day used for "in the future" (default: today). */
  aujourdhui?: string;
  limiteErreurs?: number;
  onProgress?: (p: ProgressionVerification) => void;
};

/** Validates a folder against what the database holds (`referentiel`); writes nothing. */
export async function validateSource(source: Source, referentiel: Referentiel, options: ValidationOptions = {}): Promise<Verification> {
  const aujourdhui = options.aujourdhui ?? jourParis();
  const erreurs = new Erreurs(options.limiteErreurs ?? LIMITE_ERREURS);
  const avertissements: string[] = [];
  const noms = await source.noms();
  for (const nom of noms) {
    if (!isNomFichier(nom) && !nom.startsWith('.')) {
      avertissements.push(`fichier « ${nom} » ignoré : ce n’est pas un des fichiers du format d’échange`);
    }
  }
  const presents = NOMS_FICHIERS.filter((n) => noms.includes(n));
  if (presents.length === 0) {
    erreurs.add({
      fichier: source.description,
      ligne: 0,
      colonne: null,
      raison: `aucun fichier du format d’échange (attendus : ${NOMS_FICHIERS.join(', ')})`,
    });
  }

  const dossier: Record<Cible, Set<string>> = { eds: new Set(), agents: new Set(), personnes: new Set(), foyers: new Set() };
  const premiersJours = new Map<string, string>();
  const agentsAffectes = new Set<string>();
  const idsGeneres = new Map<TableExterne, Set<string>>();
  const noterIdGenere = (table: TableExterne, id: string) => {
    if (idGenere(table, id) === null) return;
    let ids = idsGeneres.get(table);
    if (!ids) idsGeneres.set(table, (ids = new Set()));
    ids.add(id);
  };
  const fichiers: Verification['fichiers'] = [];
  const incertaines = new Set<Cible>();

  for (const nom of presents) {
    const regles = REGLES[nom] as Regles<NomFichier>;
    const taille = Math.max(1, await source.taille(nom));
    let octets = 0;
    let lignes = 0;
    const fichier = await ouvrirFichier(source, nom, { erreurs, onOctets: (n) => (octets += n) });
    if (!fichier) {
      // Its ids are unknown: references to them are not checked, rather than reported by the thousand.
      if (regles.definit) incertaines.add(regles.definit.cible);
      continue;
    }
    const cles = new Map<string, number>();
    const emails = new Map<string, number>();
    const communes = new Map<string, { eds: string; ligne: number }>();
    for await (const row of fichier.lignes) {
      lignes += 1;
      if (lignes % 5000 === 0) options.onProgress?.({ fichier: nom, fraction: Math.min(1, octets / taille), lignes });
      const { ligne, brute, valeurs } = row;
      const signaler = (colonne: string | null, raison: string) => erreurs.add({ fichier: nom, ligne, colonne, raison });

      if (regles.cle) {
        const parts = regles.cle.map((c) => brute[c]);
        if (parts.every((p) => p !== undefined)) {
          const cle = parts.join('\u0000');
          const deja = cles.get(cle);
          const colonne = regles.cle[0] ?? null;
          if (deja !== undefined) {
            signaler(
              colonne,
              regles.cle.length === 1
                ? `identifiant « ${parts[0]} » en double (déjà à la ligne ${deja})`
                : `ligne en double pour (${regles.cle.join(', ')}) = (${parts.join(', ')}) (déjà à la ligne ${deja})`,
            );
          } else {
            cles.set(cle, ligne);
          }
          if (regles.table && parts[0] !== undefined) noterIdGenere(regles.table, parts[0]);
        }
      }
      if (regles.definit) {
        const id = brute[regles.definit.colonne];
        if (id !== undefined) dossier[regles.definit.cible].add(id);
      }
      for (const [colonne, cible] of regles.references ?? []) {
        const id = brute[colonne];
        if (id === undefined) continue;
        if (!dossier[cible].has(id)) {
          if (referentiel[cible].has(id)) {
            const table = TABLES_CIBLES[cible];
            if (table) noterIdGenere(table, id);
          } else if (!incertaines.has(cible)) {
            const { fichier: f, libelle } = NOMS_CIBLES[cible];
            signaler(colonne, `${libelle} « ${id} » introuvable : ni dans ${f} ni dans la base`);
          }
        }
      }
      for (const [colonne, liste] of regles.codes ?? []) {
        verifierCodes(brute, colonne, liste, referentiel, signaler);
      }
      if (nom === 'affectations.csv' && brute.agent_id !== undefined) agentsAffectes.add(brute.agent_id);
      if (nom === 'agents.csv' && brute.email !== undefined && brute.agent_id !== undefined) {
        const deja = emails.get(brute.email);
        const proprietaire = referentiel.emailsAgents.get(brute.email);
        if (deja !== undefined) signaler('email', `adresse e-mail « ${brute.email} » déjà donnée à un autre agent (ligne ${deja})`);
        else if (proprietaire !== undefined && proprietaire !== brute.agent_id) {
          signaler('email', `adresse e-mail « ${brute.email} » déjà utilisée dans la base par l’agent « ${proprietaire} »`);
        }
        emails.set(brute.email, ligne);
      }
      if (nom === 'eds.csv' && valeurs !== null) {
        const v = valeurs as Ligne<'eds.csv'>;
        for (const commune of v.communes ?? []) {
          const deja = communes.get(commune);
          if (deja) signaler('communes', `commune ${commune} déjà rattachée à l’EDS « ${deja.eds} » (ligne ${deja.ligne})`);
          else communes.set(commune, { eds: v.code, ligne });
        }
      }
      if (valeurs !== null) {
        regles.verifier?.(valeurs, { signaler, referentiel, aujourdhui, ligne });
        const jour = regles.jour?.(valeurs);
        const foyer = brute.foyer_id;
        if (jour !== undefined && foyer !== undefined) {
          const avant = premiersJours.get(foyer);
          if (avant === undefined || jour < avant) premiersJours.set(foyer, jour);
        }
      }
    }
    options.onProgress?.({ fichier: nom, fraction: 1, lignes });
    fichiers.push({ nom, colonnes: fichier.colonnes, lignes });
  }

  return {
    erreurs: erreurs.premieres,
    totalErreurs: erreurs.total,
    avertissements,
    fichiers,
    premiersJours,
    agentsAffectes,
    idsGeneres,
  };
}

function verifierCodes(
  brute: LigneBrute,
  colonne: string,
  liste: Liste,
  referentiel: Referentiel,
  signaler: (colonne: string, raison: string) => void,
) {
  const valeur = brute[colonne];
  if (valeur === undefined) return;
  const connus = referentiel[liste];
  const codes = colonne === 'domaines' ? valeur.split(';').map((s) => s.trim()).filter((s) => s !== '') : [valeur];
  for (const code of codes) {
    if (!connus.has(code)) {
      signaler(colonne, `${NOMS_LISTES[liste]} « ${code} » inconnu (codes connus : ${[...connus.keys()].join(', ')})`);
    }
  }
}

/** What the database holds, for the validation of a folder. */
export async function loadReferentiel(prisma: PrismaClient): Promise<Referentiel> {
  const [domaines, typesAction, motifsSortie, dispositifs, eds, agents, personnes, foyers] = await Promise.all([
    prisma.domaine.findMany({ select: { code: true }, orderBy: { ordre: 'asc' } }),
    prisma.typeAction.findMany({ select: { code: true }, orderBy: { ordre: 'asc' } }),
    prisma.motifSortie.findMany({ select: { code: true }, orderBy: { ordre: 'asc' } }),
    prisma.$queryRaw<{ code: string; min: number; max: number }[]>`
      SELECT code, (montant_min * 100)::int AS min, (montant_max * 100)::int AS max FROM dispositif ORDER BY code`,
    prisma.$queryRaw<{ ext: string }[]>`SELECT code AS ext FROM eds`,
    prisma.$queryRaw<{ ext: string; email: string | null }[]>`
      SELECT COALESCE(external_id, ${PREFIXES.agent} || id) AS ext, email FROM agent`,
    prisma.$queryRaw<{ ext: string }[]>(Prisma.sql`SELECT COALESCE(external_id, ${PREFIXES.personne} || id) AS ext FROM personne`),
    prisma.$queryRaw<{ ext: string }[]>(Prisma.sql`SELECT COALESCE(external_id, ${PREFIXES.foyer} || id) AS ext FROM foyer`),
  ]);
  const emailsAgents = new Map<string, string>();
  for (const a of agents) if (a.email !== null) emailsAgents.set(a.email, a.ext);
  return {
    domaines: new Set(domaines.map((d) => d.code)),
    typesAction: new Set(typesAction.map((d) => d.code)),
    motifsSortie: new Set(motifsSortie.map((d) => d.code)),
    dispositifs: new Map(dispositifs.map((d) => [d.code, { min: d.min, max: d.max }])),
    eds: new Set(eds.map((e) => e.ext)),
    agents: new Set(agents.map((a) => a.ext)),
    personnes: new Set(personnes.map((p) => p.ext)),
    foyers: new Set(foyers.map((f) => f.ext)),
    emailsAgents,
  };
}
