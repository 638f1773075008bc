/**
 * Indicators 25–32 (contenu de l'accompagnement) against hand-computed values. Period 2022–2023, reference date
 * 31/12/2023. Items count only for foyers en accompagnement in the year of the item.
 *
 * Foyers en accompagnement — 2022: F1, F3, F6, G1 (4); 2023: F3, F4, G2 (3).
 * F2 is in information (2022), F5 has no PAS: their items never count.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { lignesIndicateur } from '@/features/indicateurs/sorties/csv';
import { testClient } from '../factories/monde';
import { resetDatabase } from '../setup/reset';
import { base, calculer, csv, importer, rendezVous } from './fixture';

const prisma = testClient();
const periode = { du: '2022-01-01', au: '2023-12-31' };

const DOMAINES = [
  'ACCES_DROITS', 'BUDGET', 'ALIMENTATION', 'LOGEMENT', 'HEBERGEMENT', 'ENERGIE', 'EMPLOI', 'FORMATION', 'SANTE',
  'HANDICAP_AUTONOMIE', 'FAMILLE_PARENTALITE', 'VIOLENCES', 'PSYCHOLOGIQUE', 'ISOLEMENT', 'MOBILITE', 'NUMERIQUE', 'AUTRE',
];
const TYPES_ACTION = [
  'AIDE_FINANCIERE', 'DEMARCHE_ADMINISTRATIVE', 'ORIENTATION_PARTENAIRE', 'CONTACT_PARTENAIRE', 'ORIENTATION_SANTE',
  'FORMATION', 'ATELIER_COLLECTIF', 'VISITE_ACCOMPAGNEE', 'AUTRE',
];

/** Every code of a list at 0 for each year, except the counts given. */
function parCode(liste: string[], annees: string[], valeurs: Record<string, Record<string, number>>) {
  return Object.fromEntries(liste.map((c) => [c, Object.fromEntries(annees.map((a) => [a, valeurs[c]?.[a] ?? 0]))]));
}

