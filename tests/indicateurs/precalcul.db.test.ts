/**
 * The precomputed tables: one stored row per set, refreshed in place, and advisory locks so that two
 * instances never compute the same set (or the standard set) at once.
 */
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { jourParis } from '@/features/agenda/regles/calendrier-paris';
import { NUMEROS } from '@/features/indicateurs/moteur/registre';
import {
  VERROU_CALCUL,
  VERROU_TABLEAUX,
  cleIndicateurs,
  ensemblesTableauxDeBord,
  hashCle,
  unsafeCalculEnCours,
  unsafeReadDernierIndicateurs,
  unsafeReadIndicateurs,
  unsafeRefreshIndicateurs,
  unsafeRefreshTableauxDeBord,
} from '@/features/indicateurs/precalcul';
import { setupMonde } from '../factories/setup-monde';
import { testClient } from '../factories/monde';

const w = setupMonde();
const { prisma } = w;

/** Another session holding an advisory lock, as another application instance would. */
async function avecVerrou<T>(classe: number, cle: number, body: () => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1::int, $2::int)', [classe, cle]);
    return await body();
  } finally {
    await client.query('SELECT pg_advisory_unlock_all()');
    await client.end();
  }
}

const lignes = () => prisma.indicateurResultat.findMany({ orderBy: { cle: 'asc' }, select: { id: true, cle: true, calculeLe: true, dureeMs: true, resultat: true } });

describe('unsafeRefreshTableauxDeBord', () => {
  it('écrit une ligne par ensemble : année en cours et précédente × département, chaque EDS, population RSA', async () => {
    const now = new Date();
    const r = await unsafeRefreshTableauxDeBord(prisma, now);
    expect(r).toMatchObject({ etat: 'fait', ensembles: 8, calcules: 8, dejaEnCours: 0, erreurs: [] });

    const attendues = ensemblesTableauxDeBord(['EDS-A', 'EDS-B'], jourParis(now)).map(cleIndicateurs).sort();
    const rows = await lignes();
    expect(rows.map((l) => l.cle)).toEqual(attendues);
    for (const row of rows) {
      const resultat = row.resultat as { indicateurs: Record<string, unknown>; perimetre: unknown; du: string };
      const parametres = JSON.parse(row.cle) as { du: string; eds: string | null; rsa: boolean };
      expect(Object.keys(resultat.indicateurs).sort()).toEqual([...NUMEROS].sort());
      expect(resultat.perimetre).toEqual({ eds: parametres.eds, ts: null, rsa: parametres.rsa });
      expect(resultat.du).toBe(parametres.du);
      expect(row.dureeMs).toBeGreaterThanOrEqual(0);
    }
  });

  it('un second passage met à jour les mêmes lignes', async () => {
    await unsafeRefreshTableauxDeBord(prisma, new Date());
    const avant = await lignes();
    await new Promise((resolve) => setTimeout(resolve, 5));
    await prisma.rendezVous.create({
      data: { foyerId: w.monde.foyerA.foyer.id, agentId: w.monde.agents.tsA.id, debut: new Date(Date.now() - 60_000), mode: 'TELEPHONE', statut: 'HONORE' },
    });
    expect(await unsafeRefreshTableauxDeBord(prisma, new Date())).toMatchObject({ etat: 'fait', calcules: 8 });
    const apres = await lignes();
    expect(apres.map((l) => [l.id, l.cle])).toEqual(avant.map((l) => [l.id, l.cle]));
    for (const [i, l] of apres.entries()) expect(l.calculeLe.getTime()).toBeGreaterThan(avant[i]!.calculeLe.getTime());
  });

  it('ne calcule rien quand une autre instance tient le verrou', async () => {
    const r = await avecVerrou(VERROU_TABLEAUX, 0, () => unsafeRefreshTableauxDeBord(prisma, new Date()));
    expect(r).toEqual({ etat: 'verrouille' });
    expect(await prisma.indicateurResultat.count()).toBe(0);
    // Released: the next run computes.
    expect(await unsafeRefreshTableauxDeBord(prisma, new Date())).toMatchObject({ etat: 'fait', calcules: 8 });
  });

  it('une instance qui passe peu après une autre ne recalcule pas ; après l’intervalle, elle recalcule', async () => {
    const heure = 60 * 60_000;
    const premier = await unsafeRefreshTableauxDeBord(prisma, new Date(), heure);
    expect(premier).toMatchObject({ etat: 'fait', calcules: 8 });
    expect(await unsafeRefreshTableauxDeBord(prisma, new Date(Date.now() + 5 * 60_000), heure)).toMatchObject({ etat: 'recent' });
    expect(await unsafeRefreshTableauxDeBord(prisma, new Date(Date.now() + heure), heure)).toMatchObject({ etat: 'fait', calcules: 8 });
  });

  it('deux instances lancées ensemble : une seule calcule', async () => {
    const autre = testClient();
    try {
      const resultats = await Promise.all([unsafeRefreshTableauxDeBord(prisma, new Date()), unsafeRefreshTableauxDeBord(autre, new Date())]);
      expect(resultats.map((r) => r.etat).sort()).toEqual(['fait', 'verrouille']);
      expect(await prisma.indicateurResultat.count()).toBe(8);
    } finally {
      await autre.$disconnect();
    }
  });
});

describe('unsafeRefreshIndicateurs', () => {
  const p = { du: '2026-01-01', au: '2026-03-02', eds: 'EDS-A', ts: null, rsa: false };

  it('saute un ensemble déjà en cours de calcul ailleurs, et le signale comme en cours', async () => {
    await avecVerrou(VERROU_CALCUL, hashCle(cleIndicateurs(p)), async () => {
      expect(await unsafeCalculEnCours(prisma, p)).toBe(true);
      expect(await unsafeRefreshIndicateurs(prisma, p)).toEqual({ etat: 'deja_en_cours', cle: cleIndicateurs(p) });
    });
    expect(await prisma.indicateurResultat.count()).toBe(0);
    expect(await unsafeCalculEnCours(prisma, p)).toBe(false);
    expect(await unsafeRefreshIndicateurs(prisma, p)).toMatchObject({ etat: 'calcule', cle: cleIndicateurs(p) });
    expect((await unsafeReadIndicateurs(prisma, p))?.parametres).toEqual(p);
  });

  it('l’année à date du jour remplace celle de la veille ; en attendant, la veille est lue', async () => {
    const veille = { ...p, au: '2026-03-01' };
    await unsafeRefreshIndicateurs(prisma, veille);
    expect((await unsafeReadDernierIndicateurs(prisma, p))?.parametres.au).toBe('2026-03-01');
    expect(await unsafeReadIndicateurs(prisma, p)).toBeNull();

    await unsafeRefreshIndicateurs(prisma, p);
    expect((await unsafeReadDernierIndicateurs(prisma, p))?.parametres.au).toBe('2026-03-02');
    expect(await unsafeReadIndicateurs(prisma, veille)).toBeNull();
    // Other scopes and starts are kept.
    await unsafeRefreshIndicateurs(prisma, { ...veille, eds: 'EDS-B' });
    await unsafeRefreshIndicateurs(prisma, { ...p, rsa: true });
    expect(await prisma.indicateurResultat.count()).toBe(3);
    // Nothing ends after the date asked.
    expect(await unsafeReadDernierIndicateurs(prisma, { ...p, au: '2026-02-28' })).toBeNull();
  });
});
