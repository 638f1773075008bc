/**
 * Périodes d'action sociale and the indicators built on them (1–6, 11–20), against hand-computed values.
 * The fixture covers the spec's edge cases: a gap of exactly 12 months from 29 February, three rdv spanning
 * exactly 12 months, several rdv the same day, rdv with a secrétaire, cancelled and missed rdv, a PAS
 * across a year boundary, a late evening rdv (Paris day), a foyer of another EDS.
 */
import { Prisma } from '@/generated/prisma/client';
import { beforeAll, describe, expect, it } from 'vitest';
import { testClient } from '../factories/monde';
import { resetDatabase } from '../setup/reset';
import { base, calculer, csv, importer, rendezVous } from './fixture';

const prisma = testClient();
const periode = { du: '2021-01-01', au: '2023-12-31' };

beforeAll(async () => {
  await resetDatabase();
  await importer(prisma, {
    ...base(),
    'rendez_vous.csv': rendezVous([
      // F1: 29/02/2020 + 12 months = 28/02/2021 → a second PAS starts that day.
      ['R1', 'F1', 'T1', '2020-02-29', 'PRESENTIEL', 'HONORE'],
      ['R2', 'F1', 'T1', '2021-02-28', 'PRESENTIEL', 'HONORE'],
      // F2: one day less → the same PAS.
      ['R3', 'F2', 'T1', '2020-02-29', 'PRESENTIEL', 'HONORE'],
      ['R4', 'F2', 'T1', '2021-02-27', 'PRESENTIEL', 'HONORE'],
      // F3: three rdv spanning exactly 12 months → information.
      ['R5', 'F3', 'T1', '2022-01-10', 'PRESENTIEL', 'HONORE'],
      ['R6', 'F3', 'T1', '2022-06-01', 'PRESENTIEL', 'HONORE'],
      ['R7', 'F3', 'T1', '2023-01-10', 'PRESENTIEL', 'HONORE'],
      // F4: three rdv the same day (the last late in the evening, Paris time) → accompagnement.
      ['R8', 'F4', 'T1', '2022-03-01T09:00', 'DOMICILE', 'HONORE'],
      ['R9', 'F4', 'T1', '2022-03-01T10:00', 'DOMICILE', 'HONORE'],
      ['R10', 'F4', 'T1', '2022-03-01T23:30', 'DOMICILE', 'HONORE'],
      // F5: rdv with a secrétaire only → accueilli, but no PAS.
      ['R11', 'F5', 'S1', '2022-02-01', 'PRESENTIEL', 'HONORE'],
      ['R12', 'F5', 'S1', '2022-03-01', 'PRESENTIEL', 'HONORE'],
      ['R13', 'F5', 'S1', '2022-04-01', 'PRESENTIEL', 'HONORE'],
      // F6: a missed rdv 3 months before its PAS (belongs to it), one more than 12 months away (none), a cancelled one.
      ['R14', 'F6', 'T1', '2022-05-01', 'PRESENTIEL', 'HONORE'],
      ['R15', 'F6', 'T1', '2022-02-01', 'PRESENTIEL', 'NON_HONORE'],
      ['R16', 'F6', 'T1', '2020-02-01', 'PRESENTIEL', 'NON_HONORE'],
      ['R17', 'F6', 'T1', '2022-04-01', 'PRESENTIEL', 'ANNULE'],
      // F7: an accompagnement across the 2021/2022 boundary.
      ['R18', 'F7', 'T1', '2021-11-15', 'PRESENTIEL', 'HONORE'],
      ['R19', 'F7', 'T1', '2021-12-20', 'PRESENTIEL', 'HONORE'],
      ['R20', 'F7', 'T1', '2022-01-10', 'PRESENTIEL', 'HONORE'],
      // F8: 31/12 at 23:30 in Paris is still 2022.
      ['R21', 'F8', 'T1', '2022-12-31T23:30', 'PRESENTIEL', 'HONORE'],
      // G1 (EDS E2, TS T2): accompagnement by phone.
      ['R22', 'G1', 'T2', '2022-06-01', 'TELEPHONE', 'HONORE'],
      ['R23', 'G1', 'T2', '2022-07-01', 'TELEPHONE', 'HONORE'],
      ['R24', 'G1', 'T2', '2022-08-01', 'TELEPHONE', 'HONORE'],
    ]),
    'contacts.csv': csv('contact_id,foyer_id,personne_id,date,canal,agent_id,motif', [
      ['C1', 'F9', '', '2022-09-01', 'PHYSIQUE', 'S1', ''],
      ['C2', 'F9', '', '2023-09-01', 'COURRIER_COURRIEL', 'S1', ''],
    ]),
  });
});

