/** Indicators 33–43 (bilans et sorties), against hand-computed values. Period 2022–2023, reference date 31/12/2023. */
import { beforeAll, describe, expect, it } from 'vitest';
import { testClient } from '../factories/monde';
import { resetDatabase } from '../setup/reset';
import { base, calculer, csv, importer, rendezVous } from './fixture';

const prisma = testClient();
const periode = { du: '2022-01-01', au: '2023-12-31' };

beforeAll(async () => {
  await resetDatabase();
  await importer(prisma, {
    ...base(),
    'rendez_vous.csv': rendezVous([
      // F1: accompagnement ended in 2022.
      ['R1', 'F1', 'T1', '2022-01-10', 'PRESENTIEL', 'HONORE'],
      ['R2', 'F1', 'T1', '2022-02-10', 'PRESENTIEL', 'HONORE'],
      ['R3', 'F1', 'T1', '2022-03-10', 'PRESENTIEL', 'HONORE'],
      // F2: information ended in 2022.
      ['R4', 'F2', 'T1', '2022-05-01', 'PRESENTIEL', 'HONORE'],
      // F3: information in 2020, then an accompagnement 873 days later (28 months), ended.
      ['R5', 'F3', 'T1', '2020-01-10', 'PRESENTIEL', 'HONORE'],
      ['R6', 'F3', 'T1', '2022-06-01', 'PRESENTIEL', 'HONORE'],
      ['R7', 'F3', 'T1', '2022-07-01', 'PRESENTIEL', 'HONORE'],
      ['R8', 'F3', 'T1', '2022-08-01', 'PRESENTIEL', 'HONORE'],
      // F4: accompagnement still open on 31/12/2023.
      ['R9', 'F4', 'T1', '2023-06-01', 'PRESENTIEL', 'HONORE'],
      ['R10', 'F4', 'T1', '2023-07-01', 'PRESENTIEL', 'HONORE'],
      ['R11', 'F4', 'T1', '2023-08-01', 'PRESENTIEL', 'HONORE'],
      // F5: accompagnement of 2021 (not ongoing in the period), its bilan written in 2022.
      ['R12', 'F5', 'T1', '2021-03-01', 'PRESENTIEL', 'HONORE'],
      ['R13', 'F5', 'T1', '2021-04-01', 'PRESENTIEL', 'HONORE'],
      ['R14', 'F5', 'T1', '2021-05-01', 'PRESENTIEL', 'HONORE'],
      // F6: accompagnement ended (01/11/2022 + 12 months <= 31/12/2023) with two bilans.
      ['R15', 'F6', 'T1', '2022-09-01', 'PRESENTIEL', 'HONORE'],
      ['R16', 'F6', 'T1', '2022-10-01', 'PRESENTIEL', 'HONORE'],
      ['R17', 'F6', 'T1', '2022-11-01', 'PRESENTIEL', 'HONORE'],
      // F7: accompagnement in 2021, then another starting exactly 12 months after its last rdv (365 days).
      ['R18', 'F7', 'T1', '2021-01-05', 'PRESENTIEL', 'HONORE'],
      ['R19', 'F7', 'T1', '2021-02-05', 'PRESENTIEL', 'HONORE'],
      ['R20', 'F7', 'T1', '2021-03-05', 'PRESENTIEL', 'HONORE'],
      ['R21', 'F7', 'T1', '2022-03-05', 'PRESENTIEL', 'HONORE'],
      ['R22', 'F7', 'T1', '2022-04-05', 'PRESENTIEL', 'HONORE'],
      ['R23', 'F7', 'T1', '2022-05-05', 'PRESENTIEL', 'HONORE'],
      // E2. G1: accompagnement ended in 2022.
      ['R24', 'G1', 'T2', '2022-01-11', 'PRESENTIEL', 'HONORE'],
      ['R25', 'G1', 'T2', '2022-02-11', 'PRESENTIEL', 'HONORE'],
      ['R26', 'G1', 'T2', '2022-03-11', 'PRESENTIEL', 'HONORE'],
      // G2: accompagnement in 2021, none in 2022, another in 2023 (736 days later, 24 months), still open.
      ['R27', 'G2', 'T2', '2021-01-04', 'PRESENTIEL', 'HONORE'],
      ['R28', 'G2', 'T2', '2021-02-04', 'PRESENTIEL', 'HONORE'],
      ['R29', 'G2', 'T2', '2021-03-04', 'PRESENTIEL', 'HONORE'],
      ['R30', 'G2', 'T2', '2023-03-10', 'PRESENTIEL', 'HONORE'],
      ['R31', 'G2', 'T2', '2023-04-10', 'PRESENTIEL', 'HONORE'],
      ['R32', 'G2', 'T2', '2023-05-10', 'PRESENTIEL', 'HONORE'],
    ]),
    'objectifs.csv': csv('objectif_id,foyer_id,domaine,libelle,date,echeance,resultat', [
      ['O1', 'F1', 'LOGEMENT', 'Logement', '2022-01-10', '', 'ATTEINT'],
      ['O2', 'F1', 'BUDGET', 'Budget', '2022-01-10', '', 'PARTIELLEMENT_ATTEINT'],
      // Before F1's PAS: not assessed by its bilan.
      ['O6', 'F1', 'SANTE', 'Santé', '2021-12-01', '', 'ATTEINT'],
      ['O3', 'F3', 'EMPLOI', 'Emploi', '2022-06-01', '', 'NON_ATTEINT'],
      ['O4', 'F3', 'SANTE', 'Santé', '2022-06-01', '', ''],
      // F4 has no bilan.
      ['O5', 'F4', 'SANTE', 'Santé', '2023-06-01', '', 'ATTEINT'],
      ['O9', 'F5', 'EMPLOI', 'Emploi', '2021-04-01', '', 'ATTEINT'],
      // F6: after the last rdv but before the last bilan (counts); after the last bilan (does not).
      ['O7', 'F6', 'LOGEMENT', 'Logement', '2022-12-01', '', 'ABANDONNE'],
      ['O8', 'F6', 'BUDGET', 'Budget', '2023-01-10', '', 'ATTEINT'],
      ['OG1', 'G1', 'BUDGET', 'Budget', '2022-02-01', '', 'NON_ATTEINT'],
    ]),
    'bilans.csv': csv('bilan_id,foyer_id,date,motif_sortie,commentaire', [
      ['B1', 'F1', '2022-04-01', 'RESOLUTION', ''],
      // After an information PAS: belongs to no accompagnement.
      ['B3', 'F2', '2022-06-01', 'DEMENAGEMENT', ''],
      // Late, but within 12 months of F3's last rdv (01/08/2022).
      ['B2', 'F3', '2023-07-15', 'PERDU_DE_VUE', ''],
      ['B4', 'F5', '2022-03-01', 'EMPLOI_FORMATION', ''],
      // Two bilans of one PAS: one sortie, with the last motif.
      ['B5', 'F6', '2022-11-01', 'FIN_ADHESION', ''],
      ['B6', 'F6', '2022-12-15', 'ACCES_LOGEMENT', ''],
      // The day F7's first PAS can no longer be extended and its second one starts: the first one.
      ['B7', 'F7', '2022-03-05', 'RESOLUTION', ''],
      // F8 has no PAS at all.
      ['B8', 'F8', '2023-02-01', 'ABSENCE_SOLUTION', ''],
      ['BG1', 'G1', '2022-04-15', 'RELAIS_PARTENAIRE', ''],
    ]),
  });
});

