/** Indicators 21–24 (durées), against hand-computed values. Period 2022–2023, reference date 31/12/2023. */
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
    'contacts.csv': csv('contact_id,foyer_id,personne_id,date,canal,agent_id,motif', [
      ['C1', 'F1', '', '2021-12-20', 'PHYSIQUE', 'S1', ''],
      ['C2', 'F3', '', '2022-06-01', 'TELEPHONE', 'S1', ''],
      // A letter is not an accueil contact.
      ['C3', 'F4', '', '2021-10-01', 'COURRIER_COURRIEL', 'S1', ''],
      // F5: contacts before and on the day of its first PAS's last rdv belong to that PAS, not to the next one.
      ['C4', 'F5', '', '2020-02-01', 'PHYSIQUE', 'S1', ''],
      ['C5', 'F5', '', '2020-03-01', 'PHYSIQUE', 'S1', ''],
      ['C6', 'F5', '', '2022-03-28', 'TELEPHONE', 'S1', ''],
      // F6: a contact after the first rdv does not precede the PAS.
      ['C7', 'F6', '', '2022-02-03', 'PHYSIQUE', 'S1', ''],
      ['C8', 'F8', '', '2023-05-01', 'PHYSIQUE', 'S1', ''],
      ['C9', 'F9', '', '2020-12-15', 'PHYSIQUE', 'S1', ''],
      ['C10', 'G1', '', '2022-01-01', 'TELEPHONE', '', ''],
    ]),
    'rendez_vous.csv': rendezVous([
      // F1: accompagnement with a missed rdv inside; ended (10/03/2023 <= 31/12/2023).
      ['R1', 'F1', 'T1', '2022-01-10', 'PRESENTIEL', 'HONORE'],
      ['R2', 'F1', 'T1', '2022-01-24', 'PRESENTIEL', 'NON_HONORE'],
      ['R3', 'F1', 'T1', '2022-02-10', 'PRESENTIEL', 'HONORE'],
      ['R4', 'F1', 'T1', '2022-03-10', 'PRESENTIEL', 'HONORE'],
      // F2: information, no contact.
      ['R5', 'F2', 'T1', '2022-05-01', 'PRESENTIEL', 'HONORE'],
      // F3: contact the day of the first rdv; accompagnement ended; a missed rdv 45 days after its last one belongs to it.
      ['R6', 'F3', 'T1', '2022-06-01', 'PRESENTIEL', 'HONORE'],
      ['R7', 'F3', 'T1', '2022-07-01', 'PRESENTIEL', 'HONORE'],
      ['R8', 'F3', 'T1', '2022-08-01', 'PRESENTIEL', 'HONORE'],
      ['R9', 'F3', 'T1', '2022-09-15', 'PRESENTIEL', 'NON_HONORE'],
      // F4: accompagnement started before the period (all its gaps count), ended, no contact.
      ['R10', 'F4', 'T1', '2021-11-01', 'PRESENTIEL', 'HONORE'],
      ['R11', 'F4', 'T1', '2021-12-01', 'PRESENTIEL', 'HONORE'],
      ['R12', 'F4', 'T1', '2022-02-01', 'PRESENTIEL', 'HONORE'],
      // F5: an information PAS in 2020 (outside the period), then one in 2022 preceded by a rdv with the secrétaire.
      ['R13', 'F5', 'T1', '2020-03-01', 'PRESENTIEL', 'HONORE'],
      ['R14', 'F5', 'S1', '2022-03-25', 'PRESENTIEL', 'HONORE'],
      ['R15', 'F5', 'T1', '2022-04-01', 'PRESENTIEL', 'HONORE'],
      ['R16', 'F6', 'T1', '2022-02-02', 'PRESENTIEL', 'HONORE'],
      // F7: a missed rdv with the secrétaire is no contact.
      ['R17', 'F7', 'S1', '2022-02-20', 'PRESENTIEL', 'NON_HONORE'],
      ['R18', 'F7', 'T1', '2022-03-01', 'PRESENTIEL', 'HONORE'],
      // F8: accompagnement still open on 31/12/2023 (gaps of 7 and 6 days).
      ['R19', 'F8', 'T1', '2023-06-01', 'PRESENTIEL', 'HONORE'],
      ['R20', 'F8', 'T1', '2023-06-08', 'PRESENTIEL', 'HONORE'],
      ['R21', 'F8', 'T1', '2023-06-14', 'PRESENTIEL', 'HONORE'],
      // F9: a long accompagnement (gaps of 151, 153, 166 days), ended on 20/04/2022.
      ['R22', 'F9', 'T1', '2021-01-05', 'PRESENTIEL', 'HONORE'],
      ['R23', 'F9', 'T1', '2021-06-05', 'PRESENTIEL', 'HONORE'],
      ['R24', 'F9', 'T1', '2021-11-05', 'PRESENTIEL', 'HONORE'],
      ['R25', 'F9', 'T1', '2022-04-20', 'PRESENTIEL', 'HONORE'],
      // E2. G1: contact 10 days before an ended accompagnement with T2.
      ['R26', 'G1', 'T2', '2022-01-11', 'TELEPHONE', 'HONORE'],
      ['R27', 'G1', 'T2', '2022-02-11', 'TELEPHONE', 'HONORE'],
      ['R28', 'G1', 'T2', '2022-03-11', 'TELEPHONE', 'HONORE'],
      // G2: T2, then T1, then T2, a week apart; ended, no contact.
      ['R29', 'G2', 'T2', '2022-01-03', 'PRESENTIEL', 'HONORE'],
      ['R30', 'G2', 'T1', '2022-01-10', 'PRESENTIEL', 'HONORE'],
      ['R31', 'G2', 'T2', '2022-01-17', 'PRESENTIEL', 'HONORE'],
    ]),
  });
});

