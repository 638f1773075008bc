import 'server-only';
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { getActeur, type Acteur } from './acteur';
import { writeAudit, type AuditEntry } from './audit';
import { db, type Tx } from './db';

/** What every server action returns to its form (`useActionState`). */
export type ActionState<T = unknown> =
  | { status: 'idle' }
  | { status: 'ok'; data: T; message?: string }
  | { status: 'error'; message: string; fieldErrors?: Record<string, string[]>; code: ActionErrorCode };

export type ActionErrorCode = 'NON_CONNECTE' | 'INVALIDE' | 'INTROUVABLE' | 'CONFLIT' | 'REFUSE' | 'ERREUR';

/** Expected failure raised inside `run` (conflict, business rule): rolled back, shown as is. */
export class ActionError extends Error {
  constructor(
    readonly code: ActionErrorCode,
    message: string,
    readonly fieldErrors?: Record<string, string[]>,
  ) {
    super(message);
  }
}

export type ActionDefinition<S extends z.ZodType, C, T> = {
  schema: S;
  /** Loads the target inside the transaction; null = not found (also for targets out of scope). */
  load: (tx: Tx, input: z.infer<S>, acteur: Acteur) => Promise<C | null>;
  /** A predicate of server/policy.ts. A refusal answers "not found": never confirm existence. */
  authorize: (acteur: Acteur, cible: C) => boolean;
  /** The write; returns its result and the audit row, written in the same transaction. */
  run: (tx: Tx, input: z.infer<S>, acteur: Acteur, cible: C) => Promise<{ data: T; audit: AuditEntry; message?: string }>;
};

const MESSAGES: Record<Exclude<ActionErrorCode, 'ERREUR' | 'CONFLIT' | 'REFUSE'>, string> = {
  NON_CONNECTE: 'Votre session a expiré : reconnectez-vous.',
  INVALIDE: 'Certains champs sont à corriger.',
  INTROUVABLE: 'Cette fiche est introuvable.',
};

/**
 * Runs one use case in the fixed order: zod parse of the raw input → load → policy → write + audit
 * in one transaction. `acteur` is explicit so the data layer is testable without a request.
 */
export async function runAction<S extends z.ZodType, C, T>(def: ActionDefinition<S, C, T>, acteur: Acteur | null, raw: unknown): Promise<ActionState<T>> {
  if (!acteur) return { status: 'error', code: 'NON_CONNECTE', message: MESSAGES.NON_CONNECTE };
  const parsed = def.schema.safeParse(raw instanceof FormData ? Object.fromEntries(raw) : raw);
  if (!parsed.success) {
    return { status: 'error', code: 'INVALIDE', message: MESSAGES.INVALIDE, fieldErrors: z.flattenError(parsed.error).fieldErrors as Record<string, string[]> };
  }
  try {
    return await db.$transaction(async (tx) => {
      const cible = await def.load(tx, parsed.data, acteur);
      if (cible === null || !def.authorize(acteur, cible)) throw new ActionError('INTROUVABLE', MESSAGES.INTROUVABLE);
      const { data, audit, message } = await def.run(tx, parsed.data, acteur, cible);
      await writeAudit(tx, acteur.id, audit);
      return { status: 'ok' as const, data, message };
    });
  } catch (error) {
    if (error instanceof ActionError) return { status: 'error', code: error.code, message: error.message, fieldErrors: error.fieldErrors };
    const logId = randomUUID().slice(0, 8);
    console.error(`[action ${logId}]`, error);
    return { status: 'error', code: 'ERREUR', message: `Une erreur inattendue est survenue (référence ${logId}). Rien n'a été enregistré.` };
  }
}

/** Builds the exported server action: the acteur comes from the session. */
export function action<S extends z.ZodType, C, T>(def: ActionDefinition<S, C, T>) {
  return async (_previous: ActionState<T>, raw: unknown): Promise<ActionState<T>> => runAction(def, await getActeur(), raw);
}

/** Optimistic locking: update only if the version is the one the user loaded. */
export function assertVersion(count: number): void {
  if (count === 0) throw new ActionError('CONFLIT', "Cette fiche a été modifiée par quelqu'un d'autre pendant que vous la modifiiez. Rechargez-la pour voir ses nouvelles valeurs.");
}
