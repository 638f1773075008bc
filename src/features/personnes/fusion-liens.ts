import 'server-only';
import { Prisma } from '@/generated/prisma/client';
import { loadDossierCible } from '@/features/dossiers/cible';
import { startOfTodayUtc } from '@/server/dates';
import type { Tx } from '@/server/db';
import type { DossierCible } from '@/server/policy';

/**
 * Every column that points at a person. The foreign keys (appartenance, contact, contrat, orientation_rsa,
 * constat_carence, personne.fusionnee_dans_id) plus aide.personne_id and rendez_vous.personne_id, which name a
 * person without a constraint. A test compares this list with the database's foreign keys, so that a new
 * table pointing at persons cannot be forgotten by the merge.
 */
export const LIENS_PERSONNE = [
  { table: 'appartenance', colonne: 'personne_id' },
  { table: 'contact', colonne: 'personne_id' },
  { table: 'contrat', colonne: 'personne_id' },
  { table: 'orientation_rsa', colonne: 'personne_id' },
  { table: 'constat_carence', colonne: 'personne_id' },
  { table: 'aide', colonne: 'personne_id' },
  { table: 'rendez_vous', colonne: 'personne_id' },
  // Records merged earlier into the duplicate now point at the kept record.
  { table: 'personne', colonne: 'fusionnee_dans_id' },
] as const;

export type TableLien = (typeof LIENS_PERSONNE)[number]['table'];

const ident = (nom: string) => Prisma.raw(`"${nom}"`);

/** Re-points every row of `lien` from person `de` to person `vers` (restricted to `ids` when given); returns the ids moved. */
export async function deplacerLien(tx: Tx, lien: (typeof LIENS_PERSONNE)[number], de: number, vers: number, ids?: readonly number[]): Promise<number[]> {
  const restriction = ids === undefined ? Prisma.empty : Prisma.sql`AND id = ANY(${[...ids]}::int[])`;
  const rows = await tx.$queryRaw<{ id: number }[]>`
    UPDATE ${ident(lien.table)} SET ${ident(lien.colonne)} = ${vers} WHERE ${ident(lien.colonne)} = ${de} ${restriction} RETURNING id`;
  return rows.map((r) => r.id).sort((a, b) => a - b);
}

/** How many of `ids` point at `personneId` in `lien` (the undo checks that nothing moved them since). */
export async function compterLien(tx: Tx, lien: (typeof LIENS_PERSONNE)[number], personneId: number, ids: readonly number[]): Promise<number> {
  if (ids.length === 0) return 0;
  const [row] = await tx.$queryRaw<{ n: number }[]>`
    SELECT count(*)::int AS n FROM ${ident(lien.table)} WHERE ${ident(lien.colonne)} = ${personneId} AND id = ANY(${[...ids]}::int[])`;
  return row?.n ?? 0;
}

/** Linked rows of a person, per table (for the merge preview). */
export async function compterLiens(tx: Tx, personneId: number): Promise<Record<TableLien, number>> {
  const entries = await Promise.all(
    LIENS_PERSONNE.map(async (l) => {
      const [row] = await tx.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM ${ident(l.table)} WHERE ${ident(l.colonne)} = ${personneId}`;
      return [l.table, row?.n ?? 0] as const;
    }),
  );
  return Object.fromEntries(entries) as Record<TableLien, number>;
}

/**
 * The dossiers of every foyer the persons are or were linked to (memberships, contacts, contracts, aids, rdv):
 * what the merge would touch, so what policy checks.
 */
export async function loadDossiersDesPersonnes(tx: Tx, personneIds: readonly number[]): Promise<DossierCible[]> {
  const ids = [...personneIds];
  const foyers = await tx.$queryRaw<{ foyer_id: number }[]>`
    SELECT foyer_id FROM appartenance WHERE personne_id = ANY(${ids}::int[])
    UNION SELECT foyer_id FROM contact WHERE personne_id = ANY(${ids}::int[]) AND foyer_id IS NOT NULL
    UNION SELECT foyer_id FROM contrat WHERE personne_id = ANY(${ids}::int[])
    UNION SELECT foyer_id FROM aide WHERE personne_id = ANY(${ids}::int[])
    UNION SELECT foyer_id FROM rendez_vous WHERE personne_id = ANY(${ids}::int[])`;
  const today = startOfTodayUtc();
  const dossiers = await Promise.all(foyers.map((f) => loadDossierCible(tx, f.foyer_id, today)));
  // A foyer without a dossier (an import's leftover) belongs to no EDS: nobody may merge over it.
  return dossiers.map((d) => d ?? { edsId: -1, referentId: null, equipeIds: [], structureIds: [] });
}
