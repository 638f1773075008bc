/** The machine and the dataset the figures were measured on (for docs/benchmarks.md). */
import { readFileSync } from 'node:fs';
import os from 'node:os';
import type pg from 'pg';

export type Machine = {
  cpu: string;
  coeurs: number;
  memoireGo: number;
  systeme: string;
  postgres: string;
  reglages: Record<string, string>;
  node: string;
};

const REGLAGES = ['shared_buffers', 'work_mem', 'effective_cache_size', 'max_parallel_workers_per_gather', 'jit', 'random_page_cost'];

function modeleCpu(): string {
  try {
    const ligne = readFileSync('/proc/cpuinfo', 'utf8')
      .split('\n')
      .find((l) => l.startsWith('model name'));
    if (ligne) return ligne.split(':').slice(1).join(':').trim();
  } catch {
    // not Linux
  }
  return os.cpus()[0]?.model ?? 'inconnu';
}

export async function decrireMachine(sql: pg.Client): Promise<Machine> {
  const version = await sql.query<{ v: string }>('SELECT version() AS v');
  const reglages = await sql.query<{ name: string; valeur: string }>(
    `SELECT name, CASE WHEN unit IS NULL THEN setting ELSE pg_size_pretty(setting::bigint * CASE unit WHEN '8kB' THEN 8192 WHEN 'kB' THEN 1024 WHEN 'MB' THEN 1048576 ELSE 1 END) END AS valeur
     FROM pg_settings WHERE name = ANY($1::text[]) ORDER BY name`,
    [REGLAGES],
  );
  return {
    cpu: modeleCpu(),
    coeurs: os.cpus().length,
    memoireGo: os.totalmem() / 1024 ** 3,
    systeme: `${os.type()} ${os.release()}`,
    postgres: (version.rows[0]?.v ?? 'inconnue').split(',')[0] ?? 'inconnue',
    reglages: Object.fromEntries(reglages.rows.map((r) => [r.name, r.valeur])),
    node: process.version,
  };
}

export type Generation = {
  echelle: string;
  graine: number;
  reference: string;
  debut_fenetre: string;
  genere_le: string;
  secondes: { chargement: number; index: number; analyse: number; total: number };
  sans_index?: boolean;
  empreinte: string;
};

export type JeuDeDonnees = {
  /** The generator's record (parametre 'generation'), null when the data was not generated. */
  generation: Generation | null;
  comptes: [string, number][];
  tailleGo: number;
};

const TABLES_COMPTEES: [string, string][] = [
  ['eds', 'EDS'],
  ['agent', 'Agents'],
  ['foyer', 'Foyers'],
  ['personne', 'Personnes'],
  ['appartenance', 'Appartenances'],
  ['contact', 'Fiches contact'],
  ['rendez_vous', 'Rendez-vous'],
  ['diagnostic', 'Diagnostics'],
  ['objectif', 'Objectifs'],
  ['action', 'Actions'],
  ['contrat', 'Contrats'],
  ['orientation_rsa', 'Orientations RSA'],
  ['aide', 'Aides financières'],
  ['bilan', 'Bilans'],
  ['ressource', 'Ressources annuelles'],
];

export async function decrireDonnees(sql: pg.Client): Promise<JeuDeDonnees> {
  const comptes: [string, number][] = [];
  for (const [table, libelle] of TABLES_COMPTEES) {
    const r = await sql.query<{ n: string }>(`SELECT count(*)::text AS n FROM "${table}"`);
    comptes.push([libelle, Number(r.rows[0]?.n ?? 0)]);
  }
  const rdv = await sql.query<{ statut: string; n: string }>(
    "SELECT r.statut::text AS statut, count(*)::text AS n FROM rendez_vous r JOIN agent a ON a.id = r.agent_id AND a.role = 'TRAVAILLEUR_SOCIAL' GROUP BY 1 ORDER BY 1",
  );
  for (const r of rdv.rows) comptes.push([`  dont rendez-vous TS ${r.statut}`, Number(r.n)]);
  const parametre = await sql.query<{ valeur: string }>("SELECT valeur FROM parametre WHERE cle = 'generation'");
  const taille = await sql.query<{ octets: string }>('SELECT pg_database_size(current_database())::text AS octets');
  let generation: Generation | null = null;
  try {
    generation = parametre.rows[0] ? (JSON.parse(parametre.rows[0].valeur) as Generation) : null;
  } catch {
    generation = null;
  }
  return { generation, comptes, tailleGo: Number(taille.rows[0]?.octets ?? 0) / 1024 ** 3 };
}
