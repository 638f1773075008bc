/**
 * Indicators 50–52, 54, 55 (population RSA, CER, aides) against hand-computed values: over two years with a
 * person moving from an E1 foyer to an E2 foyer, a foyer's CER naming no one, an aid granted one year and paid
 * the next (scoped: EDS, --rsa); then simple one-year cases.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { testClient } from '../factories/monde';
import { resetDatabase } from '../setup/reset';
import { base, calculer, csv, importer, rendezVous } from './fixture';

const prisma = testClient();

describe('sur deux ans, avec un déménagement', () => {
  const periode = { du: '2022-01-01', au: '2023-12-31' };

  beforeAll(async () => {
    await resetDatabase();
    const fichiers = base();
    await importer(prisma, {
      ...fichiers,
      // P_X lives in F5 (E1) until 30/06/2022, then in G2 (E2).
      'personnes.csv': `${fichiers['personnes.csv']}P_X,NomX,Prenom,1985-01-01,M,,\n`,
      'appartenances.csv': `${fichiers['appartenances.csv']}P_X,F5,CONJOINT,2010-01-01,2022-06-30\nP_X,G2,CONJOINT,2022-07-01,\n`,
      'rsa.csv': csv('personne_id,debut,fin,orientation', [
        ['P_F1', '2022-01-01', '', 'SOCIALE_DEPARTEMENT'],
        ['P_G1', '2022-03-01', '2023-05-31', 'SOCIALE_DEPARTEMENT'],
        ['P_X', '2021-01-01', '', 'SOCIALE_DEPARTEMENT'],
        // Oriented to a partner: not the département's population.
        ['P_G3', '2022-01-01', '', 'SOCIALE_PARTENAIRE'],
      ]),
      'contrats.csv': csv('contrat_id,foyer_id,personne_id,type,debut,fin,agent_id', [
        // G1's CER naming no one: P_G1's, as a member of G1.
        ['K1', 'G1', '', 'CER', '2022-06-01', '2023-05-31', 'T2'],
        // In force on 31/12/2023, its last day.
        ['K2', 'G2', 'P_X', 'CER', '2023-01-01', '2023-12-31', 'T2'],
        // Not a CER.
        ['K3', 'F1', 'P_F1', 'CONTRAT_ACCOMPAGNEMENT', '2022-01-01', '2023-12-31', 'T1'],
      ]),
      'rendez_vous.csv': rendezVous([
        // G1: accompagnement 01/02 → 01/04/2022.
        ['R1', 'G1', 'T2', '2022-02-01', 'PRESENTIEL', 'HONORE'],
        ['R2', 'G1', 'T2', '2022-03-01', 'PRESENTIEL', 'HONORE'],
        ['R3', 'G1', 'T2', '2022-04-01', 'PRESENTIEL', 'HONORE'],
        // F1: information in 2023.
        ['R4', 'F1', 'T1', '2023-05-01', 'PRESENTIEL', 'HONORE'],
      ]),
      'contacts.csv': csv('contact_id,foyer_id,personne_id,date,canal,agent_id,motif', [['C1', 'G2', '', '2023-02-01', 'PHYSIQUE', 'S1', '']]),
      'aides.csv': csv('aide_id,foyer_id,dispositif,categorie,montant,statut,date_demande,date_decision,date_paiement', [
        ['AD1', 'G1', 'FUS', 'ALIMENTATION', '200', 'PAYEE', '2022-01-10', '2022-01-15', '2022-01-20'],
        // Granted in December 2022, paid in January 2023: an aided foyer both years (52), paid in 2023 (54).
        ['AD2', 'F1', 'FSL', 'LOGEMENT', '1000', 'PAYEE', '2022-12-01', '2022-12-10', '2023-01-05'],
        // Only requested, or cancelled: never counted as aided.
        ['AD3', 'F2', 'FUS', 'DIVERS', '50', 'DEMANDEE', '2023-02-01', '', ''],
        ['AD4', 'F3', 'FUS', 'DIVERS', '60', 'ANNULEE', '2023-02-01', '2023-02-05', ''],
        ['AD5', 'G2', 'FAJ', 'JEUNES', '150', 'ACCORDEE', '2023-03-01', '2023-03-02', ''],
        ['AD6', 'G1', 'FUS', 'FAMILLES', '120', 'PAYEE', '2022-05-01', '2022-05-02', '2022-05-03'],
      ]),
    });
    const px = await prisma.personne.findUniqueOrThrow({ where: { externalId: 'P_X' } });
    const pg1 = await prisma.personne.findUniqueOrThrow({ where: { externalId: 'P_G1' } });
    await prisma.constatCarence.createMany({
      data: [
        // While P_X was in F5 (E1).
        { personneId: px.id, date: new Date('2022-03-01') },
        // P_G1's orientation ends on 31/05/2023: counted in 2023 all the same.
        { personneId: pg1.id, date: new Date('2023-03-01') },
      ],
    });
  });

  describe('indicateur 50 : population RSA', () => {
    // 2022: F1 (P_F1), G1 (P_G1 from 01/03), F5 and G2 (P_X, before and after the move); 2023: F1, G1, G2.
    const departement = {
      foyers: { '2022': 4, '2023': 3 },
      accueillis: { '2022': 1, '2023': 2 }, // 2022 G1 (rdv); 2023 F1 (rdv), G2 (contact with a secrétaire)
      information: { '2022': 0, '2023': 1 },
      accompagnement: { '2022': 1, '2023': 0 },
    };

    it('compte les foyers de la population et, parmi eux, accueillis, en information, en accompagnement', async () => {
      expect((await calculer(prisma, periode, ['50']))['50']).toEqual(departement);
    });

    it('donne la même chose avec le paramètre RSA', async () => {
      expect((await calculer(prisma, { ...periode, rsa: true }, ['50']))['50']).toEqual(departement);
    });

    it('se restreint à un EDS', async () => {
      expect((await calculer(prisma, { ...periode, eds: 'E2' }, ['50']))['50']).toEqual({
        foyers: { '2022': 2, '2023': 2 },
        accueillis: { '2022': 1, '2023': 1 },
        information: { '2022': 0, '2023': 0 },
        accompagnement: { '2022': 1, '2023': 0 },
      });
    });
  });

  describe('indicateur 51 : CER en cours de validité', () => {
    it('compte, au dernier jour de chaque année, les orientés avec et sans CER, et les constats de l’année', async () => {
      // 31/12/2022: P_F1 (no CER: K3 is not one), P_G1 (G1's CER), P_X (K2 starts in 2023).
      // 31/12/2023: P_F1 (none), P_X (K2 ends that day).
      expect((await calculer(prisma, periode, ['51']))['51']).toEqual({
        orientes: { '2022': 3, '2023': 2 },
        avec_cer: { '2022': 1, '2023': 1 },
        sans_cer: { '2022': 2, '2023': 1 },
        taux: { '2022': 1 / 3, '2023': 0.5 },
        constats_carence: { '2022': 1, '2023': 1 },
      });
    });

    it('se restreint à un EDS : l’appartenance au foyer le jour concerné décide', async () => {
      // E2 on 31/12/2022: P_G1 (CER), P_X (now in G2); P_X's constat of 01/03/2022 was in F5 (E1).
      expect((await calculer(prisma, { ...periode, eds: 'E2' }, ['51']))['51']).toEqual({
        orientes: { '2022': 2, '2023': 1 },
        avec_cer: { '2022': 1, '2023': 1 },
        sans_cer: { '2022': 1, '2023': 0 },
        taux: { '2022': 0.5, '2023': 1 },
        constats_carence: { '2022': 0, '2023': 1 },
      });
    });
  });

  describe('indicateurs 52, 54 et 55 : aides', () => {
    it('52 : aides accordées ou payées dans l’année, dont foyers accompagnés', async () => {
      // 2022: G1 (paid, in accompagnement), F1 (granted 10/12); 2023: F1 (paid), G2 (granted). AD3, AD4 never.
      expect((await calculer(prisma, periode, ['52']))['52']).toEqual({ foyers: { '2022': 2, '2023': 2 }, dont_accompagnes: { '2022': 1, '2023': 0 } });
      expect((await calculer(prisma, { ...periode, eds: 'E2' }, ['52']))['52']).toEqual({ foyers: { '2022': 1, '2023': 1 }, dont_accompagnes: { '2022': 1, '2023': 0 } });
    });

    it('54 : aides payées par année de paiement, par type, par dispositif, pour les accompagnés', async () => {
      const r = await calculer(prisma, periode, ['54']);
      expect(r['54']).toMatchObject({
        nombre: { '2022': 2, '2023': 1 },
        montant: { '2022': 320, '2023': 1000 },
        foyers: { '2022': 1, '2023': 1 },
        par_type: {
          ALIMENTATION: { nombre: { '2022': 1, '2023': 0 }, montant: { '2022': 200, '2023': 0 }, foyers: { '2022': 1, '2023': 0 } },
          LOGEMENT: { montant: { '2022': 0, '2023': 1000 } },
          FAMILLES: { montant: { '2022': 120, '2023': 0 } },
          JEUNES: { nombre: { '2022': 0, '2023': 0 } },
        },
        par_dispositif: { FUS: { nombre: { '2022': 2, '2023': 0 }, montant: { '2022': 320, '2023': 0 } }, FSL: { montant: { '2022': 0, '2023': 1000 } } },
        // G1 was in accompagnement in 2022; F1 was in information in 2023.
        accompagnes: { nombre: { '2022': 2, '2023': 0 }, montant: { '2022': 320, '2023': 0 }, foyers: { '2022': 1, '2023': 0 } },
        demandes: { '2022': 3, '2023': 3 },
        accordees: { '2022': 3, '2023': 1 },
        refusees: { '2022': 0, '2023': 0 },
      });
      expect((await calculer(prisma, { ...periode, eds: 'E1' }, ['54']))['54']).toMatchObject({ nombre: { '2022': 0, '2023': 1 }, montant: { '2022': 0, '2023': 1000 } });
    });

    it('55 : types d’aides et montants par foyer aidé, pour un EDS, sans rien inventer l’année sans aide', async () => {
      const r = await calculer(prisma, { ...periode, eds: 'E2' }, ['55']);
      const bornes = ['0-99', '100-249', '250-499', '500-999', '1000-1999', '2000-4999', '5000+'];
      // E2, 2022: G1 paid 200 € (ALIMENTATION) + 120 € (FAMILLES), in accompagnement; 2023: nothing paid.
      const perimetre = {
        foyers: { '2022': 1, '2023': 0 },
        types_par_foyer: { '2022': 2, '2023': null },
        montant_par_type_et_foyer: { '2022': 160, '2023': null },
        montant_par_foyer: { '2022': 320, '2023': null },
        distribution_montant_par_foyer: { '2022': { bornes, effectifs: [0, 0, 1, 0, 0, 0, 0] }, '2023': { bornes, effectifs: [0, 0, 0, 0, 0, 0, 0] } },
      };
      expect(r['55']).toEqual({
        ...perimetre,
        montant_moyen_par_type: {
          ALIMENTATION: { '2022': 200, '2023': null },
          LOGEMENT: { '2022': null, '2023': null },
          JEUNES: { '2022': null, '2023': null },
          FAMILLES: { '2022': 120, '2023': null },
          DIVERS: { '2022': null, '2023': null },
        },
        accompagnes: perimetre,
      });
    });
  });
});

describe('sur un an : population RSA et CER', () => {
  const periode = { du: '2022-01-01', au: '2022-12-31' };

  beforeAll(async () => {
    await resetDatabase();
    await importer(prisma, {
      ...base(),
      'rsa.csv': csv('personne_id,debut,fin,orientation', [
        ['P_F1', '2022-01-01', '', 'SOCIALE_DEPARTEMENT'],
        ['P_F2', '2022-01-01', '', 'SOCIALE_DEPARTEMENT'],
        ['P_F3', '2022-01-01', '', 'PROFESSIONNELLE'],
        // Ended mid-2022: in the RSA population of 2022 (50), not oriented on 31/12 (51).
        ['P_G1', '2021-01-01', '2022-06-30', 'SOCIALE_DEPARTEMENT'],
      ]),
      'contrats.csv': csv('contrat_id,foyer_id,personne_id,type,debut,fin,agent_id', [
        ['K1', 'F1', 'P_F1', 'CER', '2022-03-01', '2023-02-28', 'T1'],
        // A foyer's CER naming no one, expired before 31/12.
        ['K2', 'F2', '', 'CER', '2022-01-01', '2022-06-30', 'T1'],
      ]),
      'rendez_vous.csv': rendezVous([['R1', 'F1', 'T1', '2022-04-01', 'PRESENTIEL', 'HONORE']]),
    });
    const p2 = await prisma.personne.findUniqueOrThrow({ where: { externalId: 'P_F2' } });
    await prisma.constatCarence.create({ data: { personneId: p2.id, date: new Date('2022-09-01') } });
  });

  it('50 : foyers de la population RSA et, parmi eux, accueillis, en information, en accompagnement', async () => {
    // F1, F2, G1 (oriented until 30/06); F3 is oriented to a professional accompaniment. F1 has one honoured rdv.
    const r = await calculer(prisma, periode, ['50']);
    expect(r['50']).toEqual({ foyers: { '2022': 3 }, accueillis: { '2022': 1 }, information: { '2022': 1 }, accompagnement: { '2022': 0 } });
  });

  it('51 : orientés avec et sans CER en cours de validité, constats de carence', async () => {
    // On 31/12/2022: P_F1 (K1 in force), P_F2 (K2 expired); P_F2's constat of 01/09/2022.
    const r = await calculer(prisma, periode, ['51']);
    expect(r['51']).toEqual({ orientes: { '2022': 2 }, avec_cer: { '2022': 1 }, sans_cer: { '2022': 1 }, taux: { '2022': 0.5 }, constats_carence: { '2022': 1 } });
  });

  it('le paramètre RSA restreint les autres indicateurs à cette population', async () => {
    const r = await calculer(prisma, { ...periode, rsa: true }, ['1']);
    expect(r['1']).toMatchObject({ foyers: { '2022': 1 } });
  });
});

describe('sur un an : aides', () => {
  const periode = { du: '2022-01-01', au: '2022-12-31' };
  const bornes = ['0-99', '100-249', '250-499', '500-999', '1000-1999', '2000-4999', '5000+'];

  beforeAll(async () => {
    await resetDatabase();
    await importer(prisma, {
      ...base(),
      // F1 is in accompagnement in 2022 (3 honoured rdv within 12 months).
      'rendez_vous.csv': rendezVous([
        ['R1', 'F1', 'T1', '2022-01-03', 'PRESENTIEL', 'HONORE'],
        ['R2', 'F1', 'T1', '2022-02-03', 'PRESENTIEL', 'HONORE'],
        ['R3', 'F1', 'T1', '2022-03-03', 'PRESENTIEL', 'HONORE'],
      ]),
      'aides.csv': csv('aide_id,foyer_id,dispositif,categorie,montant,statut,date_demande,date_decision,date_paiement', [
        ['A1', 'F1', 'FUS', 'ALIMENTATION', '100.50', 'PAYEE', '2022-01-10', '2022-01-15', '2022-02-01'],
        ['A2', 'F1', 'FUS', 'LOGEMENT', '200', 'PAYEE', '2022-03-01', '2022-03-05', '2022-03-10'],
        // Requested and granted in 2021, paid in 2022: counted in 2022.
        ['A3', 'F2', 'FSL', 'LOGEMENT', '500', 'PAYEE', '2021-12-01', '2021-12-20', '2022-01-05'],
        // Granted, not yet paid: an aided foyer (52), not a paid aid (54).
        ['A4', 'F3', 'FAJ', 'JEUNES', '300', 'ACCORDEE', '2022-05-01', '2022-05-10', ''],
        ['A5', 'F4', 'FUS', 'DIVERS', '50', 'REFUSEE', '2022-06-01', '2022-06-10', ''],
        ['A6', 'G1', 'FUS', 'FAMILLES', '80', 'PAYEE', '2022-07-01', '2022-07-02', '2022-07-03'],
      ]),
    });
  });

  it('52 : foyers aidés (aides accordées ou payées) et ceux en accompagnement', async () => {
    // F1, F2 (paid), F3 (granted), G1 (paid); F4's aid was refused. F1 alone is in accompagnement.
    const r = await calculer(prisma, periode, ['52']);
    expect(r['52']).toEqual({ foyers: { '2022': 4 }, dont_accompagnes: { '2022': 1 } });
  });

  it('54 : aides payées par catégorie, par dispositif, pour les accompagnés, et demandes à côté', async () => {
    const r = await calculer(prisma, periode, ['54']);
    expect(r['54']).toMatchObject({
      // Paid in 2022: A1 100.50, A2 200, A3 500, A6 80 = 880.50 € for F1, F2, G1.
      nombre: { '2022': 4 },
      montant: { '2022': 880.5 },
      foyers: { '2022': 3 },
      par_type: {
        ALIMENTATION: { nombre: { '2022': 1 }, montant: { '2022': 100.5 }, foyers: { '2022': 1 } },
        LOGEMENT: { nombre: { '2022': 2 }, montant: { '2022': 700 }, foyers: { '2022': 2 } },
        JEUNES: { nombre: { '2022': 0 }, montant: { '2022': 0 }, foyers: { '2022': 0 } },
        FAMILLES: { nombre: { '2022': 1 }, montant: { '2022': 80 } },
      },
      par_dispositif: { FUS: { nombre: { '2022': 3 }, montant: { '2022': 380.5 }, foyers: { '2022': 2 } }, FSL: { montant: { '2022': 500 } } },
      accompagnes: { nombre: { '2022': 2 }, montant: { '2022': 300.5 }, foyers: { '2022': 1 } },
      demandes_par_statut: { PAYEE: { '2022': 3 }, ACCORDEE: { '2022': 1 }, REFUSEE: { '2022': 1 }, DEMANDEE: { '2022': 0 } },
      // Requested in 2022: A1, A2, A4, A5, A6 (A3 in 2021). Decided in 2022: granted A1, A2, A4, A6; refused A5.
      demandes: { '2022': 5 },
      accordees: { '2022': 4 },
      refusees: { '2022': 1 },
    });
  });

  it('55 : types d’aides et montants par foyer aidé, pour tous et pour les accompagnés', async () => {
    const r = await calculer(prisma, periode, ['55']);
    // Paid in 2022: F1 100.50 (ALIMENTATION) + 200 (LOGEMENT); F2 500 (LOGEMENT); G1 80 (FAMILLES).
    expect(r['55']).toEqual({
      foyers: { '2022': 3 },
      types_par_foyer: { '2022': (2 + 1 + 1) / 3 },
      // Val-de-Marne table n° 112: total amount / (foyer, type) pairs.
      montant_par_type_et_foyer: { '2022': 880.5 / 4 },
      montant_par_foyer: { '2022': 880.5 / 3 },
      distribution_montant_par_foyer: { '2022': { bornes, effectifs: [1, 0, 1, 1, 0, 0, 0] } },
      montant_moyen_par_type: {
        ALIMENTATION: { '2022': 100.5 },
        LOGEMENT: { '2022': 350 },
        JEUNES: { '2022': null },
        FAMILLES: { '2022': 80 },
        DIVERS: { '2022': null },
      },
      // F1 alone is in accompagnement: 300.50 € over 2 types.
      accompagnes: {
        foyers: { '2022': 1 },
        types_par_foyer: { '2022': 2 },
        montant_par_type_et_foyer: { '2022': 150.25 },
        montant_par_foyer: { '2022': 300.5 },
        distribution_montant_par_foyer: { '2022': { bornes, effectifs: [0, 0, 1, 0, 0, 0, 0] } },
      },
    });
  });

  it('se restreint à un EDS', async () => {
    const r = await calculer(prisma, { ...periode, eds: 'E2' }, ['52', '54']);
    expect(r['52']).toEqual({ foyers: { '2022': 1 }, dont_accompagnes: { '2022': 0 } });
    expect(r['54']).toMatchObject({ nombre: { '2022': 1 }, montant: { '2022': 80 } });
  });
});
