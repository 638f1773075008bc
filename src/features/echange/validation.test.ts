import { describe, expect, it } from 'vitest';
import { formatErreur } from './erreurs';
import { sourceMemoire } from './source';
import { validateSource, type Referentiel } from './validation';

const REFERENTIEL: Referentiel = {
  domaines: new Set(['BUDGET', 'LOGEMENT', 'SANTE']),
  typesAction: new Set(['AIDE_FINANCIERE', 'AUTRE']),
  motifsSortie: new Set(['RESOLUTION', 'PERDU_DE_VUE']),
  dispositifs: new Map([
    ['FUS', { min: 1_000, max: 300_000 }],
    ['FSL', { min: 1_000, max: 500_000 }],
  ]),
  eds: new Set(['EDS-BASE']),
  agents: new Set(['AG-BASE', 'SLG-A7']),
  personnes: new Set(['P-BASE']),
  foyers: new Set(['F-BASE', 'SLG-F12']),
  emailsAgents: new Map([['pris@cd.test', 'AG-BASE']]),
};

/** A minimal valid folder; `fichiers` replaces or adds files. */
function dossier(fichiers: Record<string, string> = {}): Record<string, string> {
  return {
    'eds.csv': 'code,nom,communes\nEDS1,EDS Un,94001;94002\n',
    'agents.csv': 'agent_id,nom,prenom,role,email\nAG1,Martin,Claire,TRAVAILLEUR_SOCIAL,claire@cd.test\n',
    'personnes.csv': 'personne_id,nom,prenom,date_naissance,sexe\nP1,Benali,Samira,1985-04-12,F\n',
    'foyers.csv': 'foyer_id,eds_code,commune\nF1,EDS1,94001\n',
    ...fichiers,
  };
}

async function erreurs(fichiers: Record<string, string>, referentiel: Referentiel = REFERENTIEL) {
  const v = await validateSource(sourceMemoire(fichiers), referentiel, { aujourdhui: '2025-06-15' });
  return v.erreurs.map(formatErreur);
}

describe('un dossier valide', () => {
  it('ne donne aucune erreur et date chaque foyer de sa première date', async () => {
    const v = await validateSource(
      sourceMemoire(
        dossier({
          'rendez_vous.csv': 'rdv_id,foyer_id,agent_id,debut,mode,statut\nR1,F1,AG1,2024-03-01T23:30,PRESENTIEL,HONORE\nR2,F1,AG1,2024-05-01T10:00,TELEPHONE,HONORE\n',
          'aides.csv': 'aide_id,foyer_id,dispositif,categorie,montant,statut,date_demande\nA1,F1,FUS,ALIMENTATION,257.50,DEMANDEE,2024-02-10\n',
        }),
      ),
      REFERENTIEL,
      { aujourdhui: '2025-06-15' },
    );
    expect(v.erreurs).toEqual([]);
    expect(v.fichiers.map((f) => [f.nom, f.lignes])).toEqual([
      ['eds.csv', 1],
      ['agents.csv', 1],
      ['personnes.csv', 1],
      ['foyers.csv', 1],
      ['rendez_vous.csv', 2],
      ['aides.csv', 1],
    ]);
    expect(v.premiersJours.get('F1')).toBe('2024-02-10');
  });

  it('tous les fichiers sont facultatifs : des rendez-vous de foyers et d’agents déjà en base suffisent', async () => {
    expect(
      await erreurs({ 'rendez_vous.csv': 'rdv_id,foyer_id,agent_id,debut,mode,statut\nR1,F-BASE,AG-BASE,2024-03-01T10:00,PRESENTIEL,HONORE\n' }),
    ).toEqual([]);
  });

  it('accepte les en-têtes dans n’importe quel ordre, en majuscules, avec des espaces', async () => {
    expect(await erreurs({ 'eds.csv': ' NOM , Code \nEDS Un,EDS1\n' })).toEqual([]);
  });
});

