import 'server-only';
import { hash, verify } from '@node-rs/argon2';
import { z } from 'zod';
import { LIMITE_COMPTE, LIMITE_IP, isBlocked, recordFailure, type ThrottleLimits } from '@/features/connexion/regles/limite-tentatives';
import type { Role } from '@/generated/prisma/enums';
import { db, type Tx } from './db';

export type LoginResult =
  | { ok: true; agent: { id: number; nom: string; prenom: string; role: Role } }
  | { ok: false; code: 'IDENTIFIANTS_INVALIDES' | 'TROP_DE_TENTATIVES' };

const credentialsSchema = z.object({ email: z.string().trim().toLowerCase().max(200), password: z.string().max(200) });

// Verified against when the account does not exist, so an unknown email costs the same time.
let dummyHash: Promise<string> | null = null;
const getDummyHash = () => (dummyHash ??= hash('sillage-compte-inexistant'));

export async function authenticate(input: { email: string; password: string; ip: string }): Promise<LoginResult> {
  const parsed = credentialsSchema.safeParse(input);
  const email = parsed.success ? parsed.data.email : '';
  const password = parsed.success ? parsed.data.password : '';
  const keys: [string, ThrottleLimits][] = [
    [`email:${email}`, LIMITE_COMPTE],
    [`ip:${input.ip}`, LIMITE_IP],
  ];
  const now = new Date();
  const states = await db.loginThrottle.findMany({ where: { key: { in: keys.map(([k]) => k) } } });
  const blocked = states.some((s) => isBlocked(s, now));

  const agent = email ? await db.agent.findUnique({ where: { email }, select: { id: true, nom: true, prenom: true, role: true, actif: true, passwordHash: true } }) : null;
  const valid = await verify(agent?.passwordHash ?? (await getDummyHash()), password).catch(() => false);
  const success = !blocked && valid && agent !== null && agent.actif && agent.passwordHash !== null;

  await db.$transaction(async (tx) => {
    if (success) {
      await tx.loginThrottle.deleteMany({ where: { key: keys[0]![0] } });
    } else if (!blocked) {
      for (const [key, limits] of keys) await recordThrottleFailure(tx, key, limits, now);
    }
    await tx.auditLog.create({
      data: {
        acteurId: agent?.id ?? null,
        action: success ? 'CONNEXION' : 'CONNEXION_REFUSEE',
        objet: 'Agent',
        objetId: agent ? String(agent.id) : null,
        ip: input.ip,
        details: success ? undefined : { motif: blocked ? 'trop de tentatives' : 'identifiants invalides' },
      },
    });
  });
  if (blocked) return { ok: false, code: 'TROP_DE_TENTATIVES' };
  if (!success || !agent) return { ok: false, code: 'IDENTIFIANTS_INVALIDES' };
  return { ok: true, agent: { id: agent.id, nom: agent.nom, prenom: agent.prenom, role: agent.role } };
}

async function recordThrottleFailure(tx: Tx, key: string, limits: ThrottleLimits, now: Date) {
  // Row lock: concurrent attempts on several instances must all count.
  await tx.$executeRaw`INSERT INTO login_throttle (key, failures, window_start) VALUES (${key}, 0, ${now}) ON CONFLICT (key) DO NOTHING`;
  const rows = await tx.$queryRaw<{ failures: number; window_start: Date; blocked_until: Date | null }[]>`
    SELECT failures, window_start, blocked_until FROM login_throttle WHERE key = ${key} FOR UPDATE`;
  const current = rows[0];
  const previous = current && current.failures > 0 ? { failures: current.failures, windowStart: current.window_start, blockedUntil: current.blocked_until } : null;
  const next = recordFailure(previous, now, limits);
  await tx.loginThrottle.update({ where: { key }, data: next });
}

export function hashPassword(password: string): Promise<string> {
  return hash(password);
}
