import { Prisma } from '@/generated/prisma/client';
import type { TypePas } from './valeurs';

/** Condition on a PAS type column (`accompagnement` boolean, null for a rdv outside any PAS). */
export function typeSql(type: TypePas, colonne: Prisma.Sql): Prisma.Sql {
  if (type === 'ensemble') return Prisma.sql`TRUE`;
  return type === 'accompagnement' ? Prisma.sql`${colonne} IS TRUE` : Prisma.sql`${colonne} IS FALSE`;
}
