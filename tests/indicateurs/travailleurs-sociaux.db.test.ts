/** Indicators 44–49 (travailleurs sociaux) and the key indicators (§4), against hand-computed values. */
import { beforeAll, describe, expect, it } from 'vitest';
import { testClient } from '../factories/monde';
import { resetDatabase } from '../setup/reset';
import { calculerIndicateursCles } from '@/features/indicateurs/definitions/cles';
import { withContexte } from '@/features/indicateurs/moteur/contexte';
import { parametresSchema } from '@/features/indicateurs/moteur/parametres';
import { base, calculer, csv, importer, rendezVous } from './fixture';

const prisma = testClient();
const agentId = async (externalId: string) => (await prisma.agent.findUniqueOrThrow({ where: { externalId } })).id;

describe('indicateurs 44 à 49 : travailleurs sociaux', () => {
  const periode = { du: '2022-01-01', au: '2022-12-31' };
  // T1 (E1, 1) and T2 (E2, 0.5) all year; T3 (E1, 0.8) from 01/07/2022: 184 days of 365;
  // T4 (E2, 1) from 01/01 to 31/03/2022: 90 days, gone on 31/12 (in the ETPT, not in the effectif).
  const ETPT_T3 = (0.8 * 184) / 365;
  const ETPT_T4 = 90 / 365;
  const ETPT = 1 + 0.5 + ETPT_T3 + ETPT_T4;

  beforeAll(async () => {
    await resetDatabase();
    const fichiers = base();
    await importer(prisma, {
      ...fichiers,
      'agents.csv': `${fichiers['agents.csv']}T3,Trois,Ts,TRAVAILLEUR_SOCIAL,\nT4,Quatre,Ts,TRAVAILLEUR_SOCIAL,\n`,
      'affectations.csv': `${fichiers['affectations.csv']}T3,E1,2022-07-01,,0.8\nT4,E2,2022-01-01,2022-03-31,1\n`,
      'rendez_vous.csv': rendezVous([
        ['R1', 'F1', 'T1', '2022-03-01', 'PRESENTIEL', 'HONORE'],
        ['R2', 'F1', 'T1', '2022-04-01', 'PRESENTIEL', 'NON_HONORE'],
        ['R3', 'F2', 'T3', '2022-09-01', 'PRESENTIEL', 'HONORE'],
        // Cancelled: not programmed.
        ['R4', 'F5', 'T1', '2022-10-01', 'PRESENTIEL', 'ANNULE'],
      ]),
      'contacts.csv': csv('contact_id,foyer_id,personne_id,date,canal,agent_id,motif', [
        ['C1', 'F3', '', '2022-05-01', 'PHYSIQUE', 'S1', ''],
        ['C2', 'F4', '', '2022-05-01', 'TELEPHONE', 'T1', ''],
      ]),
    });
  });

  it('compte effectif, ETP et ETPT : arrivée à temps partiel, départ en cours d’année, secrétaire exclue', async () => {
    const r = await calculer(prisma, periode, ['44']);
    // Effectif on 31/12: T1, T2, T3 (T4 left on 31/03; S1 is a secrétaire). ETP = 1 + 0.5 + 0.8.
    expect(r['44']).toEqual({ effectif: { '2022': 3 }, etp: { '2022': 2.3 }, etpt: { '2022': expect.closeTo(ETPT, 10) } });
  });

  it('se restreint aux affectations d’un EDS', async () => {
    const e1 = await calculer(prisma, { ...periode, eds: 'E1' }, ['44']);
    expect(e1['44']).toEqual({ effectif: { '2022': 2 }, etp: { '2022': 1.8 }, etpt: { '2022': expect.closeTo(1 + ETPT_T3, 10) } });
    const e2 = await calculer(prisma, { ...periode, eds: 'E2' }, ['44']);
    expect(e2['44']).toEqual({ effectif: { '2022': 1 }, etp: { '2022': 0.5 }, etpt: { '2022': expect.closeTo(0.5 + ETPT_T4, 10) } });
  });

  it('prend la part de l’année couverte par la période, année par année', async () => {
    // 2021 window = 01/07–31/12/2021 (184 days): T1 and T2 only; 2022 window = 01/01–30/06/2022 (181 days),
    // T4's 90 days inside it, T3 not yet there; effectif and ETP on 30/06/2022: T1, T2.
    const r = await calculer(prisma, { du: '2021-07-01', au: '2022-06-30' }, ['44']);
    expect(r['44']).toEqual({
      effectif: { '2021': 2, '2022': 2 },
      etp: { '2021': 1.5, '2022': 1.5 },
      etpt: { '2021': expect.closeTo((1.5 * 184) / 365, 10), '2022': expect.closeTo((1.5 * 181) / 365 + ETPT_T4, 10) },
    });
  });

  it('rapporte foyers et rendez-vous à l’ETPT', async () => {
    const r = await calculer(prisma, periode, ['45', '48', '49']);
    // Accueillis by a TS: F1, F2 (honoured TS rdv) and F4 (contact taken by T1); F3's contact was taken by a secrétaire.
    expect(r['45']).toMatchObject({ '2022': expect.closeTo(3 / ETPT, 10), numerateur: { '2022': 3 }, denominateur: { '2022': expect.closeTo(ETPT, 10) } });
    // Programmed: R1, R2, R3 (R4 cancelled); honoured: R1, R3.
    expect(r['48']).toMatchObject({ '2022': expect.closeTo(3 / ETPT, 10), numerateur: { '2022': 3 } });
    expect(r['49']).toMatchObject({ '2022': expect.closeTo(2 / ETPT, 10), numerateur: { '2022': 2 } });
  });

  it('foyers en information et en accompagnement par ETPT', async () => {
    const r = await calculer(prisma, periode, ['46', '47']);
    // F1 and F2 each have a one-rdv information PAS.
    expect(r['46']).toMatchObject({ '2022': expect.closeTo(2 / ETPT, 10), numerateur: { '2022': 2 } });
    expect(r['47']).toMatchObject({ '2022': 0, numerateur: { '2022': 0 } });
  });

  it('pour un travailleur social : ses affectations, sa file active, ses rendez-vous', async () => {
    const t1 = await calculer(prisma, { ...periode, ts: await agentId('T1') }, ['44', '45', '48', '49']);
    expect(t1['44']).toEqual({ effectif: { '2022': 1 }, etp: { '2022': 1 }, etpt: { '2022': 1 } });
    // The TS scope is T1's file active (F1, honoured R1): F4's contact with T1 gives no honoured rdv, so F4 is out.
    expect(t1['45']).toMatchObject({ '2022': 1, numerateur: { '2022': 1 } });
    expect(t1['48']).toMatchObject({ '2022': 2 });
    expect(t1['49']).toMatchObject({ '2022': 1 });
    const t3 = await calculer(prisma, { ...periode, ts: await agentId('T3') }, ['44', '49']);
    expect(t3['44']).toEqual({ effectif: { '2022': 1 }, etp: { '2022': 0.8 }, etpt: { '2022': expect.closeTo(ETPT_T3, 10) } });
    expect(t3['49']).toMatchObject({ '2022': expect.closeTo(1 / ETPT_T3, 10) });
  });

  it('sans travailleur social affecté : pas de ratio faute de dénominateur (null, pas 0)', async () => {
    const r = await calculer(prisma, { du: '2014-01-01', au: '2014-12-31' }, ['44', '49']);
    expect(r['44']).toEqual({ effectif: { '2014': 0 }, etp: { '2014': 0 }, etpt: { '2014': 0 } });
    expect(r['49']).toMatchObject({ '2014': null });
  });
});

