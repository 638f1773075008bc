/**
 * The demonstration département: a deterministic dataset (same reference date and seed → same data) covering
 * the three years before the reference date and the four weeks after it. Loaded by `npm run db:seed`, by the
 * app launcher on first start, and by the end-to-end tests.
 */
import { hash } from '@node-rs/argon2';
import { type PrismaClient } from '@/generated/prisma/client';
import { Agenda } from './agenda';
import { addYears, isoDate, startOfUtcDay } from './calendar';
import { type SeedContext } from './context';
import { buildFoyers } from './foyers';
import { countRows, writeRows } from './insert';
import { buildOrganisation, DEMO_PASSWORD } from './organisation';
import { Random } from './random';
import { loadReferentiels, type Referentiels } from './referentiels';
import { emptyRows, type SeedRows } from './store';

export { DEMO_DOMAIN, DEMO_PASSWORD } from './organisation';

export const DEFAULT_SEED = 1729;
export const DEFAULT_FOYERS = 800;

/** The fixed demo accounts (password DEMO_PASSWORD). */
export const DEMO_ACCOUNTS = {
  SECRETAIRE: 'secretaire@demo.sillage.fr',
  TRAVAILLEUR_SOCIAL: 'ts@demo.sillage.fr',
  RESPONSABLE_EDS: 'responsable@demo.sillage.fr',
  RESPONSABLE_TERRITOIRE: 'territoire@demo.sillage.fr',
  DIRECTION: 'direction@demo.sillage.fr',
  ADMIN: 'admin@demo.sillage.fr',
  PARTENAIRE: 'partenaire@demo.sillage.fr',
} as const;

export type SeedOptions = { reference?: Date; foyers?: number; seed?: number };

export type SeedSummary = {
  /** The reference date (YYYY-MM-DD). */
  reference: string;
  seed: number;
  /** Rows written, by PostgreSQL table name. */
  counts: Record<string, number>;
};

/** True when no agent exists yet: the launcher then loads the demo. */
export async function isDatabaseEmpty(prisma: PrismaClient): Promise<boolean> {
  return (await prisma.agent.findFirst({ select: { id: true } })) === null;
}

/** All the demo rows, in memory, without touching the database. Pure: same inputs, same rows. */
export function buildDemoRows(input: {
  reference: Date;
  foyers: number;
  seed: number;
  referentiels: Referentiels;
  passwordHash: string;
}): SeedRows {
  const reference = startOfUtcDay(input.reference);
  const rows = emptyRows();
  const rng = new Random(input.seed);
  const ctx: SeedContext = {
    rows,
    reference,
    windowStart: addYears(reference, -3),
    organisation: buildOrganisation(rows, reference, input.passwordHash),
    referentiels: input.referentiels,
    agenda: new Agenda(),
  };
  buildFoyers(ctx, rng, input.foyers);
  return rows;
}

/**
 * Loads the demo département into an empty database, in one transaction (a failure writes nothing).
 * `reference` defaults to today (UTC date), `foyers` to 800.
 */
export async function seedDemo(prisma: PrismaClient, options: SeedOptions = {}): Promise<SeedSummary> {
  const reference = startOfUtcDay(options.reference ?? new Date());
  const foyers = options.foyers ?? DEFAULT_FOYERS;
  const seed = options.seed ?? DEFAULT_SEED;
  if (!Number.isInteger(foyers) || foyers < 1) throw new Error(`Nombre de foyers invalide : ${foyers}`);
  if (Number.isNaN(reference.getTime())) throw new Error('Date de référence invalide');
  if (!(await isDatabaseEmpty(prisma)) || (await prisma.foyer.findFirst({ select: { id: true } })) !== null) {
    throw new Error('La base contient déjà des données : la démonstration se charge dans une base vide (npm run db:seed -- --reset).');
  }

  // argon2 is slow on purpose: one hash shared by every demo account.
  const [referentiels, passwordHash] = await Promise.all([loadReferentiels(prisma), hash(DEMO_PASSWORD)]);
  const rows = buildDemoRows({ reference, foyers, seed, referentiels, passwordHash });

  await prisma.$transaction(
    async (tx) => {
      await writeRows(tx, rows);
      const valeur = new Date().toISOString();
      await tx.parametre.upsert({ where: { cle: 'demo_charge_le' }, create: { cle: 'demo_charge_le', valeur }, update: { valeur } });
    },
    { maxWait: 30_000, timeout: 300_000 },
  );

  return { reference: isoDate(reference), seed, counts: countRows(rows) };
}