describe('en-tête et structure', () => {
  it('colonne inconnue (les références aux lignes de ce fichier ne sont alors pas vérifiées)', async () => {
    expect(await erreurs(dossier({ 'eds.csv': 'code,nom,couleur\nEDS1,EDS Un,bleu\n' }))).toEqual([
      'eds.csv:1: couleur: colonne inconnue (colonnes attendues : code, nom, communes)',
    ]);
  });

  it('colonne obligatoire absente (et les lignes du fichier ne sont pas lues)', async () => {
    expect(await erreurs({ 'personnes.csv': 'personne_id,nom,prenom,sexe\nP1,Benali,Samira,X\n' })).toEqual([
      'personnes.csv:1: date_naissance: colonne obligatoire absente de l’en-tête',
    ]);
  });

  it('colonne en double, fichier vide', async () => {
    expect(await erreurs({ 'eds.csv': 'code,nom,code\n', 'population.csv': '' })).toEqual([
      'eds.csv:1: code: colonne en double dans l’en-tête',
      'population.csv:1: fichier vide : la première ligne doit être l’en-tête (noms des colonnes)',
    ]);
  });

  it('nombre de champs différent de l’en-tête', async () => {
    expect(await erreurs(dossier({ 'eds.csv': 'code,nom,communes\nEDS1,EDS Un\nEDS2,"EDS, deux",94003,en trop\n' }))).toEqual([
      'eds.csv:2: la ligne a 2 champ(s) alors que l’en-tête a 3 colonnes',
      'eds.csv:3: la ligne a 4 champ(s) alors que l’en-tête a 3 colonnes',
    ]);
  });

  it('guillemets non fermés', async () => {
    expect(await erreurs(dossier({ 'eds.csv': 'code,nom\nEDS1,"EDS Un\n' }))).toEqual(['eds.csv:2: guillemets non fermés (ouverts à la ligne 2)']);
  });

  it('valeur obligatoire vide', async () => {
    expect(await erreurs(dossier({ 'agents.csv': 'agent_id,nom,prenom,role\nAG1,,Claire,SECRETAIRE\n' }))).toEqual([
      'agents.csv:2: nom: valeur obligatoire manquante',
    ]);
  });

  it('texte mal encodé (pas en UTF-8)', async () => {
    expect(await erreurs(dossier({ 'agents.csv': 'agent_id,nom,prenom,role\nAG1,Lef\uFFFDvre,Anne,SECRETAIRE\n' }))).toEqual([
      'agents.csv:2: nom: caractère illisible : le fichier doit être encodé en UTF-8',
    ]);
  });

  it('fichier inconnu : averti et ignoré ; aucun fichier du format : erreur', async () => {
    const v = await validateSource(sourceMemoire({ 'rdv.csv': 'x\n' }, '/import'), REFERENTIEL);
    expect(v.avertissements).toEqual(['fichier « rdv.csv » ignoré : ce n’est pas un des fichiers du format d’échange']);
    expect(v.erreurs.map(formatErreur)).toEqual([expect.stringMatching(/^\/import: aucun fichier du format d’échange/)]);
  });
});

