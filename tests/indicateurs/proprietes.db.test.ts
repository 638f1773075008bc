/**
 * Properties of the engine on the demo département: the indicators do not depend on the order of the
 * import rows, and an export re-imported into an empty database gives the same indicators.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatCsvRecord, parseCsv } from '@/features/echange/csv';
import { unsafeExportDossier } from '@/features/echange/export-dossier';
import { unsafeImportDossier } from '@/features/echange/import-dossier';
import { seedDemo } from '../../prisma/seed/demo';
import { testClient } from '../factories/monde';
import { resetDatabase } from '../setup/reset';
import { calculer } from './fixture';

const prisma = testClient();
const dossiers: string[] = [];
afterAll(async () => {
  for (const d of dossiers) rmSync(d, { recursive: true, force: true });
  await prisma.$disconnect();
});

const REFERENCE = new Date('2026-06-30T00:00:00Z');
const PERIODE = { du: '2024-01-01', au: '2026-06-30' };

/** Deterministic shuffle of every CSV's data rows (header kept first). */
function melanger(dir: string) {
  let graine = 42;
  const aleatoire = () => ((graine = (graine * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  for (const nom of readdirSync(dir).filter((n) => n.endsWith('.csv'))) {
    const [entete, ...lignes] = parseCsv(readFileSync(join(dir, nom), 'utf8')).map((r) => r.champs);
    for (let i = lignes.length - 1; i > 0; i--) {
      const j = Math.floor(aleatoire() * (i + 1));
      [lignes[i], lignes[j]] = [lignes[j]!, lignes[i]!];
    }
    writeFileSync(join(dir, nom), [entete!, ...lignes].map(formatCsvRecord).join(''));
  }
}

/**
 * The indicators, less the count of constats de carence: the exchange format (format-echange.md) has no file
 * for them, so an export cannot carry them.
 */
async function indicateursEchangeables() {
  const resultat = await calculer(prisma, PERIODE);
  const cer = resultat['51'] as Record<string, unknown>;
  delete cer.constats_carence;
  return resultat;
}

async function reimporter(dir: string) {
  await resetDatabase();
  const resultat = await unsafeImportDossier(prisma, dir, { aujourdhui: '2026-06-30' });
  expect(resultat.ok).toBe(true);
}

describe('propriétés du moteur d’indicateurs', () => {
  it('export → import et ordre des lignes ne changent aucun indicateur', async () => {
    await resetDatabase();
    await seedDemo(prisma, { reference: REFERENCE, foyers: 300 });
    const avant = await indicateursEchangeables();

    const dir = mkdtempSync(join(tmpdir(), 'sillage-proprietes-'));
    dossiers.push(dir);
    await unsafeExportDossier(prisma, dir);

    await reimporter(dir);
    expect(await indicateursEchangeables()).toEqual(avant);

    melanger(dir);
    await reimporter(dir);
    expect(await indicateursEchangeables()).toEqual(avant);
  }, 180_000);
});
