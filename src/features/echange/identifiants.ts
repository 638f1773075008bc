/**
 * External ids of the exchange format. A row created in Sillage has no external id: the export names it
 * `SLG-<letter><id>` (stable: derived from the row's id), and an import that meets such an id for a row
 * of this database still without external id adopts it (stores it), so that re-importing an export
 * into the same database updates instead of duplicating.
 */

export const PREFIXES = {
  agent: 'SLG-A',
  personne: 'SLG-P',
  foyer: 'SLG-F',
  contact: 'SLG-C',
  rendez_vous: 'SLG-R',
  contrat: 'SLG-K',
  diagnostic: 'SLG-D',
  objectif: 'SLG-O',
  action: 'SLG-AC',
  bilan: 'SLG-B',
  aide: 'SLG-AI',
} as const;

export type TableExterne = keyof typeof PREFIXES;

const PATTERNS = Object.fromEntries(
  Object.entries(PREFIXES).map(([table, prefixe]) => [table, new RegExp(`^${prefixe}([1-9][0-9]{0,8})$`)]),
) as Record<TableExterne, RegExp>;

/** The row id a generated external id names, or null when it is not one. */
export function idGenere(table: TableExterne, externalId: string): number | null {
  const m = PATTERNS[table].exec(externalId);
  return m ? Number(m[1]) : null;
}

export function genererId(table: TableExterne, id: number): string {
  return `${PREFIXES[table]}${id}`;
}
