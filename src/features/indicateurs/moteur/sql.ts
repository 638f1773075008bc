import { Prisma } from '@/generated/prisma/client';
import type { TypePas } from './valeurs';

/**
 * `(annee, foyer_id)`, distinct: the foyers (of the scope: ind_pas is) with a PAS ongoing in each year window —
 * information, accompagnement, or either (null). The perimeter of indicators 2, 3 and of every "foyers en
 * accompagnement" figure.
 */
export function foyersEnPasSql(accompagnement: boolean | null): Prisma.Sql {
  const type = accompagnement === null ? Prisma.empty : Prisma.sql`AND p.accompagnement = ${accompagnement}`;
  return Prisma.sql`SELECT DISTINCT y.annee, p.foyer_id FROM ind_annee y JOIN ind_pas p ON p.debut <= y.fin AND p.fin >= y.debut ${type}`;
}

/** Condition on a PAS type column (`accompagnement` boolean, null for a rdv outside any PAS). */
export function typeSql(type: TypePas, colonne: Prisma.Sql): Prisma.Sql {
  if (type === 'ensemble') return Prisma.sql`TRUE`;
  return type === 'accompagnement' ? Prisma.sql`${colonne} IS TRUE` : Prisma.sql`${colonne} IS FALSE`;
}
