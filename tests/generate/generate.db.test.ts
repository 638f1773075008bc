/**
 * The synthetic département generator (scripts/generate) at a tiny scale: same graine → same rows (the
 * generator's checksums and the database's own), the database accepts every row (constraints, foreign keys,
 * sequences), secondary indexes come back identical, and the distributions look like the Val-de-Marne's.
 */
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ECHELLES, type Echelle } from '../../scripts/generate/echelles';
import { BaseNonVide, genererDepartement, type ResumeGeneration } from '../../scripts/generate/generer';
import { resetDatabase } from '../setup/reset';

const REFERENCE = new Date('2026-06-30T00:00:00Z');
const JOUR = '2026-06-30';
const mini = ECHELLES.mini as Echelle;
const url = () => {
  const u = process.env.DATABASE_URL;
  if (!u) throw new Error('DATABASE_URL absent');
  return u;
};

async function requete<T extends pg.QueryResultRow>(sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url() });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

async function un<T extends pg.QueryResultRow>(sql: string): Promise<T> {
  const [ligne] = await requete<T>(sql);
  if (!ligne) throw new Error(`Aucune ligne : ${sql}`);
  return ligne;
}

/** The database's own checksum of the rows (every column, in id order). */
async function empreinteBase(): Promise<string> {
  const tables = ['agent', 'affectation', 'personne', 'foyer', 'appartenance', 'dossier', 'contact', 'rendez_vous', 'diagnostic', 'objectif', 'action', 'contrat', 'orientation_rsa', 'aide', 'bilan', 'ressource'];
  const parties = await requete<{ t: string; h: string }>(
    tables.map((t) => `SELECT '${t}' AS t, md5(coalesce(string_agg(x::text, E'\\n' ORDER BY x.id), '')) AS h FROM "${t}" x`).join(' UNION ALL '),
  );
  return parties
    .map((p) => `${p.t}:${p.h}`)
    .sort()
    .join(',');
}

const generer = (graine: number, options: { reset: boolean; lot?: number; sansIndex?: boolean }) =>
  genererDepartement({ url: url(), echelle: mini, graine, reference: REFERENCE, ...options });

afterAll(() => resetDatabase(), 60_000);

