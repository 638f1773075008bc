/**
 * `npm run indicateurs -- --du AAAA-MM-JJ --au AAAA-MM-JJ [--eds CODE] [--ts AGENT_ID] [--rsa]
 *   [--format json|xlsx|csv] [--out FICHIER]` (contract: ../shared/spec/indicateurs.md §5).
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { unsafeComputeIndicateurs } from '@/features/indicateurs/moteur/calculer';
import { parametresSchema } from '@/features/indicateurs/moteur/parametres';
import { createScriptClient } from './db/client';
import { withDatabase } from './db/connect';
import { describeDatabaseError } from './db/errors';
import { applyMigrations } from './db/schema-engine';

const { values } = parseArgs({
  options: {
    du: { type: 'string' },
    au: { type: 'string' },
    eds: { type: 'string' },
    ts: { type: 'string' },
    rsa: { type: 'boolean', default: false },
    format: { type: 'string', default: 'json' },
    out: { type: 'string' },
  },
});

const today = new Date().toISOString().slice(0, 10);
const parsed = parametresSchema.safeParse({
  du: values.du ?? `${today.slice(0, 4)}-01-01`,
  au: values.au ?? today,
  eds: values.eds ?? null,
  ts: null,
  rsa: values.rsa,
});
const format = z.enum(['json', 'xlsx', 'csv']).safeParse(values.format);
if (!parsed.success || !format.success) {
  const issues = [...(parsed.error?.issues ?? []), ...(format.error ? [{ path: ['format'], message: 'Format attendu : json, xlsx ou csv.' }] : [])];
  for (const issue of issues) console.error(`--${issue.path.join('.') || 'du'} : ${issue.message}`);
  process.exit(2);
}

/** `--ts` takes the agent_id of the exchange format (external id) or Sillage's own numeric id. */
async function resolveAgent(prisma: ReturnType<typeof createScriptClient>, value: string): Promise<number> {
  const agent =
    (await prisma.agent.findUnique({ where: { externalId: value }, select: { id: true } })) ??
    (/^\d+$/.test(value) ? await prisma.agent.findUnique({ where: { id: Number(value) }, select: { id: true } }) : null);
  if (!agent) {
    console.error(`--ts : aucun agent « ${value} ».`);
    process.exit(2);
  }
  return agent.id;
}

try {
  const resultat = await withDatabase(async (url) => {
    await applyMigrations(url);
    const prisma = createScriptClient(url);
    try {
      const ts = values.ts === undefined ? null : await resolveAgent(prisma, values.ts);
      return await unsafeComputeIndicateurs(prisma, { ...parsed.data, ts });
    } finally {
      await prisma.$disconnect();
    }
  });
  const { ecrireResultat } = await import('@/features/indicateurs/sorties/ecrire');
  const sortie = await ecrireResultat(resultat, format.data);
  if (values.out) writeFileSync(values.out, sortie);
  else process.stdout.write(sortie);
} catch (error) {
  console.error(describeDatabaseError(error));
  process.exit(1);
}