describe('périodes d’action sociale (fonction SQL pas_au)', () => {
  it('découpe, type et clôt les PAS comme la définition', async () => {
    const rows = await prisma.$queryRaw<{ foyer: string; pas_no: number; debut: string; fin: string; nb_rdv: number; accompagnement: boolean; terminee: boolean }[]>(Prisma.sql`
      SELECT f.external_id AS foyer, p.pas_no, p.debut::text, p.fin::text, p.nb_rdv, p.accompagnement, p.terminee
      FROM pas_au('2023-12-31') p JOIN foyer f ON f.id = p.foyer_id ORDER BY f.external_id, p.pas_no`);
    expect(rows).toEqual([
      { foyer: 'F1', pas_no: 1, debut: '2020-02-29', fin: '2020-02-29', nb_rdv: 1, accompagnement: false, terminee: true },
      { foyer: 'F1', pas_no: 2, debut: '2021-02-28', fin: '2021-02-28', nb_rdv: 1, accompagnement: false, terminee: true },
      { foyer: 'F2', pas_no: 1, debut: '2020-02-29', fin: '2021-02-27', nb_rdv: 2, accompagnement: false, terminee: true },
      { foyer: 'F3', pas_no: 1, debut: '2022-01-10', fin: '2023-01-10', nb_rdv: 3, accompagnement: false, terminee: false },
      { foyer: 'F4', pas_no: 1, debut: '2022-03-01', fin: '2022-03-01', nb_rdv: 3, accompagnement: true, terminee: true },
      { foyer: 'F6', pas_no: 1, debut: '2022-05-01', fin: '2022-05-01', nb_rdv: 1, accompagnement: false, terminee: true },
      { foyer: 'F7', pas_no: 1, debut: '2021-11-15', fin: '2022-01-10', nb_rdv: 3, accompagnement: true, terminee: true },
      { foyer: 'F8', pas_no: 1, debut: '2022-12-31', fin: '2022-12-31', nb_rdv: 1, accompagnement: false, terminee: true },
      { foyer: 'G1', pas_no: 1, debut: '2022-06-01', fin: '2022-08-01', nb_rdv: 3, accompagnement: true, terminee: true },
    ]);
  });

  it('ignore ce qui est daté après la date de référence', async () => {
    const rows = await prisma.$queryRaw<{ nb_rdv: number; accompagnement: boolean; terminee: boolean }[]>(Prisma.sql`
      SELECT p.nb_rdv, p.accompagnement, p.terminee FROM pas_au('2022-06-15') p JOIN foyer f ON f.id = p.foyer_id WHERE f.external_id = 'F3'`);
    expect(rows).toEqual([{ nb_rdv: 2, accompagnement: false, terminee: false }]);
  });

  it('rattache un rdv non honoré à la PAS la plus proche à moins de 12 mois, sinon à aucune', async () => {
    const rows = await prisma.$queryRaw<{ rdv: string; pas_no: number | null }[]>(Prisma.sql`
      SELECT r.external_id AS rdv, n.pas_no FROM pas_rdv_non_honores('2023-12-31') n JOIN rendez_vous r ON r.id = n.rdv_id ORDER BY r.external_id`);
    expect(rows).toEqual([
      { rdv: 'R15', pas_no: 1 },
      { rdv: 'R16', pas_no: null },
    ]);
  });
});

