/** Texts of the demo dossiers: comptes rendus, syntheses, objectives, actions, notes, bilans. */
import { type Random } from './random';

/** What the TS observes and works on, by domain (used in comptes rendus and diagnostic syntheses). */
const CONSTATS: Record<string, readonly string[]> = {
  ACCES_DROITS: [
    'Point sur les droits : le dossier de complémentaire santé solidaire est incomplet, liste des pièces remise.',
    'Aide à la déclaration trimestrielle de ressources ; les droits Caf sont suspendus faute de déclaration.',
    'Renouvellement du titre de séjour en cours, récépissé valable trois mois.',
    'Ouverture des droits à la prime d’activité vérifiée avec la personne sur le simulateur.',
  ],
  BUDGET: [
    'Budget établi ensemble : reste à vivre très faible après paiement du loyer et des crédits.',
    'Plusieurs crédits renouvelables en cours ; un dossier de surendettement est envisagé.',
    'Dette de loyer d’environ trois mois ; un plan d’apurement sera proposé au bailleur.',
    'La personne tient désormais un cahier de comptes ; les dépenses sont mieux maîtrisées.',
  ],
  ALIMENTATION: [
    'Difficultés pour se nourrir en fin de mois ; orientation vers l’épicerie solidaire.',
    'Demande d’aide alimentaire d’urgence ; colis remis en attendant le versement des prestations.',
  ],
  LOGEMENT: [
    'Logement suroccupé, demande de logement social à renouveler ; numéro unique vérifié.',
    'Procédure d’expulsion engagée : commandement de payer reçu, lien pris avec le bailleur.',
    'Logement indécent (humidité, chauffage défaillant) ; signalement prévu au service d’hygiène.',
    'Recherche d’un logement plus petit et moins cher après le départ des enfants.',
  ],
  HEBERGEMENT: [
    'Hébergée chez un tiers depuis deux mois, la situation n’est plus tenable ; demande SIAO déposée.',
    'Mise à l’abri à l’hôtel par le 115 ; point sur les démarches d’hébergement stable.',
  ],
  ENERGIE: [
    'Facture d’électricité impayée, coupure annoncée ; demande d’aide au fonds énergie préparée.',
    'Chèque énergie non utilisé ; explication de son fonctionnement.',
  ],
  EMPLOI: [
    'Recherche d’emploi active dans l’aide à domicile ; CV mis à jour ensemble.',
    'Inscription à France Travail à régulariser ; rendez-vous pris avec le conseiller.',
    'Reprise d’un emploi à temps partiel en CDD de six mois ; point sur les ressources.',
    'Projet de création d’une activité de couture, orientation vers un accompagnement à la création.',
  ],
  FORMATION: [
    'Souhaite une formation d’aide-soignante ; information sur les financements possibles.',
    'Cours de français langue étrangère proposés au centre social.',
  ],
  SANTE: [
    'Problèmes de santé qui freinent les démarches ; pas de médecin traitant, orientation vers la maison de santé.',
    'Suivi médical régulier repris ; dossier de reconnaissance de handicap évoqué.',
    'Soins dentaires reportés faute de mutuelle.',
  ],
  HANDICAP_AUTONOMIE: [
    'Dossier MDPH à constituer (AAH, RQTH) ; certificat médical à demander au médecin.',
    'Perte d’autonomie de la personne âgée ; demande d’APA et de portage de repas.',
  ],
  FAMILLE_PARENTALITE: [
    'Séparation récente, questions sur la pension alimentaire et la garde des enfants.',
    'Difficultés éducatives avec l’aîné ; lien proposé avec la PMI et le centre social.',
    'Frais de cantine impayés ; demande de tarif adapté auprès de la mairie.',
  ],
  VIOLENCES: [
    'Évoque des violences conjugales ; information sur les dispositifs de protection et le 3919.',
    'Mise à l’abri organisée ; accompagnement au dépôt de plainte proposé.',
  ],
  PSYCHOLOGIQUE: [
    'Grande fatigue morale, sentiment d’épuisement ; orientation vers le CMP.',
    'Anxiété importante depuis la perte d’emploi ; soutien et écoute.',
  ],
  ISOLEMENT: [
    'Personne très isolée, sans famille proche ; proposition d’activités au centre social.',
    'Peu de sorties, pas de réseau ; mise en lien avec une association de visiteurs bénévoles.',
  ],
  MOBILITE: [
    'Pas de permis ni de véhicule, les offres d’emploi sont inaccessibles ; information sur l’auto-école sociale.',
    'Demande de tarification solidaire des transports.',
  ],
  NUMERIQUE: [
    'Pas d’accès à internet ni d’adresse électronique ; création d’un compte et accompagnement aux démarches en ligne.',
    'Orientation vers l’atelier numérique de la médiathèque.',
  ],
  AUTRE: [
    'Point d’étape sur l’ensemble des démarches en cours.',
    'Questions diverses traitées ; la personne repart avec les informations attendues.',
  ],
};

