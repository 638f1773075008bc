import 'server-only';
import { headers } from 'next/headers';
import type { Prisma } from '@/generated/prisma/client';
import type { Tx } from './db';

export type AuditEntry = {
  action: 'LECTURE' | 'CREATION' | 'MODIFICATION' | 'SUPPRESSION' | 'EXPORT';
  objet: string;
  objetId?: string | number | null;
  foyerId?: number | null;
  /** For writes: the field diff `{ champ: [avant, après] }`; for reads: what was shown. */
  details?: Prisma.InputJsonValue;
};

async function requestOrigin(): Promise<{ ip: string | null; userAgent: string | null }> {
  try {
    const h = await headers();
    return { ip: h.get('x-forwarded-for')?.split(',')[0]?.trim() ?? h.get('x-real-ip'), userAgent: h.get('user-agent') };
  } catch {
    // Outside a request (CLI, tests): no origin to record.
    return { ip: null, userAgent: null };
  }
}

/** Writes one audit row; call it with the transaction of the write it records. */
export async function writeAudit(tx: Tx, acteurId: number, entry: AuditEntry): Promise<void> {
  const origin = await requestOrigin();
  await tx.auditLog.create({
    data: {
      acteurId,
      action: entry.action,
      objet: entry.objet,
      objetId: entry.objetId == null ? null : String(entry.objetId),
      foyerId: entry.foyerId ?? null,
      details: entry.details,
      ip: origin.ip,
      userAgent: origin.userAgent,
    },
  });
}

/** Field diff between the stored record and the written values (only the fields written). */
export function diffFields(before: Record<string, unknown>, after: Record<string, unknown>): Record<string, [unknown, unknown]> {
  const diff: Record<string, [unknown, unknown]> = {};
  for (const [key, value] of Object.entries(after)) {
    const old = before[key];
    if (String(old instanceof Date ? old.toISOString() : old) !== String(value instanceof Date ? value.toISOString() : value)) {
      diff[key] = [old ?? null, value ?? null];
    }
  }
  return diff;
}