beforeAll(async () => {
  await resetDatabase();
  await importer(prisma, {
    ...base(),
    'rendez_vous.csv': rendezVous([
      // F1: accompagnement in 2022 only.
      ['R1', 'F1', 'T1', '2022-01-10', 'PRESENTIEL', 'HONORE'],
      ['R2', 'F1', 'T1', '2022-02-10', 'PRESENTIEL', 'HONORE'],
      ['R3', 'F1', 'T1', '2022-03-10', 'PRESENTIEL', 'HONORE'],
      // F2: information in 2022.
      ['R4', 'F2', 'T1', '2022-05-01', 'PRESENTIEL', 'HONORE'],
      // F3: one accompagnement from 01/11/2022 to 10/01/2023, ongoing in both years.
      ['R5', 'F3', 'T1', '2022-11-01', 'PRESENTIEL', 'HONORE'],
      ['R6', 'F3', 'T1', '2022-12-01', 'PRESENTIEL', 'HONORE'],
      ['R7', 'F3', 'T1', '2023-01-10', 'PRESENTIEL', 'HONORE'],
      // F4: accompagnement in 2023 only.
      ['R8', 'F4', 'T1', '2023-03-01', 'PRESENTIEL', 'HONORE'],
      ['R9', 'F4', 'T1', '2023-04-01', 'PRESENTIEL', 'HONORE'],
      ['R10', 'F4', 'T1', '2023-05-01', 'PRESENTIEL', 'HONORE'],
      // F6: accompagnement in 2022, with nothing entered.
      ['R11', 'F6', 'T1', '2022-04-01', 'PRESENTIEL', 'HONORE'],
      ['R12', 'F6', 'T1', '2022-05-01', 'PRESENTIEL', 'HONORE'],
      ['R13', 'F6', 'T1', '2022-06-01', 'PRESENTIEL', 'HONORE'],
      // E2. G1: accompagnement in 2022; G2: in 2023.
      ['R14', 'G1', 'T2', '2022-01-11', 'PRESENTIEL', 'HONORE'],
      ['R15', 'G1', 'T2', '2022-02-11', 'PRESENTIEL', 'HONORE'],
      ['R16', 'G1', 'T2', '2022-03-11', 'PRESENTIEL', 'HONORE'],
      ['R17', 'G2', 'T2', '2023-02-01', 'PRESENTIEL', 'HONORE'],
      ['R18', 'G2', 'T2', '2023-03-01', 'PRESENTIEL', 'HONORE'],
      ['R19', 'G2', 'T2', '2023-04-01', 'PRESENTIEL', 'HONORE'],
    ]),
    'diagnostics.csv': csv('diagnostic_id,foyer_id,date,agent_id,domaines', [
      // F5 (no PAS), 2021, without any domaine: diagnostics exist from 2021, problématiques only from 2022.
      ['D0', 'F5', '2021-03-01', 'T1', ''],
      // F1: LOGEMENT noted by two diagnostics of 2022 counts once → BUDGET, LOGEMENT, SANTE.
      ['D1', 'F1', '2022-01-10', 'T1', 'LOGEMENT;BUDGET'],
      ['D2', 'F1', '2022-06-01', 'T1', 'LOGEMENT;SANTE'],
      // F2 is in information: not counted.
      ['D3', 'F2', '2022-05-01', 'T1', 'EMPLOI'],
      ['D4', 'F3', '2022-11-01', 'T1', 'BUDGET'],
      // F3 in 2023: a diagnostic without any problématique.
      ['D5', 'F3', '2023-01-10', 'T1', ''],
      // F4 is not en accompagnement in 2022 (its PAS starts in 2023), and the diagnostic is not dated in 2023: never counted.
      ['D6', 'F4', '2022-12-01', 'T1', 'LOGEMENT'],
      ['DG1', 'G1', '2022-02-11', 'T2', 'LOGEMENT;EMPLOI'],
    ]),
    'objectifs.csv': csv('objectif_id,foyer_id,domaine,libelle,date,echeance,resultat', [
      ['O1', 'F1', 'LOGEMENT', 'Logement', '2022-02-10', '', ''],
      ['O2', 'F1', 'BUDGET', 'Budget', '2022-02-10', '', ''],
      ['O3', 'F1', 'LOGEMENT', 'Relogement', '2022-03-10', '', ''],
      ['O4', 'F3', 'BUDGET', 'Budget', '2022-12-01', '', ''],
      ['O5', 'F3', 'EMPLOI', 'Emploi', '2023-01-10', '', ''],
      ['O6', 'F4', 'SANTE', 'Santé', '2023-03-01', '', ''],
      ['O9', 'F4', 'LOGEMENT', 'Logement', '2023-04-01', '', ''],
      // F5 (no PAS) and F2 (information): not counted.
      ['O7', 'F5', 'LOGEMENT', 'Logement', '2022-06-01', '', ''],
      ['O8', 'F2', 'EMPLOI', 'Emploi', '2022-05-01', '', ''],
    ]),
    'contrats.csv': csv('contrat_id,foyer_id,personne_id,type,debut,fin,agent_id', [
      // Spans two years: F3 counts in 2022 and 2023.
      ['K1', 'F3', '', 'CONTRAT_ACCOMPAGNEMENT', '2022-11-15', '2023-05-15', 'T1'],
      // In force on the first days of 2022 only.
      ['K2', 'F1', 'P_F1', 'CER', '2021-06-01', '2022-01-31', 'T1'],
      ['K3', 'F1', '', 'MASP', '2022-03-01', '2022-08-31', ''],
      // Starts on the last day of 2023.
      ['K4', 'G2', '', 'CER', '2023-12-31', '2024-06-30', 'T2'],
      // Ended in 2021: F4 has no contract in force in 2023.
      ['K5', 'F4', '', 'CER', '2021-01-01', '2021-12-31', ''],
      // F2 is in information.
      ['K6', 'F2', '', 'CER', '2022-01-01', '2022-12-31', ''],
    ]),
    'actions.csv': csv('action_id,foyer_id,date,type,libelle,partenaire', [
      // The exchange format has no objective column: A1 is tied to O1 below, the others have no objective.
      ['A1', 'F1', '2022-02-10', 'DEMARCHE_ADMINISTRATIVE', '', ''],
      ['A2', 'F1', '2022-03-10', 'AIDE_FINANCIERE', '', ''],
      ['A3', 'F1', '2022-03-10', 'AIDE_FINANCIERE', '', ''],
      ['A4', 'F3', '2023-01-10', 'ORIENTATION_PARTENAIRE', '', ''],
      ['A5', 'G1', '2022-03-11', 'ATELIER_COLLECTIF', '', ''],
      ['A7', 'G2', '2023-04-01', 'AIDE_FINANCIERE', '', ''],
      // F2 (information) and F5 (no PAS): not counted.
      ['A6', 'F2', '2022-05-01', 'AUTRE', '', ''],
      ['A8', 'F5', '2023-01-01', 'AUTRE', '', ''],
    ]),
  });
  const o1 = await prisma.objectif.findUniqueOrThrow({ where: { externalId: 'O1' }, select: { id: true } });
  await prisma.action.update({ where: { externalId: 'A1' }, data: { objectifId: o1.id } });
});

