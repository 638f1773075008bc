/**
 * Writes the in-memory rows in bulk, parents before children, then moves the id sequences past the ids we
 * assigned. One statement per table: `json_populate_recordset` turns a single JSON parameter into rows,
 * several times faster than `createMany` (whose per-value processing dominated the seed, 5–14 s for ~25,000
 * rows on two busy cores). Rows are still typed by Prisma's `…CreateManyInput`; a field that matches no
 * column is an error, never silently dropped.
 */
import { type Prisma } from '@/generated/prisma/client';
import { type SeedRows, type SeedTable } from './store';

/** Insertion order (foreign keys) and PostgreSQL table names. */
const TABLES: readonly (readonly [SeedTable, string])[] = [
  ['territoire', 'territoire'],
  ['eds', 'eds'],
  ['commune', 'commune'],
  ['site', 'site'],
  ['structurePartenaire', 'structure_partenaire'],
  ['convention', 'convention'],
  ['agent', 'agent'],
  ['affectation', 'affectation'],
  ['secteur', 'secteur'],
  ['secteurZone', 'secteur_zone'],
  ['population', 'population'],
  ['personne', 'personne'],
  ['foyer', 'foyer'],
  ['appartenance', 'appartenance'],
  ['dossier', 'dossier'],
  ['membreEquipe', 'membre_equipe'],
  ['contact', 'contact'],
  ['rendezVous', 'rendez_vous'],
  ['note', 'note'],
  ['diagnostic', 'diagnostic'],
  ['diagnosticDomaine', 'diagnostic_domaine'],
  ['objectif', 'objectif'],
  ['action', 'action'],
  ['contrat', 'contrat'],
  ['orientationRsa', 'orientation_rsa'],
  ['constatCarence', 'constat_carence'],
  ['aide', 'aide'],
  ['bilan', 'bilan'],
  ['ressource', 'ressource'],
];

/** Tables whose integer `id` we assigned. */
const SERIAL_TABLES = TABLES.map(([, table]) => table).filter(
  (table) => table !== 'commune' && table !== 'population' && table !== 'diagnostic_domaine',
);

/** The schema maps every camelCase field to its snake_case column (`dateNaissance` → `date_naissance`). */
const columnOf = (field: string) => field.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);

export async function writeRows(tx: Prisma.TransactionClient, rows: SeedRows): Promise<void> {
  const described = await tx.$queryRaw<{ table_name: string; column_name: string }[]>`
    SELECT table_name::text, column_name::text FROM information_schema.columns WHERE table_schema = current_schema()`;
  const columnsOf = new Map<string, Set<string>>();
  for (const { table_name, column_name } of described) {
    const set = columnsOf.get(table_name) ?? new Set<string>();
    set.add(column_name);
    columnsOf.set(table_name, set);
  }
  // Prisma fills @updatedAt columns itself; they have no database default.
  const now = new Date().toISOString();

  for (const [key, table] of TABLES) {
    const data: readonly object[] = rows[key];
    if (data.length === 0) continue;
    const existing = columnsOf.get(table);
    if (!existing) throw new Error(`Table absente de la base : ${table} (migrations non appliquées ?)`);
    const fields = new Set<string>();
    for (const row of data) for (const field of Object.keys(row)) fields.add(field);
    const columns = [...fields].map(columnOf);
    const unknown = columns.filter((column) => !existing.has(column));
    if (unknown.length > 0) throw new Error(`Colonnes inconnues dans ${table} : ${unknown.join(', ')}`);
    const stamp = existing.has('updated_at') && !columns.includes('updated_at');
    const payload = data.map((row) => {
      const out: Record<string, unknown> = {};
      for (const [field, value] of Object.entries(row)) out[columnOf(field)] = value;
      if (stamp) out.updated_at = now;
      return out;
    });
    const list = [...columns, ...(stamp ? ['updated_at'] : [])].map((column) => `"${column}"`).join(', ');
    const conflict = table === 'population' ? ' ON CONFLICT DO NOTHING' : '';
    await tx.$executeRawUnsafe(
      `INSERT INTO "${table}" (${list}) SELECT ${list} FROM json_populate_recordset(NULL::"${table}", $1::json)${conflict}`,
      JSON.stringify(payload),
    );
  }

  // Explicit ids leave the sequences behind: move each to its table's largest id.
  await tx.$executeRawUnsafe(
    SERIAL_TABLES.map(
      (table) =>
        `SELECT setval(pg_get_serial_sequence('"${table}"', 'id'), COALESCE((SELECT MAX("id") FROM "${table}"), 1), (SELECT MAX("id") FROM "${table}") IS NOT NULL)`,
    ).join(' UNION ALL '),
  );
}

/** Rows written, by PostgreSQL table name. */
export function countRows(rows: SeedRows): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const [key, table] of TABLES) counts[table] = rows[key].length;
  return counts;
}