describe('indicateurs 33 à 43 : bilans et sorties', () => {
  it('35, 36 : sorties de PAS par type et foyers ayant eu plusieurs PAS', async () => {
    const r = await calculer(prisma, periode, ['35', '36']);
    // Ended with fin in 2022–2023: information F2; accompagnement F1, F3, F6, F7 (second PAS), G1 (F4 and G2 are open,
    // F5 and F7's first PAS ended in 2021).
    expect(r['35']).toEqual({ information: 1, accompagnement: 5 });
    // With a PAS ongoing in the period and two PAS or more: F3, F7, G2 (F5's only PAS is not ongoing).
    expect(r['36']).toBe(3);
  });

  it('33, 38 : foyers accompagnés dont l’accompagnement a un bilan, et leur part', async () => {
    const r = await calculer(prisma, periode, ['33', '38']);
    // 2022: accompagnés F1, F3, F6, F7, G1. With a bilan on the PAS ongoing in 2022: F1, F3 (bilan of 2023), F6, G1 —
    // not F7, whose bilan belongs to its first PAS. 2023: F4, G2, without a bilan.
    expect(r['33']).toEqual({ '2022': 4, '2023': 0 });
    expect(r['38']).toEqual({ taux: { '2022': 4 / 5, '2023': 0 }, numerateur: { '2022': 4, '2023': 0 }, denominateur: { '2022': 5, '2023': 2 } });
  });

  it('37, 42 : motifs des sorties et taux de sorties positives', async () => {
    const r = await calculer(prisma, periode, ['37', '42']);
    // Sorties dated in the period: F1 RESOLUTION, F3 PERDU_DE_VUE, F5 EMPLOI_FORMATION, F6 ACCES_LOGEMENT (last bilan),
    // F7 RESOLUTION, G1 RELAIS_PARTENAIRE. Apart: F2's and F8's bilans.
    expect(r['37']).toMatchObject({
      total: 6,
      par_motif: { RESOLUTION: 2, PERDU_DE_VUE: 1, EMPLOI_FORMATION: 1, ACCES_LOGEMENT: 1, RELAIS_PARTENAIRE: 1, FIN_ADHESION: 0, DECES: 0 },
      bilans_hors_accompagnement: 2,
    });
    // Positive: RESOLUTION × 2, EMPLOI_FORMATION, ACCES_LOGEMENT.
    expect(r['42']).toMatchObject({
      taux_sorties_positives: 4 / 6,
      numerateur: 4,
      denominateur: 6,
      repartition: { RESOLUTION: 2 / 6, PERDU_DE_VUE: 1 / 6, RELAIS_PARTENAIRE: 1 / 6, DECES: 0 },
    });
  });

  it('34, 39 : résultats des objectifs évalués par les sorties', async () => {
    const r = await calculer(prisma, periode, ['34', '39']);
    // F1: O1 atteint, O2 partiel (not O6, before the PAS); F3: O3 non atteint, O4 without result; F5: O9 atteint;
    // F6: O7 abandonné (not O8, after the last bilan); G1: OG1 non atteint. F4's O5: no bilan.
    expect(r['34']).toEqual({ ATTEINT: 2, PARTIELLEMENT_ATTEINT: 1, NON_ATTEINT: 2, ABANDONNE: 1, sans_resultat: 1 });
    expect(r['39']).toEqual({
      ATTEINT: 2 / 6,
      PARTIELLEMENT_ATTEINT: 1 / 6,
      NON_ATTEINT: 2 / 6,
      ABANDONNE: 1 / 6,
      numerateur: { ATTEINT: 2, PARTIELLEMENT_ATTEINT: 1, NON_ATTEINT: 2, ABANDONNE: 1 },
      denominateur: 6,
    });
  });

  it('40, 43 : part des accompagnements terminés et délai entre deux PAS', async () => {
    const r = await calculer(prisma, periode, ['40', '43']);
    // Accompagnés in the period: F1, F3, F4, F6, F7, G1, G2; ended: F1, F3, F6, F7, G1.
    expect(r['40']).toEqual({ taux: 5 / 7, numerateur: 5, denominateur: 7 });
    // Next PAS ongoing in the period: F3 873 days (28 months), F7 365 (12), G2 736 (24).
    expect(r['43']).toEqual({
      moyenne_jours: (873 + 365 + 736) / 3,
      distribution_mois: { bornes: ['12-17', '18-23', '24-35', '36-59', '60+'], effectifs: [1, 0, 2, 0, 0] },
      effectif: 3,
    });
  });

  it('41 : part des accompagnés ayant eu plusieurs PAS, et cohortes du Lot', async () => {
    const r = await calculer(prisma, { du: '2021-01-01', au: '2023-12-31' }, ['41']);
    // In accompagnement — 2021: F5, F7, G2; 2022: F1, F3, F6, F7, G1; 2023: F4, G2.
    // Accompagnés 2021–2023: F1, F3, F4, F5, F6, F7, G1, G2; two PAS or more: F3, F7, G2.
    const cell = (cohorte: number, presents: number, chaque: number) => ({
      cohorte,
      presents,
      presents_chaque_annee: chaque,
      presence: presents / cohorte,
      presence_chaque_annee: chaque / cohorte,
    });
    expect(r['41']).toEqual({
      taux: 3 / 8,
      numerateur: 3,
      denominateur: 8,
      cohortes: {
        // Cohort 2021: F7 is there in 2022; G2 is there in 2023 but not every year.
        par_annee_de_depart: {
          '2021': { '0': cell(3, 3, 3), '1': cell(3, 1, 1), '2': cell(3, 1, 0) },
          '2022': { '0': cell(5, 5, 5), '1': cell(5, 0, 0) },
          '2023': { '0': cell(2, 2, 2) },
        },
        // All base years pooled, as the Lot's table n° 48.
        annees_ecoulees: { '0': cell(10, 10, 10), '1': cell(8, 1, 1), '2': cell(3, 1, 0) },
      },
    });
  });

  it('se restreint à un EDS', async () => {
    const r = await calculer(prisma, { ...periode, eds: 'E2' }, ['33', '35', '36', '37', '42']);
    // G1 (ended, bilan RELAIS_PARTENAIRE, neutral) and G2 (two PAS, the second open).
    expect(r['33']).toEqual({ '2022': 1, '2023': 0 });
    expect(r['35']).toEqual({ information: 0, accompagnement: 1 });
    expect(r['36']).toBe(1);
    expect(r['37']).toMatchObject({ total: 1, par_motif: { RELAIS_PARTENAIRE: 1 }, bilans_hors_accompagnement: 0 });
    expect(r['42']).toMatchObject({ taux_sorties_positives: 0, numerateur: 0, denominateur: 1 });
  });

  it('indisponibles tant qu’aucun bilan n’existe à la date de référence', async () => {
    // The first bilan is dated 01/03/2022: on 28/02/2022 none exists for the engine.
    const r = await calculer(prisma, { du: '2022-01-01', au: '2022-02-28' }, ['33', '34', '37', '38', '39', '42', '35']);
    for (const n of ['33', '34', '37', '38', '39', '42']) expect(r[n]).toMatchObject({ valeur: null, raison: expect.stringContaining('bilan') });
    expect(r['35']).toEqual({ information: 0, accompagnement: 0 });
  });
});