describe('valeurs', () => {
  it('code inconnu d’une énumération', async () => {
    expect(await erreurs(dossier({ 'agents.csv': 'agent_id,nom,prenom,role\nAG1,Martin,Claire,STAGIAIRE\n' }))).toEqual([
      'agents.csv:2: role: valeur « STAGIAIRE » inconnue (valeurs possibles : SECRETAIRE, TRAVAILLEUR_SOCIAL, RESPONSABLE_EDS, RESPONSABLE_TERRITOIRE, DIRECTION, ADMIN, PARTENAIRE)',
    ]);
  });

  it('codes des listes de référence de la base : domaine, type d’action, motif de sortie, dispositif', async () => {
    expect(
      await erreurs(
        dossier({
          'diagnostics.csv': 'diagnostic_id,foyer_id,date,domaines\nD1,F1,2024-01-01,BUDGET;CHOMAGE;SANTE\n',
          'objectifs.csv': 'objectif_id,foyer_id,domaine,libelle,date\nO1,F1,LOGMENT,Trouver un logement,2024-01-01\n',
          'actions.csv': 'action_id,foyer_id,date,type\nAC1,F1,2024-01-01,APPEL\n',
          'bilans.csv': 'bilan_id,foyer_id,date,motif_sortie\nB1,F1,2024-01-01,GUERISON\n',
          'aides.csv': 'aide_id,foyer_id,dispositif,categorie,montant,statut,date_demande\nA1,F1,FAJ,JEUNES,100,DEMANDEE,2024-01-01\n',
        }),
      ),
    ).toEqual([
      'diagnostics.csv:2: domaines: domaine « CHOMAGE » inconnu (codes connus : BUDGET, LOGEMENT, SANTE)',
      'objectifs.csv:2: domaine: domaine « LOGMENT » inconnu (codes connus : BUDGET, LOGEMENT, SANTE)',
      'actions.csv:2: type: type d’action « APPEL » inconnu (codes connus : AIDE_FINANCIERE, AUTRE)',
      'bilans.csv:2: motif_sortie: motif de sortie « GUERISON » inconnu (codes connus : RESOLUTION, PERDU_DE_VUE)',
      'aides.csv:2: dispositif: dispositif « FAJ » inconnu (codes connus : FUS, FSL)',
    ]);
  });

  it('date impossible', async () => {
    expect(await erreurs(dossier({ 'personnes.csv': 'personne_id,nom,prenom,date_naissance,sexe\nP1,Benali,Samira,2023-02-30,F\n' }))).toEqual([
      'personnes.csv:2: date_naissance: date invalide « 2023-02-30 » : attendu AAAA-MM-JJ, une date qui existe',
    ]);
  });

  it('date au mauvais format', async () => {
    expect(await erreurs(dossier({ 'personnes.csv': 'personne_id,nom,prenom,date_naissance,sexe\nP1,Benali,Samira,12/04/1985,F\n' }))).toEqual([
      'personnes.csv:2: date_naissance: date invalide « 12/04/1985 » : attendu AAAA-MM-JJ, une date qui existe',
    ]);
  });

  it('date et heure : format, et heure sautée au passage à l’heure d’été', async () => {
    expect(
      await erreurs(
        dossier({
          'rendez_vous.csv':
            'rdv_id,foyer_id,agent_id,debut,mode,statut\nR1,F1,AG1,2024-03-01 10:00,PRESENTIEL,HONORE\nR2,F1,AG1,2024-03-31T02:30,PRESENTIEL,HONORE\n',
        }),
      ),
    ).toEqual([
      'rendez_vous.csv:2: debut: date et heure invalides « 2024-03-01 10:00 » : attendu AAAA-MM-JJTHH:MM (heure de Paris)',
      'rendez_vous.csv:3: debut: date et heure invalides « 2024-03-31T02:30 » : cette heure n’existe pas à Paris (passage à l’heure d’été)',
    ]);
  });

  it('fin avant le début', async () => {
    expect(
      await erreurs(
        dossier({
          'appartenances.csv': 'personne_id,foyer_id,role,debut,fin\nP1,F1,REFERENCE,2024-05-01,2024-04-30\n',
          'contrats.csv': 'contrat_id,foyer_id,type,debut,fin\nK1,F1,CER,2024-05-01,2024-01-01\n',
        }),
      ),
    ).toEqual([
      'appartenances.csv:2: fin: la fin (2024-04-30) précède le début (2024-05-01)',
      'contrats.csv:2: fin: la fin (2024-01-01) précède le début (2024-05-01)',
    ]);
  });

  it('date de naissance dans le futur', async () => {
    expect(await erreurs(dossier({ 'personnes.csv': 'personne_id,nom,prenom,date_naissance,sexe\nP1,Benali,Samira,2025-06-16,F\nP2,Benali,Nour,2025-06-15,F\n' }))).toEqual([
      'personnes.csv:2: date_naissance: date de naissance dans le futur (2025-06-16)',
    ]);
  });

  it('montant hors des bornes du dispositif, et montant mal écrit', async () => {
    const aides = [
      'aide_id,foyer_id,dispositif,categorie,montant,statut,date_demande',
      'A1,F1,FUS,ALIMENTATION,9.99,DEMANDEE,2024-01-01',
      'A2,F1,FUS,ALIMENTATION,10,DEMANDEE,2024-01-01',
      'A3,F1,FUS,ALIMENTATION,3000.00,DEMANDEE,2024-01-01',
      'A4,F1,FUS,ALIMENTATION,37242,DEMANDEE,2024-01-01',
      'A5,F1,FUS,ALIMENTATION,"12,50",DEMANDEE,2024-01-01',
      'A6,F1,FSL,LOGEMENT,4999.999,DEMANDEE,2024-01-01',
    ].join('\n');
    const e = (await erreurs(dossier({ 'aides.csv': aides }))).map((m) => m.replace(/[\u202f\u00a0]/g, ' '));
    expect(e).toEqual([
      'aides.csv:2: montant: montant 9,99 € hors des bornes du dispositif FUS (de 10,00 € à 3 000,00 €)',
      'aides.csv:5: montant: montant 37 242,00 € hors des bornes du dispositif FUS (de 10,00 € à 3 000,00 €)',
      'aides.csv:6: montant: montant invalide « 12,50 » : attendu un nombre positif en euros avec un point et au plus 2 décimales (ex. 123.45)',
      'aides.csv:7: montant: montant invalide « 4999.999 » : attendu un nombre positif en euros avec un point et au plus 2 décimales (ex. 123.45)',
    ]);
  });

  it('aide payée sans date de paiement, décision avant la demande', async () => {
    expect(
      await erreurs(
        dossier({
          'aides.csv':
            'aide_id,foyer_id,dispositif,categorie,montant,statut,date_demande,date_decision\nA1,F1,FUS,ALIMENTATION,100,PAYEE,2024-02-01,2024-01-01\n',
        }),
      ),
    ).toEqual([
      'aides.csv:2: date_decision: la décision (2024-01-01) précède la demande (2024-02-01)',
      'aides.csv:2: date_paiement: une aide payée doit avoir une date de paiement',
    ]);
  });

  it.each([
    ['0', false],
    ['0.0', false],
    ['1.5', false],
    ['0,5', false],
    ['-0.5', false],
    ['0.8333', false],
    ['0.5', true],
    ['0.833', true],
    ['1', true],
    ['1.000', true],
  ])('quotité « %s » acceptée : %s', async (quotite, ok) => {
    const e = await erreurs(dossier({ 'affectations.csv': `agent_id,eds_code,debut,quotite\nAG1,EDS1,2024-01-01,"${quotite}"\n` }));
    if (ok) expect(e).toEqual([]);
    else expect(e).toEqual([expect.stringMatching(/^affectations\.csv:2: quotite: quotité invalide « .* » : attendu un nombre strictement supérieur à 0 et au plus 1/)]);
  });

  it('durée de rendez-vous et année hors limites', async () => {
    expect(
      await erreurs(
        dossier({
          'rendez_vous.csv': 'rdv_id,foyer_id,agent_id,debut,duree_minutes,mode,statut\nR1,F1,AG1,2024-03-01T10:00,0,PRESENTIEL,HONORE\n',
          'population.csv': 'annee,population\n1850,1000\n',
        }),
      ),
    ).toEqual([
      'population.csv:2: annee: année invalide « 1850 » : attendu un entier de 1900 à 2200',
      'rendez_vous.csv:2: duree_minutes: durée invalide « 0 » : attendu un entier de 1 à 720',
    ]);
  });

  it('code commune INSEE et adresse e-mail mal formés', async () => {
    expect(
      await erreurs(dossier({ 'eds.csv': 'code,nom,communes\nEDS1,EDS Un,94001;9400\n', 'agents.csv': 'agent_id,nom,prenom,role,email\nAG1,M,C,ADMIN,pas-une-adresse\n' })),
    ).toEqual([
      'eds.csv:2: communes: code commune INSEE invalide « 9400 » : attendu 5 caractères (ex. 94028, 2A004)',
      'agents.csv:2: email: adresse e-mail invalide « pas-une-adresse »',
    ]);
  });
});