const semaines = (effectifs: Record<number, number>) => ({
  bornes: [...Array.from({ length: 52 }, (_, i) => String(i)), '52+'],
  effectifs: Array.from({ length: 53 }, (_, i) => effectifs[i] ?? 0),
});
const trimestres = (effectifs: Record<number, number>) => ({
  bornes: [...Array.from({ length: 20 }, (_, i) => String(i)), '20+'],
  effectifs: Array.from({ length: 21 }, (_, i) => effectifs[i] ?? 0),
});
const BORNES_JOURS = ['0', '1-2', '3-7', '8-14', '15-30', '31-60', '61-90', '91+'];

describe('indicateurs 21 à 24 : durées', () => {
  it('21 : délai du premier contact au premier rendez-vous, PAS sans contact à part', async () => {
    const r = await calculer(prisma, periode, ['21']);
    // PAS ongoing in 2022–2023 with a contact: F1 21 days (20/12/2021 → 10/01/2022), F3 0, F5 7 (the secrétaire's
    // rdv of 25/03/2022, earlier than the call of 28/03; the 2020 contacts precede the end of its first PAS),
    // F8 31 (01/05 → 01/06/2023), F9 21 (15/12/2020 → 05/01/2021: its PAS ends in the period), G1 10.
    // Without: F2, F4 (a letter only), F6 (contact after the rdv), F7 (missed rdv with the secrétaire), G2.
    expect(r['21']).toEqual({
      moyenne_jours: (21 + 0 + 7 + 31 + 21 + 10) / 6,
      distribution: { bornes: BORNES_JOURS, effectifs: [1, 0, 1, 1, 2, 1, 0, 0] },
      pas: 6,
      pas_sans_contact: 5,
    });
  });

  it('22 et 23 : délais entre rendez-vous programmés et honorés des accompagnements', async () => {
    const r = await calculer(prisma, periode, ['22', '23']);
    // Honoured gaps: F1 31, 28; F3 30, 31; F4 30, 62; F8 7, 6; F9 151, 153, 166; G1 31, 28; G2 7, 7 (15 gaps, 768 days).
    // Weeks: 6 → 0; 7, 7, 7 → 1; the seven gaps of 28–31 days → 4; 62 → 8; 151, 153 → 21; 166 → 23.
    expect(r['23']).toEqual({ moyenne_jours: 768 / 15, distribution_semaines: semaines({ 0: 1, 1: 3, 4: 7, 8: 1, 21: 2, 23: 1 }), ecarts: 15 });
    // Programmed: F1's missed rdv splits 31 into 14 + 17; F3's missed rdv adds 45 after its last one: 17 gaps, 813 days.
    expect(r['22']).toEqual({ moyenne_jours: 813 / 17, ecarts: 17 });
  });

  it('24 : durée du premier contact au dernier rendez-vous des accompagnements terminés, en trimestres', async () => {
    const r = await calculer(prisma, periode, ['24']);
    // Ended accompagnement PAS with fin in the period (F8 is still open):
    // F1 20/12/2021 → 10/03/2022 = 80 days (2 months: quarter 0); F3 01/06 → 01/08/2022 = 61 (q0);
    // F4 no contact: 01/11/2021 → 01/02/2022 = 92 (3 months: q1); F9 15/12/2020 → 20/04/2022 = 491 (16 months: q5);
    // G1 01/01 → 11/03/2022 = 69 (q0); G2 no contact: 03/01 → 17/01/2022 = 14 (q0).
    expect(r['24']).toEqual({ moyenne_jours: (80 + 61 + 92 + 491 + 69 + 14) / 6, distribution_trimestres: trimestres({ 0: 4, 1: 1, 5: 1 }), pas: 6 });
  });

  it('se restreint à un EDS', async () => {
    const r = await calculer(prisma, { ...periode, eds: 'E2' }, ['21', '23', '24']);
    // G1 and G2 only; G2's gaps count all its rdv, whoever the TS.
    expect(r['21']).toMatchObject({ moyenne_jours: 10, pas: 1, pas_sans_contact: 1 });
    expect(r['23']).toMatchObject({ moyenne_jours: (31 + 28 + 7 + 7) / 4, ecarts: 4 });
    expect(r['24']).toMatchObject({ moyenne_jours: (69 + 14) / 2, pas: 2 });
  });

  it('pour un TS, ne prend que ses propres rendez-vous', async () => {
    const t2 = await prisma.agent.findUniqueOrThrow({ where: { externalId: 'T2' } });
    const r = await calculer(prisma, { ...periode, ts: t2.id }, ['23']);
    // T2's rdv: G1 31, 28; G2 03/01 → 17/01 = 14 (T1's rdv in between is not T2's).
    expect(r['23']).toMatchObject({ moyenne_jours: (31 + 28 + 14) / 3, ecarts: 3 });
  });

  it('sans PAS, moyennes nulles et distributions vides', async () => {
    const r = await calculer(prisma, { du: '2025-01-01', au: '2025-12-31' }, ['21', '22', '24']);
    expect(r['21']).toEqual({ moyenne_jours: null, distribution: { bornes: BORNES_JOURS, effectifs: [0, 0, 0, 0, 0, 0, 0, 0] }, pas: 0, pas_sans_contact: 0 });
    expect(r['22']).toEqual({ moyenne_jours: null, ecarts: 0 });
    expect(r['24']).toMatchObject({ moyenne_jours: null, pas: 0 });
  });
});