const OUVERTURES: Record<'PRESENTIEL' | 'TELEPHONE' | 'DOMICILE', readonly string[]> = {
  PRESENTIEL: ['Entretien à l’EDS avec {personne}.', 'Reçu(e) en entretien à l’EDS : {personne}.', 'Entretien au bureau de permanence avec {personne}.'],
  TELEPHONE: ['Entretien téléphonique avec {personne}.', 'Échange par téléphone avec {personne}.'],
  DOMICILE: ['Visite à domicile chez {personne}.', 'Visite au domicile de {personne}, logement visité.'],
};

const SUITES = [
  'Prochain rendez-vous dans trois semaines.',
  'Nouveau point prévu dans un mois.',
  'La personne rappellera quand elle aura les justificatifs.',
  'Pièces à apporter au prochain rendez-vous : avis d’imposition, quittances.',
  'Un courrier sera adressé au partenaire cette semaine.',
  'Pas de nouvelle démarche à engager pour l’instant.',
] as const;

export const COMPTE_RENDU_PREMIER =
  'Premier entretien : présentation du service et recueil de la demande. La personne expose sa situation familiale et ses ressources.';

export function compteRendu(rng: Random, mode: 'PRESENTIEL' | 'TELEPHONE' | 'DOMICILE', personne: string, domaine: string, premier: boolean): string {
  const ouverture = rng.pick(OUVERTURES[mode]).replace('{personne}', personne);
  const constat = rng.pick(CONSTATS[domaine] ?? CONSTATS.AUTRE ?? SUITES);
  return [ouverture, premier ? COMPTE_RENDU_PREMIER : null, constat, rng.pick(SUITES)].filter((part) => part !== null).join(' ');
}

export function synthese(rng: Random, domaines: readonly string[]): string {
  const constats = domaines.map((domaine) => rng.pick(CONSTATS[domaine] ?? CONSTATS.AUTRE ?? SUITES));
  return `Évaluation sociale. ${constats.join(' ')}`;
}

const OBJECTIFS: Record<string, readonly string[]> = {
  ACCES_DROITS: ['Ouvrir les droits à la complémentaire santé solidaire', 'Régulariser la situation auprès de la Caf', 'Obtenir le renouvellement du titre de séjour'],
  BUDGET: ['Résorber la dette de loyer', 'Déposer un dossier de surendettement', 'Équilibrer le budget mensuel'],
  ALIMENTATION: ['Assurer la subsistance alimentaire du foyer', 'Accéder à l’épicerie solidaire'],
  LOGEMENT: ['Accéder à un logement social adapté', 'Se maintenir dans le logement', 'Faire réaliser les travaux par le propriétaire'],
  HEBERGEMENT: ['Obtenir une place d’hébergement stable', 'Sortir de l’hébergement chez un tiers'],
  ENERGIE: ['Éviter la coupure d’énergie', 'Réduire les factures d’énergie'],
  EMPLOI: ['Retrouver un emploi durable', 'Construire un projet professionnel', 'S’inscrire et être suivi par France Travail'],
  FORMATION: ['Entrer en formation qualifiante', 'Suivre des cours de français'],
  SANTE: ['Reprendre un suivi médical régulier', 'Désigner un médecin traitant'],
  HANDICAP_AUTONOMIE: ['Obtenir la reconnaissance du handicap', 'Mettre en place une aide à domicile'],
  FAMILLE_PARENTALITE: ['Fixer la pension alimentaire', 'Soutenir la fonction parentale'],
  VIOLENCES: ['Mettre la personne et les enfants en sécurité', 'Engager les démarches de protection'],
  PSYCHOLOGIQUE: ['Engager un suivi psychologique'],
  ISOLEMENT: ['Rompre l’isolement', 'Participer à une activité collective'],
  MOBILITE: ['Préparer le permis de conduire', 'Obtenir la tarification solidaire des transports'],
  NUMERIQUE: ['Devenir autonome dans les démarches en ligne'],
  AUTRE: ['Stabiliser la situation du foyer'],
};

export function libelleObjectif(rng: Random, domaine: string): string {
  return rng.pick(OBJECTIFS[domaine] ?? OBJECTIFS.AUTRE ?? ['Objectif']);
}