describe('identifiants et références', () => {
  it('identifiant en double dans un fichier', async () => {
    expect(await erreurs(dossier({ 'personnes.csv': 'personne_id,nom,prenom,date_naissance,sexe\nP1,A,B,1980-01-01,F\nP2,C,D,1980-01-01,M\nP1,E,F,1980-01-01,F\n' }))).toEqual([
      'personnes.csv:4: personne_id: identifiant « P1 » en double (déjà à la ligne 2)',
    ]);
  });

  it('ligne en double pour une clé composée (appartenance, orientation RSA, ressources)', async () => {
    expect(
      await erreurs(
        dossier({
          'appartenances.csv': 'personne_id,foyer_id,role,debut\nP1,F1,REFERENCE,2024-01-01\nP1,F1,AUTRE,2024-01-01\nP1,F1,AUTRE,2024-02-01\n',
          'ressources.csv': 'foyer_id,annee,autres\nF1,2023,100\nF1,2023,200\n',
        }),
      ),
    ).toEqual([
      'appartenances.csv:3: personne_id: ligne en double pour (personne_id, foyer_id, debut) = (P1, F1, 2024-01-01) (déjà à la ligne 2)',
      'ressources.csv:3: foyer_id: ligne en double pour (foyer_id, annee) = (F1, 2023) (déjà à la ligne 2)',
    ]);
  });

  it('référence pendante : un rendez-vous dont le foyer n’est ni dans le dossier ni dans la base', async () => {
    expect(
      await erreurs(
        dossier({
          'rendez_vous.csv':
            'rdv_id,foyer_id,personne_id,agent_id,debut,mode,statut\nR1,F1,P1,AG1,2024-03-01T10:00,PRESENTIEL,HONORE\nR2,F9,P9,AG9,2024-03-01T10:00,PRESENTIEL,HONORE\nR3,F-BASE,P-BASE,AG-BASE,2024-03-01T10:00,PRESENTIEL,HONORE\n',
        }),
      ),
    ).toEqual([
      'rendez_vous.csv:3: foyer_id: foyer « F9 » introuvable : ni dans foyers.csv ni dans la base',
      'rendez_vous.csv:3: personne_id: personne « P9 » introuvable : ni dans personnes.csv ni dans la base',
      'rendez_vous.csv:3: agent_id: agent « AG9 » introuvable : ni dans agents.csv ni dans la base',
    ]);
  });

  it('un foyer qui référence un EDS inconnu reste connu des fichiers suivants (pas d’erreurs en cascade)', async () => {
    expect(
      await erreurs(
        dossier({
          'foyers.csv': 'foyer_id,eds_code\nF1,EDS-X\n',
          'bilans.csv': 'bilan_id,foyer_id,date,motif_sortie\nB1,F1,2024-01-01,RESOLUTION\n',
        }),
      ),
    ).toEqual(['foyers.csv:2: eds_code: EDS « EDS-X » introuvable : ni dans eds.csv ni dans la base']);
  });

  it('une commune dans deux EDS ; une adresse e-mail prise par un autre agent', async () => {
    expect(
      await erreurs(
        dossier({
          'eds.csv': 'code,nom,communes\nEDS1,Un,94001\nEDS2,Deux,94002;94001\n',
          'agents.csv': 'agent_id,nom,prenom,role,email\nAG1,A,B,ADMIN,a@cd.test\nAG2,C,D,ADMIN,a@cd.test\nAG3,E,F,ADMIN,pris@cd.test\nAG-BASE,G,H,ADMIN,pris@cd.test\n',
        }),
      ),
    ).toEqual([
      'eds.csv:3: communes: commune 94001 déjà rattachée à l’EDS « EDS1 » (ligne 2)',
      'agents.csv:3: email: adresse e-mail « a@cd.test » déjà donnée à un autre agent (ligne 2)',
      'agents.csv:4: email: adresse e-mail « pris@cd.test » déjà utilisée dans la base par l’agent « AG-BASE »',
      'agents.csv:5: email: adresse e-mail « pris@cd.test » déjà donnée à un autre agent (ligne 4)',
    ]);
  });

  it('relève les identifiants générés par un export (SLG-…) que des lignes de la base peuvent adopter', async () => {
    const v = await validateSource(
      sourceMemoire({
        'rendez_vous.csv': 'rdv_id,foyer_id,agent_id,debut,mode,statut\nSLG-R5,SLG-F12,SLG-A7,2024-03-01T10:00,PRESENTIEL,HONORE\nR6,F-BASE,AG-BASE,2024-03-01T10:00,PRESENTIEL,HONORE\n',
      }),
      REFERENTIEL,
    );
    expect(v.erreurs).toEqual([]);
    expect(Object.fromEntries([...v.idsGeneres].map(([t, ids]) => [t, [...ids]]))).toEqual({
      rendez_vous: ['SLG-R5'],
      foyer: ['SLG-F12'],
      agent: ['SLG-A7'],
    });
  });
});

describe('compte des erreurs', () => {
  it('garde les 200 premières dans l’ordre des lignes et les compte toutes', async () => {
    const lignes = Array.from({ length: 250 }, (_, i) => `P${i},Nom,Prénom,2023-02-30,F`);
    const v = await validateSource(sourceMemoire({ 'personnes.csv': `personne_id,nom,prenom,date_naissance,sexe\n${lignes.join('\n')}\n` }), REFERENTIEL);
    expect(v.totalErreurs).toBe(250);
    expect(v.erreurs).toHaveLength(200);
    expect(v.erreurs[0]?.ligne).toBe(2);
    expect(v.erreurs[199]?.ligne).toBe(201);
  });
});