describe('indicateurs clés', () => {
  const periode = { du: '2022-01-01', au: '2023-12-31' };
  // T1 (E1, 1) and T2 (E2, 0.5) all along: ETPT 1.5 each year.
  const ETPT = 1.5;
  const cles = (p: Record<string, unknown>) => withContexte(prisma, parametresSchema.parse(p), (ctx) => calculerIndicateursCles(ctx));

  beforeAll(async () => {
    await resetDatabase();
    await importer(prisma, {
      ...base(),
      'population.csv': csv('annee,population,cout_etpt_ts', [['2022', '1000000', '50000'], ['2023', '1000000', '']]),
      'rendez_vous.csv': rendezVous([
        // F1: accompagnement of 7 rdv, 10/01 → 10/07/2022 (181 days), ended on 31/12/2023.
        ...['01', '02', '03', '04', '05', '06', '07'].map((m, i): [string, string, string, string, string, string] => [`A${i}`, 'F1', 'T1', `2022-${m}-10`, 'PRESENTIEL', 'HONORE']),
        // F2: accompagnement of 3 rdv with T2, 01/03 → 01/05/2022 (61 days), ended.
        ['B1', 'F2', 'T2', '2022-03-01', 'PRESENTIEL', 'HONORE'],
        ['B2', 'F2', 'T2', '2022-04-01', 'PRESENTIEL', 'HONORE'],
        ['B3', 'F2', 'T2', '2022-05-01', 'PRESENTIEL', 'HONORE'],
        // F3: information, one rdv.
        ['C1', 'F3', 'T1', '2022-06-01', 'PRESENTIEL', 'HONORE'],
        // F4: accompagnement still open on 31/12/2023.
        ['D1', 'F4', 'T1', '2023-09-01', 'PRESENTIEL', 'HONORE'],
        ['D2', 'F4', 'T1', '2023-10-01', 'PRESENTIEL', 'HONORE'],
        ['D3', 'F4', 'T1', '2023-11-01', 'PRESENTIEL', 'HONORE'],
      ]),
      'bilans.csv': csv('bilan_id,foyer_id,date,motif_sortie,commentaire', [
        ['BI1', 'F1', '2022-08-01', 'RESOLUTION', ''],
        ['BI2', 'F2', '2022-06-01', 'PERDU_DE_VUE', ''],
      ]),
      'aides.csv': csv('aide_id,foyer_id,dispositif,categorie,montant,statut,date_demande,date_decision,date_paiement', [
        ['AI1', 'F1', 'FUS', 'ALIMENTATION', '300', 'PAYEE', '2022-02-01', '2022-02-05', '2022-02-10'],
        ['AI2', 'F3', 'FUS', 'ALIMENTATION', '100', 'PAYEE', '2022-06-01', '2022-06-05', '2022-06-10'],
      ]),
    });
  });

  it('donnent file active, rendez-vous, intensité et coût, calculés à la main', async () => {
    const [t1, t2] = [await agentId('T1'), await agentId('T2')];
    const manque2023 = { valeur: null, raison: "Le coût annuel d'un ETPT de travailleur social n'a pas été saisi pour 2023." };
    expect(await cles(periode)).toMatchObject({
      // Foyers with a PAS in the year: 2022 F1, F2, F3; 2023 F4.
      file_active_par_etpt: { '2022': expect.closeTo(3 / ETPT, 10), '2023': expect.closeTo(1 / ETPT, 10) },
      // Ordered by name: "Ts Deux" before "Ts Un".
      file_active_par_ts: [
        { agent_id: t2, nom: 'Ts Deux', file_active: { '2022': 1, '2023': 0 } },
        { agent_id: t1, nom: 'Ts Un', file_active: { '2022': 2, '2023': 1 } },
      ],
      // Ended accompagnement PAS: F1 181 days, F2 61 days (F4 still open).
      duree_moyenne_accompagnement_jours: 121,
      // F1 (7 rdv) among F1, F2, F4.
      part_accompagnes_7_rdv_ou_plus: 1 / 3,
      // 2022: 50 000 € × 1.5 ETPT = 75 000 €, split by honoured rdv (information 1, accompagnement 10 of 11),
      // plus the aids paid to those foyers (F3 100 €, F1 300 €), per reference person (1 and 2).
      cout_personne_information: { '2022': expect.closeTo(75000 / 11 + 100, 8), '2023': manque2023 },
      cout_personne_accompagnement: { '2022': expect.closeTo(((75000 * 10) / 11 + 300) / 2, 8), '2023': manque2023 },
    });
  });

  it('reprennent les indicateurs 49, 19 et 6, et le taux de sorties positives', async () => {
    expect(await cles(periode)).toMatchObject({
      // 49: honoured rdv 2022 7 + 3 + 1 = 11, 2023 3, over 1.5 ETPT.
      rdv_par_etpt: { '2022': expect.closeTo(11 / ETPT, 10), '2023': expect.closeTo(3 / ETPT, 10) },
      // 19, accompagnement: 2022 (7 + 3) rdv / 2 foyers; 2023 3 / 1.
      rdv_par_foyer_accompagne: { '2022': 5, '2023': 3 },
      // 6: 2022 F1, F2 among F1, F2, F3; 2023 F4 alone.
      proportion_accompagnes: { '2022': 2 / 3, '2023': 1 },
      // RESOLUTION is positive, PERDU_DE_VUE is not.
      taux_sorties_positives: 0.5,
    });
  });

  it('se restreignent à un EDS et disent pourquoi le coût manque quand il n’est jamais saisi', async () => {
    await prisma.population.updateMany({ data: { coutEtptTs: null } });
    const raison = { valeur: null, raison: "Le coût annuel d'un ETPT de travailleur social n'a été saisi pour aucune année de la période." };
    expect(await cles({ ...periode, eds: 'E1' })).toMatchObject({
      // E1: the ETPT is T1's alone (1); F1–F4 are E1 foyers (F2 too, though seen by T2): 3 in 2022, 1 in 2023.
      file_active_par_etpt: { '2022': 3, '2023': 1 },
      part_accompagnes_7_rdv_ou_plus: 1 / 3,
      taux_sorties_positives: 0.5,
      cout_personne_information: raison,
      cout_personne_accompagnement: raison,
    });
  });
});
