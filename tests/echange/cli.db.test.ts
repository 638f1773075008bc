/** `scripts/import.ts` and `scripts/export.ts` as a user runs them: output, exit code. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { resetDatabase } from '../setup/reset';

const RACINE = resolve(import.meta.dirname, '../..');
const TSX = join(RACINE, 'node_modules/.bin/tsx');

function lancer(script: string, dir: string) {
  const r = spawnSync(TSX, [join(RACINE, 'scripts', script), dir], {
    cwd: RACINE,
    env: { ...process.env, DATABASE_URL: process.env.DATABASE_URL },
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeEach(() => resetDatabase());

describe('npm run import / export', () => {
  it('un dossier avec des erreurs : chaque erreur sur stderr, le compte, code de sortie 1', () => {
    const r = lancer('import.ts', join(import.meta.dirname, 'fixtures/erreurs'));
    expect(r.code).toBe(1);
    const lignes = r.stderr.split('\n');
    expect(lignes).toContain('rendez_vous.csv:3: foyer_id: foyer « F99 » introuvable : ni dans foyers.csv ni dans la base');
    expect(lignes).toContain('personnes.csv:4: date_naissance: date de naissance dans le futur (2999-01-01)');
    expect(lignes).toContain('11 erreurs : rien n’a été importé.');
  }, 120_000);

  it('un dossier valide : un bilan par fichier, code 0 ; puis l’export écrit les 17 fichiers', () => {
    const r = lancer('import.ts', join(import.meta.dirname, 'fixtures/petit'));
    expect(r.stderr).not.toMatch(/erreur/i);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/rendez_vous\.csv +6 lignes : 6 créées, 0 modifiée, 0 inchangée/);
    expect(r.stdout).toMatch(/Import terminé en/);

    const dir = mkdtempSync(join(tmpdir(), 'sillage-export-'));
    try {
      const e = lancer('export.ts', dir);
      expect(e.code).toBe(0);
      expect(readdirSync(dir)).toHaveLength(17);
      expect(e.stdout).toMatch(/rendez_vous\.csv +6 lignes/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);

  it('un dossier introuvable : message et code 2', () => {
    const r = lancer('import.ts', join(import.meta.dirname, 'fixtures/absent'));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^Dossier introuvable ou illisible : /);
  }, 120_000);
});