describe('indicateurs 25 à 32 : contenu de l’accompagnement', () => {
  const annees = ['2022', '2023'];

  it('25, 26 : foyers avec un diagnostic et problématiques identifiées', async () => {
    const r = await calculer(prisma, periode, ['25', '26']);
    // 2022: F1 (D1, D2), F3 (D4), G1 (DG1) — not F2 (information), not F4 (not accompagné in 2022). 2023: F3 (D5).
    expect(r['25']).toEqual({ '2022': 3, '2023': 1 });
    // 2022: F1 {BUDGET, LOGEMENT, SANTE}, F3 {BUDGET}, G1 {LOGEMENT, EMPLOI} → 6 problématiques, 3 foyers.
    // 2023: D5 has no domaine → 0.
    expect(r['26']).toEqual({
      nombre: { '2022': 6, '2023': 0 },
      foyers: { '2022': 3, '2023': 0 },
      par_domaine: parCode(DOMAINES, annees, { LOGEMENT: { '2022': 2 }, BUDGET: { '2022': 2 }, SANTE: { '2022': 1 }, EMPLOI: { '2022': 1 } }),
    });
  });

  it('27, 28 : foyers avec des objectifs et objectifs fixés par domaine', async () => {
    const r = await calculer(prisma, periode, ['27', '28']);
    // 2022: F1 (O1, O2, O3), F3 (O4). 2023: F3 (O5), F4 (O6, O9). Not O7 (F5), O8 (F2).
    expect(r['27']).toEqual({ '2022': 2, '2023': 2 });
    expect(r['28']).toEqual({
      nombre: { '2022': 4, '2023': 3 },
      foyers: { '2022': 2, '2023': 2 },
      par_domaine: parCode(DOMAINES, annees, {
        LOGEMENT: { '2022': 2, '2023': 1 },
        BUDGET: { '2022': 2 },
        EMPLOI: { '2023': 1 },
        SANTE: { '2023': 1 },
      }),
    });
  });

  it('29 : foyers avec un contrat en vigueur, par type', async () => {
    const r = await calculer(prisma, periode, ['29']);
    // 2022: F1 (K2 CER until 31/01, K3 MASP), F3 (K1). 2023: F3 (K1 again), G2 (K4 from 31/12). Not K5 (2021), K6 (F2).
    expect(r['29']).toEqual({
      foyers: { '2022': 2, '2023': 2 },
      par_type: {
        CER: { '2022': 1, '2023': 1 },
        CONTRAT_ACCOMPAGNEMENT: { '2022': 1, '2023': 1 },
        MASP: { '2022': 1, '2023': 0 },
      },
    });
  });

  it('30 : actions par an, au total et par type (tous les types présents)', async () => {
    const r = await calculer(prisma, periode, ['30']);
    // 2022: A1 (with an objective), A2, A3 (F1), A5 (G1). 2023: A4 (F3), A7 (G2). Not A6 (F2), A8 (F5).
    expect(r['30']).toEqual({
      total: { '2022': 4, '2023': 2 },
      foyers: { '2022': 2, '2023': 2 },
      par_type: parCode(TYPES_ACTION, annees, {
        AIDE_FINANCIERE: { '2022': 2, '2023': 1 },
        DEMARCHE_ADMINISTRATIVE: { '2022': 1 },
        ATELIER_COLLECTIF: { '2022': 1 },
        ORIENTATION_PARTENAIRE: { '2023': 1 },
      }),
    });
  });

  it('31 : proportions parmi les foyers en accompagnement', async () => {
    const r = await calculer(prisma, periode, ['31']);
    const den = { '2022': 4, '2023': 3 };
    const part = (n2022: number, n2023: number) => ({
      taux: { '2022': n2022 / 4, '2023': n2023 / 3 },
      numerateur: { '2022': n2022, '2023': n2023 },
      denominateur: den,
    });
    expect(r['31']).toEqual({
      diagnostic: part(3, 1),
      problematiques: part(3, 0),
      objectifs: part(2, 2),
      contrat: part(2, 2),
      actions: part(2, 2),
    });
    // Years become columns in the flat exports.
    expect(lignesIndicateur(r['31'])).toContainEqual({ chemin: ['diagnostic', 'taux'], parAnnee: { '2022': 3 / 4, '2023': 1 / 3 }, valeur: null });
  });

  it('32 : nombres moyens par foyer concerné', async () => {
    const r = await calculer(prisma, periode, ['32']);
    expect(r['32']).toEqual({
      // 2022: 6 problématiques / 3 foyers; 2023: none → null.
      problematiques: { moyenne: { '2022': 2, '2023': null }, numerateur: { '2022': 6, '2023': 0 }, denominateur: { '2022': 3, '2023': 0 } },
      // 2022: 4 / 2; 2023: 3 / 2.
      objectifs: { moyenne: { '2022': 2, '2023': 1.5 }, numerateur: { '2022': 4, '2023': 3 }, denominateur: { '2022': 2, '2023': 2 } },
      // 2022: 4 / 2; 2023: 2 / 2.
      actions: { moyenne: { '2022': 2, '2023': 1 }, numerateur: { '2022': 4, '2023': 2 }, denominateur: { '2022': 2, '2023': 2 } },
    });
  });

  it('se restreint à un EDS', async () => {
    const r = await calculer(prisma, { ...periode, eds: 'E2' }, ['25', '26', '27', '29', '30', '31', '32']);
    // Accompagnés: G1 in 2022, G2 in 2023. G1: DG1 {LOGEMENT, EMPLOI}, A5; G2: K4, A7; no objective in E2 (0, not null:
    // objectives were entered elsewhere).
    expect(r['25']).toEqual({ '2022': 1, '2023': 0 });
    expect(r['26']).toEqual({
      nombre: { '2022': 2, '2023': 0 },
      foyers: { '2022': 1, '2023': 0 },
      par_domaine: parCode(DOMAINES, annees, { LOGEMENT: { '2022': 1 }, EMPLOI: { '2022': 1 } }),
    });
    expect(r['27']).toEqual({ '2022': 0, '2023': 0 });
    expect(r['29']).toEqual({
      foyers: { '2022': 0, '2023': 1 },
      par_type: { CER: { '2022': 0, '2023': 1 }, CONTRAT_ACCOMPAGNEMENT: { '2022': 0, '2023': 0 }, MASP: { '2022': 0, '2023': 0 } },
    });
    expect(r['30']).toMatchObject({ total: { '2022': 1, '2023': 1 }, foyers: { '2022': 1, '2023': 1 } });
    expect(r['31']).toMatchObject({
      diagnostic: { taux: { '2022': 1, '2023': 0 }, numerateur: { '2022': 1, '2023': 0 }, denominateur: { '2022': 1, '2023': 1 } },
      objectifs: { taux: { '2022': 0, '2023': 0 }, numerateur: { '2022': 0, '2023': 0 }, denominateur: { '2022': 1, '2023': 1 } },
      contrat: { taux: { '2022': 0, '2023': 1 } },
    });
    expect(r['32']).toMatchObject({
      objectifs: { moyenne: { '2022': null, '2023': null }, numerateur: { '2022': 0, '2023': 0 }, denominateur: { '2022': 0, '2023': 0 } },
      actions: { moyenne: { '2022': 1, '2023': 1 } },
    });
  });

  it('indisponibles tant que rien n’a été saisi à la date de référence', async () => {
    // On 31/12/2021 exist only D0 (a diagnostic without domaine) and the contracts K2, K5; nobody is en accompagnement.
    const r = await calculer(prisma, { du: '2021-01-01', au: '2021-12-31' }, ['25', '26', '27', '28', '29', '30', '31', '32']);
    const absent = (mot: string) => ({ valeur: null, raison: expect.stringContaining(mot) as unknown });
    expect(r['25']).toEqual({ '2021': 0 });
    expect(r['26']).toEqual(absent('problématique'));
    expect(r['27']).toEqual(absent('objectif'));
    expect(r['28']).toEqual(absent('objectif'));
    expect(r['29']).toEqual({ foyers: { '2021': 0 }, par_type: { CER: { '2021': 0 }, CONTRAT_ACCOMPAGNEMENT: { '2021': 0 }, MASP: { '2021': 0 } } });
    expect(r['30']).toEqual(absent('action'));
    const vide = { taux: { '2021': null }, numerateur: { '2021': 0 }, denominateur: { '2021': 0 } };
    expect(r['31']).toEqual({
      diagnostic: vide,
      problematiques: absent('problématique'),
      objectifs: absent('objectif'),
      contrat: vide,
      actions: absent('action'),
    });
    expect(r['32']).toEqual({ problematiques: absent('problématique'), objectifs: absent('objectif'), actions: absent('action') });
  });
});