const ACTIONS: Record<string, readonly string[]> = {
  AIDE_FINANCIERE: ['Instruction d’une demande d’aide financière'],
  DEMARCHE_ADMINISTRATIVE: ['Constitution du dossier Caf', 'Demande de logement social renouvelée', 'Dossier MDPH envoyé', 'Courrier au bailleur', 'Dossier de surendettement déposé'],
  ORIENTATION_PARTENAIRE: ['Orientation vers le partenaire', 'Orientation pour un accompagnement spécialisé'],
  CONTACT_PARTENAIRE: ['Échange avec le partenaire sur la situation', 'Réunion de synthèse avec le partenaire'],
  ORIENTATION_SANTE: ['Orientation vers un médecin', 'Orientation vers le CMP'],
  FORMATION: ['Inscription à une formation', 'Positionnement sur une formation qualifiante'],
  ATELIER_COLLECTIF: ['Participation à l’atelier budget', 'Participation à l’atelier numérique', 'Atelier parentalité'],
  VISITE_ACCOMPAGNEE: ['Accompagnement physique à la préfecture', 'Visite d’un logement accompagnée'],
  AUTRE: ['Autre démarche'],
};

export function libelleAction(rng: Random, type: string): string {
  return rng.pick(ACTIONS[type] ?? ACTIONS.AUTRE ?? ['Action']);
}

export const PARTENAIRES_EXTERNES = [
  'Caf', 'France Travail', 'Mission locale', 'CPAM', 'CMP de secteur', 'Restos du cœur', 'Secours populaire',
  'Point conseil budget', 'Bailleur social Val-Habitat', 'PMI', 'Centre social des Tilleuls', 'SIAO', 'MDPH',
] as const;

export const NOTES = [
  'Appel du bailleur : le plan d’apurement est respecté depuis deux mois.',
  'La personne a appelé pour décaler le rendez-vous ; elle semble fragile.',
  'Échange avec la PMI : la situation des enfants ne suscite pas d’inquiétude particulière.',
  'Courrier de la Banque de France reçu : dossier de surendettement recevable.',
  'Signalement de l’école : absences répétées de l’aîné, à aborder au prochain entretien.',
  'Réunion de synthèse avec la Mission locale : projet de formation confirmé.',
  'Le fils aîné a quitté le logement ; mettre à jour la composition du foyer.',
  'Rappel des pièces manquantes par téléphone.',
] as const;

export const BILANS: Record<'POSITIVE' | 'NEUTRE' | 'NEGATIVE', readonly string[]> = {
  POSITIVE: [
    'Les objectifs fixés sont atteints ; la personne est autonome dans ses démarches.',
    'Situation stabilisée, fin de l’accompagnement d’un commun accord.',
  ],
  NEUTRE: [
    'Une partie des objectifs est atteinte ; le relais est pris par un autre intervenant.',
    'Fin de l’accompagnement ; la situation reste fragile mais ne relève plus d’un suivi régulier.',
  ],
  NEGATIVE: [
    'La personne ne s’est plus présentée malgré plusieurs relances.',
    'La personne ne souhaite plus être accompagnée.',
  ],
};

export const OBJETS_AIDE: Record<'ALIMENTATION' | 'LOGEMENT' | 'JEUNES' | 'FAMILLES' | 'DIVERS', readonly string[]> = {
  ALIMENTATION: ['Aide alimentaire d’urgence', 'Aide à la subsistance', 'Bons alimentaires'],
  LOGEMENT: ['Dette de loyer', 'Facture d’électricité', 'Dépôt de garantie', 'Facture de gaz', 'Premier loyer'],
  JEUNES: ['Aide à la subsistance (jeune)', 'Frais de formation', 'Titre de transport'],
  FAMILLES: ['Frais de cantine', 'Garde d’enfant', 'Fournitures scolaires'],
  DIVERS: ['Frais de santé', 'Réparation du véhicule pour l’emploi', 'Frais d’obsèques', 'Frais de permis de conduire'],
};

export const MOTIFS_CONTACT_TEXTE: Record<string, readonly string[]> = {
  DEMANDE_RDV: ['Souhaite rencontrer une assistante sociale', 'Demande un rendez-vous avec son travailleur social'],
  INFORMATION: ['Question sur les droits Caf', 'Renseignements sur les horaires et les permanences', 'Question sur un courrier reçu'],
  AIDE_FINANCIERE: ['Demande d’aide pour une facture', 'Demande d’aide alimentaire'],
  LOGEMENT: ['Menace d’expulsion', 'Demande de logement social', 'Hébergé chez un tiers'],
  ACCES_DROITS: ['Dossier de complémentaire santé', 'Renouvellement de droits'],
  URGENCE: ['Sans solution d’hébergement ce soir', 'Violences au domicile', 'Plus rien pour nourrir les enfants'],
  AUTRE: ['Dépôt de documents', 'Demande de domiciliation'],
};

export const MOTIFS_CARENCE = [
  'Aucun CER signé dans le mois suivant l’orientation.',
  'Absence aux rendez-vous de contractualisation malgré deux convocations.',
] as const;

export const RDV_SECRETARIAT = [
  'Aide à la constitution du dossier administratif ; copies des pièces réalisées.',
  'Mise à jour des coordonnées et des justificatifs du foyer.',
] as const;