describe('générateur de département synthétique', () => {
  let premier: ResumeGeneration;
  beforeAll(async () => {
    await resetDatabase();
    premier = await generer(42, { reset: false, lot: 150 });
  }, 120_000);

  it('la base accepte tout ce qui a été généré, et les séquences sont au-delà des ids', async () => {
    const comptes = await un<{ foyers: number; dossiers: number; rdv: number; contacts: number; personnes: number }>(
      `SELECT (SELECT count(*) FROM foyer)::int AS foyers, (SELECT count(*) FROM dossier)::int AS dossiers,
         (SELECT count(*) FROM rendez_vous)::int AS rdv, (SELECT count(*) FROM contact)::int AS contacts, (SELECT count(*) FROM personne)::int AS personnes`,
    );
    expect(comptes).toEqual({
      foyers: premier.comptes.foyer,
      dossiers: premier.comptes.dossier,
      rdv: premier.comptes.rendez_vous,
      contacts: premier.comptes.contact,
      personnes: premier.comptes.personne,
    });
    expect(comptes.foyers).toBe(mini.foyers);
    expect(comptes.dossiers).toBe(mini.foyers);
    const sequence = await un<{ ok: boolean }>(
      "SELECT nextval(pg_get_serial_sequence('rendez_vous', 'id')) > (SELECT max(id) FROM rendez_vous) AS ok",
    );
    expect(sequence.ok).toBe(true);
    // Nothing after the reference date except upcoming rdv; every aid within its dispositif's bounds.
    const apres = await un<{ rdv: number; contacts: number; aides_hors_bornes: number; payees_sans_date: number }>(
      `SELECT (SELECT count(*) FROM rendez_vous WHERE debut >= '${JOUR}'::date AND statut <> 'PROGRAMME')::int AS rdv,
         (SELECT count(*) FROM contact WHERE date >= '${JOUR}'::date)::int AS contacts,
         (SELECT count(*) FROM aide a JOIN dispositif d ON d.code = a.dispositif_code WHERE a.montant < d.montant_min OR a.montant > d.montant_max)::int AS aides_hors_bornes,
         (SELECT count(*) FROM aide WHERE statut = 'PAYEE' AND date_paiement IS NULL)::int AS payees_sans_date`,
    );
    expect(apres).toEqual({ rdv: 0, contacts: 0, aides_hors_bornes: 0, payees_sans_date: 0 });
    const generation = await un<{ valeur: string }>("SELECT valeur FROM parametre WHERE cle = 'generation'");
    expect(JSON.parse(generation.valeur)).toMatchObject({ echelle: 'mini', graine: 42, reference: JOUR, empreinte: premier.empreinte });
  });

  it('les distributions ressemblent à celles du Val-de-Marne', async () => {
    const pas = await un<{ part: number; n: number }>(`SELECT avg(accompagnement::int)::float AS part, count(*)::int AS n FROM pas_au('${JOUR}')`);
    expect(pas.n).toBeGreaterThan(500);
    expect(pas.part).toBeGreaterThan(0.35);
    expect(pas.part).toBeLessThan(0.55);

    // Time between consecutive honoured rdv of accompaniment PAS (Val-de-Marne: median 33 days, mean 51.28).
    const ecarts = await un<{ moyenne: number; mediane: number }>(
      `WITH h AS (
         SELECT h.foyer_id, h.pas_no, h.jour - lag(h.jour) OVER (PARTITION BY h.foyer_id, h.pas_no ORDER BY h.jour, h.rdv_id) AS ecart
         FROM pas_rdv_honores('${JOUR}') h)
       SELECT avg(h.ecart)::float AS moyenne, percentile_cont(0.5) WITHIN GROUP (ORDER BY h.ecart)::float AS mediane
       FROM h JOIN pas_au('${JOUR}') p USING (foyer_id, pas_no) WHERE p.accompagnement AND h.ecart IS NOT NULL`,
    );
    expect(ecarts.mediane).toBeGreaterThanOrEqual(25);
    expect(ecarts.mediane).toBeLessThanOrEqual(42);
    expect(ecarts.moyenne).toBeGreaterThanOrEqual(40);
    expect(ecarts.moyenne).toBeLessThanOrEqual(62);

    // Missed ~12 %, cancelled ~8 % of the TS rdv; modes close to table n° 105 (71 % in person, 28 % by phone, 1 % at home).
    const rdv = await un<{ non_honores: number; annules: number; presentiel: number; telephone: number; domicile: number }>(
      `SELECT avg((statut = 'NON_HONORE')::int)::float AS non_honores, avg((statut = 'ANNULE')::int)::float AS annules,
         (avg((mode = 'PRESENTIEL')::int) FILTER (WHERE statut = 'HONORE'))::float AS presentiel,
         (avg((mode = 'TELEPHONE')::int) FILTER (WHERE statut = 'HONORE'))::float AS telephone,
         (avg((mode = 'DOMICILE')::int) FILTER (WHERE statut = 'HONORE'))::float AS domicile
       FROM v_rdv_ts WHERE statut <> 'PROGRAMME'`,
    );
    expect(rdv.non_honores).toBeGreaterThan(0.08);
    expect(rdv.non_honores).toBeLessThan(0.16);
    expect(rdv.annules).toBeGreaterThan(0.04);
    expect(rdv.annules).toBeLessThan(0.12);
    expect(rdv.presentiel).toBeGreaterThan(0.62);
    expect(rdv.presentiel).toBeLessThan(0.8);
    expect(rdv.telephone).toBeGreaterThan(0.2);
    expect(rdv.domicile).toBeLessThan(0.04);

    // Aids: mean ~257 €, most paid; ~1.35 persons per foyer; about a fifth of persons oriented (RSA), mostly to the département.
    const divers = await un<{ montant: number; payees: number; personnes_par_foyer: number; rsa: number; departement: number }>(
      `SELECT (SELECT avg(montant) FROM aide)::float AS montant, (SELECT avg((statut = 'PAYEE')::int) FROM aide)::float AS payees,
         ((SELECT count(*) FROM personne)::float / (SELECT count(*) FROM foyer)) AS personnes_par_foyer,
         ((SELECT count(DISTINCT personne_id) FROM orientation_rsa)::float / (SELECT count(*) FROM personne)) AS rsa,
         (SELECT avg((orientation = 'SOCIALE_DEPARTEMENT')::int) FROM orientation_rsa)::float AS departement`,
    );
    expect(divers.montant).toBeGreaterThan(200);
    expect(divers.montant).toBeLessThan(330);
    expect(divers.payees).toBeGreaterThan(0.6);
    expect(divers.personnes_par_foyer).toBeGreaterThan(1.2);
    expect(divers.personnes_par_foyer).toBeLessThan(1.5);
    expect(divers.rsa).toBeGreaterThan(0.1);
    expect(divers.rsa).toBeLessThan(0.3);
    expect(divers.departement).toBeGreaterThan(0.5);
  });

  it('refuse une base qui contient des données sans --reset, avec un message en français', async () => {
    await expect(generer(42, { reset: false })).rejects.toThrow(BaseNonVide);
    await expect(generer(42, { reset: false })).rejects.toThrow(/La base contient déjà des données .*--reset/);
  });

  it('même graine, mêmes données (quelle que soit la taille des lots) ; autre graine, autres données', async () => {
    const base = await empreinteBase();
    const indexAvant = await requete<{ indexname: string; indexdef: string }>(
      'SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = current_schema() ORDER BY indexname',
    );
    const second = await generer(42, { reset: true, lot: 400, sansIndex: true });
    expect(second.empreintes).toEqual(premier.empreintes);
    expect(second.empreinte).toBe(premier.empreinte);
    expect(await empreinteBase()).toBe(base);
    // The secondary indexes dropped during the load are back, identical.
    expect(second.indexReconstruits).toBeGreaterThan(10);
    expect(await requete('SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = current_schema() ORDER BY indexname')).toEqual(indexAvant);

    const autre = await generer(43, { reset: true });
    expect(autre.empreinte).not.toBe(premier.empreinte);
    expect(await empreinteBase()).not.toBe(base);
  }, 120_000);
});