describe('indicateurs 1 à 6 : foyers suivis', () => {
  it('compte foyers et personnes accueillis, en information, en accompagnement', async () => {
    const r = await calculer(prisma, periode, ['1', '2', '3']);
    expect(r['1']).toEqual({ foyers: { '2021': 3, '2022': 8, '2023': 1 }, personnes: { '2021': 3, '2022': 8, '2023': 1 } });
    expect(r['2']).toEqual({ foyers: { '2021': 2, '2022': 3, '2023': 1 }, personnes: { '2021': 2, '2022': 3, '2023': 1 } });
    expect(r['3']).toEqual({ foyers: { '2021': 1, '2022': 3, '2023': 0 }, personnes: { '2021': 1, '2022': 3, '2023': 0 } });
  });

  it('donne les proportions avec numérateur et dénominateur', async () => {
    const r = await calculer(prisma, periode, ['5', '6']);
    expect(r['5']).toEqual({ taux: { '2021': 1, '2022': 6 / 8, '2023': 1 }, numerateur: { '2021': 3, '2022': 6, '2023': 1 }, denominateur: { '2021': 3, '2022': 8, '2023': 1 } });
    expect(r['6']).toEqual({ taux: { '2021': 1 / 3, '2022': 3 / 6, '2023': 0 }, numerateur: { '2021': 1, '2022': 3, '2023': 0 }, denominateur: { '2021': 3, '2022': 6, '2023': 1 } });
  });

  it('indique pourquoi la proportion dans la population est incalculable', async () => {
    const r = await calculer(prisma, periode, ['4']);
    expect(r['4']).toEqual({ valeur: null, raison: "La population du département n'a été saisie pour aucune année de la période." });
  });

  it('se restreint à un EDS', async () => {
    const r = await calculer(prisma, { ...periode, eds: 'E2' }, ['1', '3']);
    expect(r['1']).toMatchObject({ foyers: { '2021': 0, '2022': 1, '2023': 0 } });
    expect(r['3']).toMatchObject({ foyers: { '2021': 0, '2022': 1, '2023': 0 } });
  });
});

describe('indicateurs 11 à 20 : rendez-vous', () => {
  it('compte les rdv programmés et honorés des TS, par type de PAS et par mode', async () => {
    const r = await calculer(prisma, periode, ['11', '12', '13', '14', '15', '16']);
    expect(r['11']).toEqual({ '2021': 4, '2022': 12, '2023': 1 });
    expect(r['12']).toEqual({ '2021': 4, '2022': 11, '2023': 1 });
    expect(r['13']).toEqual({ '2021': 2, '2022': 4, '2023': 1 });
    expect(r['14']).toEqual({ '2021': 2, '2022': 7, '2023': 0 });
    expect(r['15']).toEqual({
      TELEPHONE: { '2021': 0, '2022': 3, '2023': 0 },
      PRESENTIEL: { '2021': 4, '2022': 5, '2023': 1 },
      DOMICILE: { '2021': 0, '2022': 3, '2023': 0 },
    });
    // Accompagnement: F7 (R18, R19 in 2021, R20 in 2022), F4 at home, G1 by phone; information: F1, F2, F3, F6, F8.
    expect(r['16']).toEqual({
      accompagnement: {
        TELEPHONE: { '2021': 0, '2022': 3, '2023': 0 },
        PRESENTIEL: { '2021': 2, '2022': 1, '2023': 0 },
        DOMICILE: { '2021': 0, '2022': 3, '2023': 0 },
      },
      information: {
        TELEPHONE: { '2021': 0, '2022': 0, '2023': 0 },
        PRESENTIEL: { '2021': 2, '2022': 4, '2023': 1 },
        DOMICILE: { '2021': 0, '2022': 0, '2023': 0 },
      },
    });
  });

  it('calcule le taux d’absentéisme par type', async () => {
    const r = await calculer(prisma, periode, ['17']);
    expect(r['17']).toEqual({
      information: 1 / 8,
      accompagnement: 0,
      ensemble: 1 / 17,
      numerateur: { information: 1, accompagnement: 0, ensemble: 1 },
      denominateur: { information: 8, accompagnement: 9, ensemble: 17 },
    });
  });

  it('donne les rdv par PAS et par foyer et par an', async () => {
    const r = await calculer(prisma, periode, ['18', '19']);
    expect(r['18']).toMatchObject({ information: { moyenne: 8 / 5, pas: 5 }, accompagnement: { moyenne: 3, pas: 3 }, ensemble: { moyenne: 17 / 8, pas: 8 } });
    expect(r['19']).toMatchObject({ information: { '2022': 4 / 3 }, accompagnement: { '2022': 7 / 3, '2023': null }, ensemble: { '2022': 11 / 6 } });
  });

  it('donne la part de chaque mode', async () => {
    const r = await calculer(prisma, periode, ['20']);
    expect(r['20']).toMatchObject({ ensemble: { TELEPHONE: 3 / 16, PRESENTIEL: 10 / 16, DOMICILE: 3 / 16 } });
  });

  it('se restreint aux rendez-vous d’un TS', async () => {
    const t2 = await prisma.agent.findUniqueOrThrow({ where: { externalId: 'T2' } });
    const r = await calculer(prisma, { ...periode, ts: t2.id }, ['3', '12']);
    expect(r['3']).toMatchObject({ foyers: { '2022': 1 } });
    expect(r['12']).toEqual({ '2021': 0, '2022': 3, '2023': 0 });
  });
});
