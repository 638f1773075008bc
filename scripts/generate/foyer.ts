/**
 * One foyer and its whole history, written straight into the batch's COPY rows: members, fiches contact,
 * périodes d'action sociale of TS rdv (honoured, missed, cancelled, upcoming), diagnostic, objectives,
 * actions, contracts, financial aids, RSA orientations with CER, bilan, yearly resources, and the dossier.
 * The foyer draws from its own generator (forked from the graine), and nothing is kept once it is written
 * except the agents' slots: memory does not grow with the number of foyers.
 */
import {
  type AnnulePar,
  type Canal,
  type CategorieAide,
  type ClasseSortie,
  type ModePaiement,
  type ModeRendezVous,
  type OrientationRsa,
  type ResultatObjectif,
  type RoleFoyer,
  type Sequence,
  type Sexe,
  type StatutAide,
  type StatutRendezVous,
  type SuiteContact,
} from '@/generated/prisma/client';
import { DOMAINE_WEIGHTS } from '../../prisma/seed/accompagnement';
import { addDays, addMonths, addYears, ageOn, daysBetween, maxDate, minDate, nextWeekday, parisTime } from '../../prisma/seed/calendar';
import { emailLocalPart, NOMS, PRENOMS_F, PRENOMS_M, RUES } from '../../prisma/seed/names';
import { type Random } from '../../prisma/seed/random';
import { available, type Referentiels } from '../../prisma/seed/referentiels';
import {
  BILANS,
  compteRendu,
  libelleAction,
  libelleObjectif,
  MOTIFS_CARENCE,
  MOTIFS_CONTACT_TEXTE,
  NOTES,
  OBJETS_AIDE,
  PARTENAIRES_EXTERNES,
  RDV_SECRETARIAT,
  synthese,
} from '../../prisma/seed/texts';
import { type Creneaux } from './agenda';
import { euros, instant, jour, type Sortie } from './copie';
import { geometrique, logNormale, poisson } from './lois';
import { estActif, secretaireDuJour, tsDuJour, type EdsGen, type Organisation, type Poste } from './organisation';
import { type Statistiques } from './statistiques';

// ───────── Parameters (calibrated on the Val-de-Marne report, see docs/benchmarks.md) ─────────

type Profil = 'contact' | 'information' | 'accompagnement' | 'intensif' | 'deux_pas';
export type Nature = 'information' | 'accompagnement' | 'intensif';

const PROFILS: readonly (readonly [Profil, number])[] = [
  ['contact', 0.09], ['information', 0.52], ['accompagnement', 0.22], ['intensif', 0.05], ['deux_pas', 0.12],
];
const PROFILS_RSA: readonly (readonly [Profil, number])[] = [
  ['contact', 0.03], ['information', 0.27], ['accompagnement', 0.36], ['intensif', 0.14], ['deux_pas', 0.2],
];
/** Share of foyers drawn as RSA foyers (about a fifth of the persons end up oriented). */
const PART_RSA = 0.36;

/** Modes of honoured rdv (Val-de-Marne table n° 105, 2018–2022: information 20/79/1 %, accompaniment 31/68/1 %). */
const MODES: Record<Nature, readonly (readonly [ModeRendezVous, number])[]> = {
  information: [['PRESENTIEL', 0.793], ['TELEPHONE', 0.199], ['DOMICILE', 0.008]],
  accompagnement: [['PRESENTIEL', 0.68], ['TELEPHONE', 0.307], ['DOMICILE', 0.013]],
  intensif: [['PRESENTIEL', 0.68], ['TELEPHONE', 0.3], ['DOMICILE', 0.02]],
};

/** A missed (resp. cancelled) rdv before an honoured one: about 12 % (8 %) of all TS rdv. */
const P_NON_HONORE = 0.145;
const P_ANNULE = 0.115;
/** Fiches contact around each honoured rdv (calls, visits to the front desk): ~300,000 contacts a year. */
const CONTACTS_PAR_RDV = 3;
/** Chance of a financial aid at an honoured rdv: ~25,000 aids a year. */
const P_AIDE: Record<Nature, number> = { information: 0.24, accompagnement: 0.3, intensif: 0.3 };
/** Share of honoured TS rdv with a compte rendu (Val-de-Marne sample: 78 %). */
const P_COMPTE_RENDU = 0.78;

const CANAUX: readonly (readonly [Canal, number])[] = [['PHYSIQUE', 0.45], ['TELEPHONE', 0.47], ['COURRIER_COURRIEL', 0.08]];
const MOTIFS_CONTACT: readonly (readonly [string, number])[] = [
  ['INFORMATION', 0.35], ['DEMANDE_RDV', 0.2], ['AIDE_FINANCIERE', 0.15], ['ACCES_DROITS', 0.1], ['LOGEMENT', 0.1], ['AUTRE', 0.1],
];
const PREMIERS_MOTIFS: readonly (readonly [string, number])[] = [
  ['DEMANDE_RDV', 0.5], ['AIDE_FINANCIERE', 0.18], ['LOGEMENT', 0.12], ['ACCES_DROITS', 0.15], ['AUTRE', 0.05],
];
const SUITES: readonly (readonly [SuiteContact, number])[] = [
  ['INFORMATION', 0.6], ['RENDEZ_VOUS', 0.2], ['ORIENTATION_PARTENAIRE', 0.1], ['AUTRE', 0.1],
];
const TYPES_ACTION: readonly (readonly [string, number])[] = [
  ['DEMARCHE_ADMINISTRATIVE', 0.32], ['ORIENTATION_PARTENAIRE', 0.12], ['CONTACT_PARTENAIRE', 0.18], ['ORIENTATION_SANTE', 0.07],
  ['FORMATION', 0.05], ['ATELIER_COLLECTIF', 0.08], ['VISITE_ACCOMPAGNEE', 0.06], ['AUTRE', 0.06],
];
const MOTIFS_SORTIE: readonly (readonly [string, number])[] = [
  ['RESOLUTION', 0.16], ['EMPLOI_FORMATION', 0.1], ['RESOLUTION_PARTIELLE', 0.14], ['RELAIS_PARTENAIRE', 0.09],
  ['RELAIS_SERVICE_DEPARTEMENT', 0.05], ['DEMENAGEMENT', 0.06], ['PERDU_DE_VUE', 0.12], ['FIN_ADHESION', 0.07],
  ['DECES', 0.015], ['CREATION_ACTIVITE', 0.03], ['OUVERTURE_DROITS', 0.06], ['ACCES_LOGEMENT', 0.07], ['ABSENCE_SOLUTION', 0.04],
];
const RESULTATS: Record<ClasseSortie, readonly (readonly [ResultatObjectif, number])[]> = {
  POSITIVE: [['ATTEINT', 0.65], ['PARTIELLEMENT_ATTEINT', 0.3], ['NON_ATTEINT', 0.05]],
  NEUTRE: [['ATTEINT', 0.25], ['PARTIELLEMENT_ATTEINT', 0.45], ['NON_ATTEINT', 0.2], ['ABANDONNE', 0.1]],
  NEGATIVE: [['ATTEINT', 0.05], ['PARTIELLEMENT_ATTEINT', 0.2], ['NON_ATTEINT', 0.35], ['ABANDONNE', 0.4]],
};
const ORIENTATIONS: readonly (readonly [OrientationRsa, number])[] = [
  ['SOCIALE_DEPARTEMENT', 0.68], ['SOCIALE_PARTENAIRE', 0.14], ['PROFESSIONNELLE', 0.12], ['SOCIO_PROFESSIONNELLE', 0.04], ['ACCOMPAGNEMENT_GLOBAL', 0.02],
];
const DOMAINE_DES_AIDES: Record<CategorieAide, readonly string[]> = {
  ALIMENTATION: ['ALIMENTATION'],
  LOGEMENT: ['LOGEMENT', 'ENERGIE'],
  JEUNES: ['FORMATION', 'EMPLOI', 'ALIMENTATION'],
  FAMILLES: ['FAMILLE_PARENTALITE'],
  DIVERS: ['BUDGET', 'SANTE', 'MOBILITE'],
};

/** Days before the reference date where upcoming rdv are booked (four weeks, as the demo). */
export const JOURS_A_VENIR = 28;

// ───────── State ─────────

export type Ids = {
  personne: number; foyer: number; appartenance: number; dossier: number; membre_equipe: number; contact: number;
  rendez_vous: number; note: number; diagnostic: number; objectif: number; action: number; contrat: number;
  orientation_rsa: number; constat_carence: number; aide: number; bilan: number; ressource: number;
};

export function nouveauxIds(): Ids {
  return {
    personne: 0, foyer: 0, appartenance: 0, dossier: 0, membre_equipe: 0, contact: 0, rendez_vous: 0, note: 0, diagnostic: 0,
    objectif: 0, action: 0, contrat: 0, orientation_rsa: 0, constat_carence: 0, aide: 0, bilan: 0, ressource: 0,
  };
}

export type Contexte = {
  sortie: Sortie;
  ids: Ids;
  reference: Date;
  debutFenetre: Date;
  horizon: Date;
  organisation: Organisation;
  referentiels: Referentiels;
  creneaux: Creneaux;
  stats: Statistiques;
  poidsEds: readonly (readonly [EdsGen, number])[];
  domaines: readonly (readonly [string, number])[];
  domainesRsa: readonly (readonly [string, number])[];
  typesAction: readonly (readonly [string, number])[];
};

type Membre = {
  personneId: number;
  nom: string;
  prenom: string;
  nomNaissance: string | null;
  sexe: Sexe;
  naissance: Date;
  adulte: boolean;
  role: RoleFoyer;
  debut: Date;
  fin: Date | null;
  /** Written with the foyer that created the person (a person who moves keeps her row). */
  nouvelle: boolean;
  allocataire: string | null;
  /** Extra membership rows (a partner who becomes the reference on a separation). */
};

type Honore = { day: Date; agentId: number };
type Episode = { nature: Nature; honores: Honore[]; noShow: boolean };
type Objectif = { id: number; domaine: string; libelle: string; date: Date; echeance: Date; resultat: ResultatObjectif | null };

type Etat = {
  foyerId: number;
  dossierId: number;
  eds: EdsGen;
  poste: Poste;
  membres: Membre[];
  /** Memberships to write: [membre, role, debut, fin]. */
  appartenances: { membre: Membre; role: RoleFoyer; debut: Date; fin: Date | null }[];
  problematiques: string[];
  rsa: boolean;
  rsaDepartement: boolean;
  episodes: Episode[];
  derniere: Date | null;
  premiere: Date | null;
  aidesFus: { date: Date; montant: number }[];
  equipe: Set<string>;
};

export type Separation = { membre: Membre; day: Date; edsIndex: number; posteIndex: number };

// ───────── Helpers ─────────

function toucher(etat: Etat, day: Date): void {
  if (etat.derniere === null || day.getTime() > etat.derniere.getTime()) etat.derniere = day;
  if (etat.premiere === null || day.getTime() < etat.premiere.getTime()) etat.premiere = day;
}

function referenceLe(etat: Etat, day: Date): Membre {
  const t = day.getTime();
  let avant: Membre | null = null;
  for (const a of etat.appartenances) {
    if (a.role !== 'REFERENCE') continue;
    if (a.debut.getTime() <= t && (a.fin === null || a.fin.getTime() >= t)) return a.membre;
    if (a.debut.getTime() <= t) avant = a.membre;
  }
  const premier = etat.appartenances.find((a) => a.role === 'REFERENCE')?.membre ?? etat.membres[0];
  const trouve = avant ?? premier;
  if (!trouve) throw new Error(`Foyer ${etat.foyerId} sans membre`);
  return trouve;
}

function adultesLe(etat: Etat, day: Date): Membre[] {
  const t = day.getTime();
  return etat.appartenances
    .filter((a) => (a.role === 'REFERENCE' || a.role === 'CONJOINT') && a.debut.getTime() <= t && (a.fin === null || a.fin.getTime() >= t))
    .map((a) => a.membre);
}

function civilite(m: Membre): string {
  return `${m.sexe === 'F' ? 'Mme' : 'M.'} ${m.nom}`;
}

function tsLe(etat: Etat, day: Date): number {
  return tsDuJour(etat.eds, etat.poste, day, etat.foyerId);
}

function naissancePour(rng: Random, le: Date, age: number): Date {
  return addDays(addYears(le, -age), -rng.int(0, 364));
}

// ───────── Members ─────────

function nouvellePersonne(ctx: Contexte, rng: Random, sexe: Sexe, naissance: Date, nom: string, adulte: boolean, nomNaissance: string | null = null): Omit<Membre, 'role' | 'debut' | 'fin'> {
  ctx.ids.personne += 1;
  return {
    personneId: ctx.ids.personne,
    nom,
    prenom: rng.pick(sexe === 'F' ? PRENOMS_F : PRENOMS_M),
    nomNaissance,
    sexe,
    naissance,
    adulte,
    nouvelle: true,
    allocataire: null,
  };
}

function ajouterMembre(etat: Etat, personne: Omit<Membre, 'role' | 'debut' | 'fin'>, role: RoleFoyer, debut: Date): Membre {
  const membre: Membre = { ...personne, role, debut, fin: null };
  etat.membres.push(membre);
  etat.appartenances.push({ membre, role, debut, fin: null });
  return membre;
}

function finirMembre(etat: Etat, membre: Membre, fin: Date): void {
  membre.fin = fin;
  for (const a of etat.appartenances) if (a.membre === membre && a.fin === null) a.fin = fin;
}

/**
 * Registered members (~1.35 persons per foyer: most dossiers hold the reference person alone, as the
 * report's 175,000 persons for 130,000 foyers). Returns a separation when a partner leaves to found a foyer.
 */
function composer(ctx: Contexte, rng: Random, etat: Etat, ouverture: Date, debut: Date, existant?: Membre): Separation | null {
  if (existant) {
    ajouterMembre(etat, { ...existant, nouvelle: false }, 'REFERENCE', ouverture);
    return null;
  }
  const type = rng.weighted([['seul', 0.8], ['couple', 0.05], ['monoparental', 0.09], ['couple_enfants', 0.045], ['elargi', 0.015]] as const);
  const tranche = rng.weighted([[[18, 25], 0.13], [[26, 40], 0.33], [[41, 55], 0.3], [[56, 70], 0.16], [[71, 90], 0.08]] as const);
  const age = type === 'monoparental' || type === 'couple_enfants' ? rng.int(22, 54) : rng.int(tranche[0], tranche[1]);
  const sexe: Sexe = type === 'monoparental' ? (rng.chance(0.86) ? 'F' : 'M') : rng.chance(0.56) ? 'F' : 'M';
  const nom = rng.pick(NOMS);
  const ref = ajouterMembre(etat, nouvellePersonne(ctx, rng, sexe, naissancePour(rng, debut, age), nom, true), 'REFERENCE', ouverture);

  let conjoint: Membre | null = null;
  if (type === 'couple' || type === 'couple_enfants') {
    const s: Sexe = rng.chance(0.95) ? (sexe === 'F' ? 'M' : 'F') : sexe;
    const marie = rng.chance(0.55);
    const naissance = naissancePour(rng, debut, Math.max(18, age + rng.int(-6, 6)));
    const nomNaissance = marie && s === 'F' && sexe === 'M' && rng.chance(0.7) ? rng.pick(NOMS) : null;
    conjoint = ajouterMembre(etat, nouvellePersonne(ctx, rng, s, naissance, marie ? nom : rng.pick(NOMS), true, nomNaissance), 'CONJOINT', ouverture);
  }
  const duree = daysBetween(debut, ctx.reference);
  if (type === 'monoparental' || type === 'couple_enfants') {
    const nombre = rng.weighted([[1, 0.5], [2, 0.32], [3, 0.13], [4, 0.05]] as const);
    const aine = Math.min(24, age - 18);
    const cadet = Math.max(0, age - 42);
    for (let i = 0; i < nombre && aine >= cadet; i += 1) {
      const ageEnfant = rng.int(cadet, aine);
      const naissance = naissancePour(rng, debut, ageEnfant);
      const s: Sexe = rng.chance(0.5) ? 'F' : 'M';
      const enfant = ajouterMembre(etat, nouvellePersonne(ctx, rng, s, naissance, nom, ageEnfant >= 18), 'ENFANT', maxDate(naissance, ouverture));
      const depart = addYears(naissance, rng.int(19, 23));
      if (ageEnfant >= 17 && rng.chance(0.35) && depart.getTime() > debut.getTime() && depart.getTime() < addDays(ctx.reference, -30).getTime()) {
        finirMembre(etat, enfant, depart);
      }
    }
    if (age < 40 && duree > 240 && rng.chance(0.1)) {
      const naissance = addDays(debut, rng.int(60, duree - 30));
      const s: Sexe = rng.chance(0.5) ? 'F' : 'M';
      ajouterMembre(etat, nouvellePersonne(ctx, rng, s, naissance, nom, false), 'ENFANT', naissance);
    }
  }
  if (type === 'elargi') {
    const s: Sexe = rng.chance(0.7) ? 'F' : 'M';
    const naissance = naissancePour(rng, debut, Math.min(95, age + rng.int(20, 30)));
    ajouterMembre(etat, nouvellePersonne(ctx, rng, s, naissance, rng.chance(0.5) ? nom : rng.pick(NOMS), true), 'AUTRE', ouverture);
  }

  // A separation: one partner leaves; when the reference leaves, the partner becomes the reference.
  if (conjoint && duree > 540 && rng.chance(0.1)) {
    const day = addDays(debut, rng.int(180, duree - 180));
    const veille = addDays(day, -1);
    const partant = rng.chance(0.6) ? ref : conjoint;
    if (partant === ref) {
      finirMembre(etat, ref, veille);
      finirMembre(etat, conjoint, veille);
      etat.appartenances.push({ membre: conjoint, role: 'REFERENCE', debut: day, fin: null });
      conjoint.fin = null;
    } else {
      finirMembre(etat, conjoint, veille);
    }
    if (partant === ref || rng.chance(0.5)) return { membre: partant, day, edsIndex: etat.eds.index, posteIndex: 0 };
  }
  return null;
}

// ───────── Contacts and rdv ─────────

function contact(
  ctx: Contexte,
  rng: Random,
  etat: Etat,
  day: Date,
  input: { canal?: Canal; motifCode: string; suite: SuiteContact; urgence?: boolean; heure?: number },
): void {
  if (day.getTime() >= ctx.reference.getTime() || day.getTime() < ctx.debutFenetre.getTime()) return;
  const canal = input.canal ?? rng.weighted(CANAUX);
  const heure = input.heure ?? rng.int(8, 16);
  const minute = heure === 8 ? rng.int(30, 59) : rng.int(0, 59);
  const agent = canal === 'COURRIER_COURRIEL' && rng.chance(0.5) ? tsLe(etat, day) : secretaireDuJour(rng, etat.eds, day).id;
  const motifCode = ctx.referentiels.motifsContact.has(input.motifCode) ? input.motifCode : null;
  const textes = MOTIFS_CONTACT_TEXTE[input.motifCode] ?? MOTIFS_CONTACT_TEXTE.AUTRE ?? ['Contact'];
  const motif = rng.chance(0.7) ? rng.pick(textes) : null;
  ctx.ids.contact += 1;
  ctx.sortie.contact.ajouter([
    ctx.ids.contact, etat.foyerId, referenceLe(etat, day).personneId, etat.eds.id, instant(parisTime(day, heure, minute)), canal, agent,
    motifCode, motif, input.suite, input.urgence ?? false,
  ]);
  ctx.stats.contact(day);
  toucher(etat, day);
}

/** A contact drawn among the usual ones (calls and visits around the rdv). */
function contactCourant(ctx: Contexte, rng: Random, etat: Etat, day: Date): void {
  const motifCode = rng.weighted(MOTIFS_CONTACT);
  const suite = motifCode === 'DEMANDE_RDV' ? 'RENDEZ_VOUS' : rng.weighted(SUITES);
  contact(ctx, rng, etat, day, { motifCode, suite });
}

type RdvInput = {
  day: Date;
  agentId: number;
  statut: StatutRendezVous;
  nature: Nature;
  mode?: ModeRendezVous;
  annulePar?: AnnulePar;
  premier?: boolean;
  ts?: boolean;
  texte?: string;
};

function rdv(ctx: Contexte, rng: Random, etat: Etat, input: RdvInput): { day: Date; statut: StatutRendezVous } {
  const { day, at } = ctx.creneaux.reserver(rng, input.agentId, input.day);
  const statut: StatutRendezVous = day.getTime() >= ctx.reference.getTime() ? 'PROGRAMME' : input.statut;
  const mode = input.mode ?? rng.weighted(MODES[input.nature]);
  const adultes = adultesLe(etat, day);
  const personne = adultes.length > 1 && rng.chance(0.2) ? (adultes[1] ?? referenceLe(etat, day)) : referenceLe(etat, day);
  const ts = input.ts ?? true;
  let texte: string | null = null;
  if (statut === 'HONORE') {
    if (input.texte) texte = input.texte;
    else if (ts && rng.chance(P_COMPTE_RENDU)) texte = compteRendu(rng, mode, civilite(personne), rng.pick(etat.problematiques), input.premier ?? false);
  }
  ctx.ids.rendez_vous += 1;
  const debut = instant(at);
  ctx.sortie.rendez_vous.ajouter([
    ctx.ids.rendez_vous, etat.foyerId, personne.personneId, input.agentId, debut, 45, mode, statut,
    statut === 'ANNULE' ? (input.annulePar ?? 'USAGER') : null, texte, 1, instant(addDays(at, -rng.int(2, 20))), debut,
  ]);
  if (ts) ctx.stats.rdv(day, statut, mode, input.nature);
  if (statut === 'HONORE') toucher(etat, day);
  return { day, statut };
}

function ecart(rng: Random, nature: Nature): number {
  if (nature === 'information') return rng.int(14, 200);
  if (nature === 'accompagnement') return Math.min(330, Math.max(1, Math.round(logNormale(rng, 36, 1))));
  return Math.min(240, Math.max(1, Math.round(logNormale(rng, 30, 0.9))));
}

function cible(rng: Random, nature: Nature): number {
  if (nature === 'information') return rng.chance(0.72) ? 1 : 2;
  if (nature === 'accompagnement') return 3 + Math.min(27, geometrique(rng, 1.2));
  return 7 + Math.min(33, geometrique(rng, 2));
}

/**
 * One période d'action sociale from a first contact on `start`: honoured TS rdv less than 12 months apart,
 * missed and cancelled ones before some of them, contacts around them; stops at the reference date with
 * the next rdv booked (or left unmarked in the last days).
 */
function periode(ctx: Contexte, rng: Random, etat: Etat, start: Date, nature: Nature, objectif: number): Episode {
  const { reference, horizon } = ctx;
  const episode: Episode = { nature, honores: [], noShow: false };
  const debut = nextWeekday(start);
  const urgence = rng.chance(0.04);
  let premier: Date;
  if (urgence) {
    contact(ctx, rng, etat, debut, { canal: 'PHYSIQUE', motifCode: 'URGENCE', suite: 'URGENCE', urgence: true, heure: rng.int(8, 10) });
    premier = debut;
  } else {
    if (rng.chance(0.88)) contact(ctx, rng, etat, debut, { motifCode: rng.weighted(available(PREMIERS_MOTIFS, ctx.referentiels.motifsContact)), suite: 'RENDEZ_VOUS' });
    premier = nextWeekday(addDays(debut, rng.int(2, 14)));
  }

  let precedent = debut;
  let day = premier;
  for (let k = 0; k < objectif; k += 1) {
    if (k > 0) day = nextWeekday(addDays(precedent, ecart(rng, nature)));
    if (day.getTime() > horizon.getTime()) break;
    const agentId = tsLe(etat, day);
    if (!(urgence && k === 0)) {
      if (rng.chance(P_NON_HONORE)) {
        const manque = nextWeekday(addDays(day, -rng.int(3, 12)));
        if (manque.getTime() > precedent.getTime() && manque.getTime() < Math.min(day.getTime(), reference.getTime())) {
          rdv(ctx, rng, etat, { day: manque, agentId: tsLe(etat, manque), statut: 'NON_HONORE', nature });
        }
      }
      if (rng.chance(P_ANNULE)) {
        const annule = nextWeekday(addDays(day, -rng.int(2, 9)));
        if (annule.getTime() > precedent.getTime() && annule.getTime() < Math.min(day.getTime(), reference.getTime())) {
          rdv(ctx, rng, etat, { day: annule, agentId: tsLe(etat, annule), statut: 'ANNULE', nature, annulePar: rng.chance(0.65) ? 'USAGER' : 'SERVICE' });
        }
      }
    }
    if (day.getTime() >= reference.getTime() || (daysBetween(day, reference) <= 5 && rng.chance(0.3))) {
      rdv(ctx, rng, etat, { day, agentId, statut: 'PROGRAMME', nature });
      break;
    }
    const pris = rdv(ctx, rng, etat, { day, agentId, statut: 'HONORE', nature, premier: k === 0 });
    if (pris.statut !== 'HONORE') break;
    const precedentHonore = episode.honores[episode.honores.length - 1];
    if (precedentHonore) ctx.stats.ecart(nature, daysBetween(precedentHonore.day, pris.day));
    episode.honores.push({ day: pris.day, agentId });
    precedent = pris.day;

    // Calls and visits to the front desk around the rdv.
    for (let c = poisson(rng, CONTACTS_PAR_RDV); c > 0; c -= 1) {
      const le = nextWeekday(addDays(pris.day, rng.int(-12, 20)));
      if (le.getTime() >= debut.getTime()) contactCourant(ctx, rng, etat, le);
    }
    // Now and then a secrétaire (niveau 2) helps with the administrative file.
    if (rng.chance(0.015)) {
      const jourAdmin = nextWeekday(addDays(pris.day, rng.int(1, 7)));
      const secretaire = etat.eds.secretaires.find((s) => s.niveau === 2 && estActif(s.periodes, jourAdmin));
      if (secretaire && jourAdmin.getTime() < reference.getTime()) {
        rdv(ctx, rng, etat, { day: jourAdmin, agentId: secretaire.id, statut: 'HONORE', nature, mode: 'PRESENTIEL', ts: false, texte: rng.pick(RDV_SECRETARIAT) });
      }
    }
  }

  // Some miss their last rdv and are not seen again.
  const dernier = episode.honores[episode.honores.length - 1];
  if (dernier && episode.honores.length === objectif && rng.chance(0.1)) {
    const manque = nextWeekday(addDays(dernier.day, ecart(rng, nature)));
    if (manque.getTime() < reference.getTime()) {
      episode.noShow = rdv(ctx, rng, etat, { day: manque, agentId: tsLe(etat, manque), statut: 'NON_HONORE', nature }).statut === 'NON_HONORE';
    }
  }
  return episode;
}

/** A foyer only seen at the front desk (information, orientation), perhaps with a missed first rdv. */
function contactsSeuls(ctx: Contexte, rng: Random, etat: Etat, start: Date): void {
  const { reference } = ctx;
  let day = nextWeekday(start);
  for (let i = rng.int(1, 4); i > 0 && day.getTime() < reference.getTime(); i -= 1) {
    const prend = i === 1 && rng.chance(0.3);
    contact(ctx, rng, etat, day, {
      motifCode: prend ? 'DEMANDE_RDV' : rng.weighted([['INFORMATION', 0.45], ['ACCES_DROITS', 0.2], ['AIDE_FINANCIERE', 0.15], ['AUTRE', 0.2]] as const),
      suite: prend ? 'RENDEZ_VOUS' : rng.weighted<SuiteContact>([['INFORMATION', 0.6], ['ORIENTATION_PARTENAIRE', 0.3], ['AUTRE', 0.1]]),
    });
    if (prend) {
      const jourRdv = nextWeekday(addDays(day, rng.int(3, 14)));
      if (jourRdv.getTime() < reference.getTime()) {
        rdv(ctx, rng, etat, { day: jourRdv, agentId: tsLe(etat, jourRdv), statut: rng.chance(0.5) ? 'ANNULE' : 'NON_HONORE', nature: 'information', mode: 'PRESENTIEL' });
      } else if (jourRdv.getTime() <= ctx.horizon.getTime()) {
        rdv(ctx, rng, etat, { day: jourRdv, agentId: tsLe(etat, jourRdv), statut: 'PROGRAMME', nature: 'information', mode: 'PRESENTIEL' });
      }
    }
    day = nextWeekday(addDays(day, rng.int(20, 300)));
  }
}

// ───────── Social work of a période ─────────

function problematiques(ctx: Contexte, rng: Random, rsa: boolean): string[] {
  const poids = rsa ? ctx.domainesRsa : ctx.domaines;
  const nombre = rng.weighted([[1, 0.35], [2, 0.4], [3, 0.25]] as const);
  const choisis: string[] = [];
  while (choisis.length < nombre) {
    const code = rng.weighted(poids);
    if (!choisis.includes(code)) choisis.push(code);
  }
  return choisis;
}

function diagnostic(ctx: Contexte, rng: Random, etat: Etat, h: Honore, domaines: readonly string[]): void {
  ctx.ids.diagnostic += 1;
  const id = ctx.ids.diagnostic;
  ctx.sortie.diagnostic.ajouter([id, etat.foyerId, jour(h.day), h.agentId, synthese(rng, domaines), 1]);
  for (const d of domaines) ctx.sortie.diagnostic_domaine.ajouter([id, d]);
}

function action(
  ctx: Contexte,
  rng: Random,
  etat: Etat,
  input: { day: Date; typeCode: string; agentId: number; domaine: string | null; objectif: Objectif | null; libelle?: string },
): void {
  const partenaire =
    input.typeCode === 'ORIENTATION_PARTENAIRE' || input.typeCode === 'CONTACT_PARTENAIRE' || input.typeCode === 'ORIENTATION_SANTE'
      ? rng.pick(PARTENAIRES_EXTERNES)
      : null;
  const libelle = input.libelle ?? (partenaire ? `${libelleAction(rng, input.typeCode)} (${partenaire})` : libelleAction(rng, input.typeCode));
  ctx.ids.action += 1;
  ctx.sortie.action.ajouter([
    ctx.ids.action, etat.foyerId, input.objectif?.id ?? null, jour(input.day), input.typeCode, input.objectif?.domaine ?? input.domaine, libelle, partenaire, input.agentId,
  ]);
}

function objectifPour(rng: Random, objectifs: readonly Objectif[], day: Date, domaine?: string): Objectif | null {
  const commences = objectifs.filter((o) => o.date.getTime() <= day.getTime());
  const memeDomaine = domaine ? commences.filter((o) => o.domaine === domaine) : [];
  if (memeDomaine.length > 0) return rng.pick(memeDomaine);
  return commences.length > 0 && rng.chance(0.65) ? rng.pick(commences) : null;
}

function equipe(ctx: Contexte, etat: Etat, agentId: number, debut: Date, fin: Date | null): void {
  const cle = `${agentId}|${debut.getTime()}`;
  if (etat.equipe.has(cle)) return;
  etat.equipe.add(cle);
  ctx.ids.membre_equipe += 1;
  ctx.sortie.membre_equipe.ajouter([ctx.ids.membre_equipe, etat.dossierId, agentId, jour(debut), jour(fin)]);
}

function contrat(ctx: Contexte, etat: Etat, type: 'CER' | 'CONTRAT_ACCOMPAGNEMENT' | 'MASP', debut: Date, fin: Date, agentId: number, personneId: number): void {
  ctx.ids.contrat += 1;
  ctx.sortie.contrat.ajouter([ctx.ids.contrat, etat.foyerId, personneId, type, jour(debut), jour(fin), jour(debut), agentId, 1]);
}

function montant(rng: Random, mediane: number, sigma: number, bornes: { min: number; max: number }, plancher: number, plafond: number): number {
  const brut = Math.min(plafond, Math.max(plancher, logNormale(rng, mediane, sigma)));
  const valeur = rng.chance(0.7) ? Math.max(10, Math.round(brut / 10) * 10) : Math.round(brut * 100) / 100;
  return Math.min(bornes.max, Math.max(bornes.min, valeur));
}

function aide(ctx: Contexte, rng: Random, etat: Etat, h: Honore, objectifs: readonly Objectif[]): void {
  const { reference, referentiels } = ctx;
  const demande = h.day;
  const beneficiaire = referenceLe(etat, demande);
  const jeune = ageOn(beneficiaire.naissance, demande) <= 25;
  let dispositif = jeune && rng.chance(0.7) ? 'FAJ' : rng.chance(0.14) ? 'FSL' : 'FUS';
  if (!referentiels.dispositifs.has(dispositif)) dispositif = 'FUS';
  const bornes = referentiels.dispositifs.get(dispositif);
  if (!bornes) return;
  let categorie: CategorieAide;
  let valeur: number;
  if (dispositif === 'FAJ') {
    categorie = 'JEUNES';
    valeur = montant(rng, 180, 0.5, bornes, 30, 1000);
  } else if (dispositif === 'FSL') {
    categorie = 'LOGEMENT';
    valeur = montant(rng, 420, 0.6, bornes, 50, 4000);
  } else {
    categorie = rng.weighted<CategorieAide>([['ALIMENTATION', 0.45], ['LOGEMENT', 0.2], ['FAMILLES', 0.22], ['DIVERS', 0.13]]);
    valeur = montant(rng, 195, 0.55, bornes, 30, 1500);
  }
  // The FUS ceiling per foyer over 12 rolling months.
  if (bornes.plafondFoyer12m !== null) {
    const depuis = addMonths(demande, -12).getTime();
    const utilise = etat.aidesFus.filter((a) => a.date.getTime() > depuis).reduce((s, a) => s + a.montant, 0);
    if (utilise + valeur > bornes.plafondFoyer12m) return;
  }
  const decision = addDays(demande, rng.int(2, 20));
  const paiement = addDays(decision, rng.int(1, 12));
  let statut: StatutAide;
  if (decision.getTime() > reference.getTime()) statut = 'DEMANDEE';
  else {
    statut = rng.weighted<StatutAide>([['PAYEE', 0.8], ['REFUSEE', 0.1], ['ANNULEE', 0.04], ['ACCORDEE', 0.06]]);
    if (statut === 'PAYEE' && paiement.getTime() > reference.getTime()) statut = 'ACCORDEE';
  }
  if (dispositif === 'FUS' && statut !== 'REFUSEE' && statut !== 'ANNULEE') etat.aidesFus.push({ date: demande, montant: valeur });
  const decidee = statut === 'PAYEE' || statut === 'ACCORDEE' || statut === 'REFUSEE';
  const modePaiement: ModePaiement | null =
    statut === 'PAYEE' || statut === 'ACCORDEE'
      ? dispositif === 'FSL'
        ? 'VIREMENT'
        : categorie === 'ALIMENTATION'
          ? rng.weighted<ModePaiement>([['BON', 0.5], ['CARTE', 0.35], ['CHEQUE_ACCOMPAGNEMENT', 0.15]])
          : rng.weighted<ModePaiement>([['VIREMENT', 0.6], ['CHEQUE_ACCOMPAGNEMENT', 0.25], ['BON', 0.15]])
      : null;
  const objet = rng.pick(OBJETS_AIDE[categorie]);
  ctx.ids.aide += 1;
  ctx.sortie.aide.ajouter([
    ctx.ids.aide, etat.foyerId, beneficiaire.personneId, dispositif, categorie, objet, euros(valeur), statut, jour(demande),
    decidee ? jour(decision) : null, statut === 'PAYEE' ? jour(paiement) : null, modePaiement, h.agentId, decidee ? etat.eds.responsableId : null, 1,
  ]);
  ctx.stats.aide(statut === 'PAYEE' ? paiement : null, valeur, demande);
  if (referentiels.typesAction.has('AIDE_FINANCIERE') && rng.chance(0.9)) {
    const domaine = rng.pick(DOMAINE_DES_AIDES[categorie].filter((d) => referentiels.domaines.has(d)).concat(etat.problematiques));
    action(ctx, rng, etat, {
      day: demande, typeCode: 'AIDE_FINANCIERE', agentId: h.agentId, domaine, objectif: objectifPour(rng, objectifs, demande, domaine),
      libelle: `Demande d’aide ${dispositif} : ${objet.charAt(0).toLowerCase()}${objet.slice(1)}`,
    });
  }
}

/** Diagnostic, objectives, actions, aids, contract, case team, notes and closing bilan of one période. */
function suivi(ctx: Contexte, rng: Random, etat: Etat, episode: Episode, derniere: boolean): void {
  const { reference } = ctx;
  const honores = episode.honores;
  const premier = honores[0];
  if (!premier) return;
  const accompagne = episode.nature !== 'information';

  if (accompagne || rng.chance(0.25)) {
    const h = (rng.chance(0.6) ? premier : honores[1]) ?? premier;
    const domaines = accompagne ? etat.problematiques : etat.problematiques.slice(0, rng.int(1, 2));
    diagnostic(ctx, rng, etat, h, domaines);
    const plusTard = honores.find((x) => daysBetween(premier.day, x.day) >= 365);
    if (plusTard) diagnostic(ctx, rng, etat, plusTard, domaines);
  }

  const objectifs: Objectif[] = [];
  const troisieme = honores[2];
  if (accompagne && troisieme) {
    const nombre = episode.nature === 'intensif' ? rng.int(2, 4) : rng.int(1, 3);
    for (let i = 0; i < nombre; i += 1) {
      const h = (i === 0 ? troisieme : rng.pick(honores.slice(2))) ?? troisieme;
      const domaine = etat.problematiques[i] ?? rng.pick(etat.problematiques);
      ctx.ids.objectif += 1;
      objectifs.push({ id: ctx.ids.objectif, domaine, libelle: libelleObjectif(rng, domaine), date: h.day, echeance: addMonths(h.day, rng.int(3, 12)), resultat: null });
    }
  }

  honores.forEach((h, index) => {
    if (index === 0 && honores.length > 1) return;
    if (!rng.chance(accompagne ? 0.45 : 0.2)) return;
    action(ctx, rng, etat, { day: h.day, typeCode: rng.weighted(ctx.typesAction), agentId: h.agentId, domaine: rng.pick(etat.problematiques), objectif: objectifPour(rng, objectifs, h.day) });
  });
  for (const h of honores) if (rng.chance(P_AIDE[episode.nature])) aide(ctx, rng, etat, h, objectifs);

  const quatrieme = honores[3];
  if (accompagne && troisieme && quatrieme && rng.chance(0.45)) {
    contrat(ctx, etat, 'CONTRAT_ACCOMPAGNEMENT', troisieme.day, addDays(addMonths(troisieme.day, rng.chance(0.5) ? 6 : 12), -1), troisieme.agentId, referenceLe(etat, troisieme.day).personneId);
  }
  if (episode.nature === 'intensif' && quatrieme && rng.chance(0.05)) {
    contrat(ctx, etat, 'MASP', quatrieme.day, addDays(addMonths(quatrieme.day, 12), -1), quatrieme.agentId, referenceLe(etat, quatrieme.day).personneId);
  }
  const second = honores[1];
  const dernier = honores[honores.length - 1] ?? premier;
  if (accompagne && second && rng.chance(0.1)) {
    const collegue = etat.eds.ts.find((ts) => ts.id !== second.agentId && estActif(ts.periodes, second.day));
    const enCours = addMonths(dernier.day, 12).getTime() > reference.getTime();
    if (collegue) equipe(ctx, etat, collegue.id, second.day, enCours ? null : minDate(addDays(dernier.day, 30), reference));
  }
  if (accompagne && rng.chance(0.2)) {
    for (let i = rng.int(1, 2); i > 0; i -= 1) {
      const h = rng.pick(honores);
      ctx.ids.note += 1;
      ctx.sortie.note.ajouter([ctx.ids.note, etat.foyerId, h.agentId, instant(parisTime(addDays(h.day, rng.int(0, 3)), 17, rng.int(0, 45))), rng.pick(NOTES)]);
    }
  }

  // The bilan closes most ended accompaniments (12 months without rdv), and a few quiet ones earlier.
  const terminee = addMonths(dernier.day, 12).getTime() <= reference.getTime();
  const calme = daysBetween(dernier.day, reference) > 120;
  const clos = accompagne && honores.length >= 3 && ((terminee && rng.chance(0.85)) || (!terminee && calme && rng.chance(0.2)));
  if (clos) {
    const poids = MOTIFS_SORTIE.filter(([code]) => derniere || (code !== 'DECES' && code !== 'DEMENAGEMENT')).map(
      ([code, w]) => [code, etat.rsa && code === 'EMPLOI_FORMATION' ? w * 2.5 : w] as const,
    );
    const motif = episode.noShow && rng.chance(0.6) ? 'PERDU_DE_VUE' : rng.weighted(available(poids, ctx.referentiels.motifsSortie));
    const classe = ctx.referentiels.motifsSortie.get(motif) ?? 'NEUTRE';
    const day = minDate(addDays(dernier.day, rng.int(0, 21)), addDays(reference, -1));
    ctx.ids.bilan += 1;
    ctx.sortie.bilan.ajouter([ctx.ids.bilan, etat.foyerId, jour(day), motif, rng.pick(BILANS[classe]), dernier.agentId]);
    for (const o of objectifs) o.resultat = rng.weighted(RESULTATS[classe]);
  } else {
    for (const o of objectifs) if (o.echeance.getTime() < reference.getTime() && rng.chance(0.35)) o.resultat = rng.weighted(RESULTATS.NEUTRE);
  }
  for (const o of objectifs) ctx.sortie.objectif.ajouter([o.id, etat.foyerId, o.domaine, o.libelle, jour(o.date), jour(o.echeance), o.resultat, 1]);
}

// ───────── RSA ─────────

function cers(ctx: Contexte, rng: Random, etat: Etat, membre: Membre, debut: Date, fin: Date | null, partenaire: number | null): void {
  const { reference } = ctx;
  const limite = fin === null ? reference : minDate(fin, reference);
  let signature: Date;
  if (rng.chance(0.12)) {
    const carence = addDays(addMonths(debut, 1), rng.int(3, 20));
    if (carence.getTime() > limite.getTime()) return;
    ctx.ids.constat_carence += 1;
    ctx.sortie.constat_carence.ajouter([ctx.ids.constat_carence, membre.personneId, jour(carence), rng.pick(MOTIFS_CARENCE)]);
    if (!rng.chance(0.5)) return;
    signature = addDays(carence, rng.int(15, 90));
  } else {
    signature = addDays(debut, rng.int(5, 40));
  }
  while (signature.getTime() <= limite.getTime()) {
    let echeance = addDays(addMonths(signature, rng.chance(0.5) ? 6 : 12), -1);
    if (fin !== null && echeance.getTime() > fin.getTime()) echeance = fin;
    contrat(ctx, etat, 'CER', signature, echeance, partenaire ?? tsLe(etat, signature), membre.personneId);
    signature = addDays(echeance, 1 + (rng.chance(0.25) ? rng.int(10, 60) : 0));
  }
}

/** RSA rights and orientations of the foyer's beneficiaries; whether one is oriented to the département today. */
function rsa(ctx: Contexte, rng: Random, etat: Etat, start: Date): boolean {
  const { reference } = ctx;
  const adultes = etat.membres.filter((m) => m.nouvelle && (m.role === 'REFERENCE' || m.role === 'CONJOINT'));
  const beneficiaires = adultes.filter((m) => m.role === 'REFERENCE' || rng.chance(0.6));
  let departement = false;
  for (const membre of beneficiaires) {
    membre.allocataire = String(rng.int(1_000_000, 9_999_999));
    let debut = rng.chance(0.35) ? addDays(start, -rng.int(30, 700)) : addDays(start, rng.int(-20, 60));
    debut = minDate(maxDate(debut, membre.debut), addDays(reference, -20));
    const orientation = rng.weighted(ORIENTATIONS);
    let fin: Date | null = null;
    if (rng.chance(0.15)) {
      const sortie = addDays(debut, rng.int(240, 900));
      if (sortie.getTime() < addDays(reference, -10).getTime()) fin = sortie;
    }
    const reorientation = orientation === 'SOCIALE_DEPARTEMENT' && rng.chance(0.06) ? addDays(debut, rng.int(180, 540)) : null;
    const periodes: { debut: Date; fin: Date | null; orientation: OrientationRsa }[] = [];
    if (reorientation && reorientation.getTime() < addDays(reference, -10).getTime() && (fin === null || reorientation.getTime() < fin.getTime())) {
      periodes.push({ debut, fin: addDays(reorientation, -1), orientation }, { debut: reorientation, fin, orientation: 'PROFESSIONNELLE' });
    } else {
      periodes.push({ debut, fin, orientation });
    }
    for (const p of periodes) {
      const structure = p.orientation === 'SOCIALE_PARTENAIRE' && ctx.organisation.structures.length > 0 ? rng.pick(ctx.organisation.structures) : null;
      const partenaire = structure ? rng.pick(structure.agents) : null;
      const sociale = p.orientation === 'SOCIALE_DEPARTEMENT' || p.orientation === 'SOCIALE_PARTENAIRE';
      ctx.ids.orientation_rsa += 1;
      ctx.sortie.orientation_rsa.ajouter([
        ctx.ids.orientation_rsa, membre.personneId, jour(p.debut), jour(p.fin), p.orientation, structure?.id ?? null,
        partenaire ?? (p.orientation === 'SOCIALE_DEPARTEMENT' ? tsLe(etat, p.debut) : null),
      ]);
      if (partenaire !== null) equipe(ctx, etat, partenaire, p.debut, p.fin);
      if (sociale) cers(ctx, rng, etat, membre, p.debut, p.fin, partenaire);
      const enCours = p.debut.getTime() <= reference.getTime() && (p.fin === null || p.fin.getTime() >= reference.getTime());
      if (enCours && p.orientation === 'SOCIALE_DEPARTEMENT') departement = true;
    }
  }
  return departement;
}

// ───────── Resources and dossier ─────────

function ressources(ctx: Contexte, rng: Random, etat: Etat): void {
  if (etat.premiere === null || etat.derniere === null) return;
  const derniereAnnee = ctx.reference.getUTCFullYear();
  const premiere = Math.max(etat.premiere.getUTCFullYear(), ctx.debutFenetre.getUTCFullYear());
  const fin = Math.min(derniereAnnee, etat.derniere.getUTCFullYear() + 1);
  const ref = referenceLe(etat, ctx.reference);
  const retraite = ageOn(ref.naissance, ctx.reference) >= 63;
  const aah = !etat.rsa && !retraite && rng.chance(0.06);
  const couple = etat.membres.some((m) => m.role === 'CONJOINT');
  const enfants = etat.membres.filter((m) => m.role === 'ENFANT').length;
  const base = {
    travail: etat.rsa ? (rng.chance(0.3) ? rng.float(500, 3500) : 0) : retraite || aah ? 0 : rng.float(9000, 24000) + (couple && rng.chance(0.5) ? rng.float(6000, 18000) : 0),
    retraite: retraite ? rng.float(9000, 20000) : 0,
    allocations: (etat.rsa ? rng.float(6500, 11000) : aah ? rng.float(10000, 11500) : rng.float(0, 2000)) + enfants * rng.float(900, 1500),
    autres: rng.chance(0.25) ? rng.float(100, 1500) : 0,
  };
  for (let annee = premiere; annee <= fin; annee += 1) {
    const derive = () => rng.float(0.9, 1.1);
    ctx.ids.ressource += 1;
    ctx.sortie.ressource.ajouter([
      ctx.ids.ressource, etat.foyerId, annee, euros(base.travail * derive()), euros(base.retraite * derive()), euros(base.allocations * derive()), euros(base.autres * derive()),
    ]);
  }
}

const SEQUENCE_VOISINE: Record<'ACCUEIL' | 'SUIVI' | 'ACCOMPAGNEMENT', readonly Sequence[]> = {
  ACCUEIL: ['SUIVI'],
  SUIVI: ['ACCUEIL', 'ACCOMPAGNEMENT'],
  ACCOMPAGNEMENT: ['SUIVI'],
};

function ecrireFoyer(ctx: Contexte, rng: Random, etat: Etat, ouverture: Date, commune: string, adresse: string): void {
  const { reference, sortie } = ctx;
  const cree = instant(parisTime(ouverture, 9, 0));
  const maj = instant(parisTime(etat.derniere ?? ouverture, 17, 30));
  sortie.foyer.ajouter([etat.foyerId, commune, adresse, jour(ouverture), 1, cree, maj]);
  for (const m of etat.membres) {
    if (!m.nouvelle) continue;
    const telephone = m.adulte && rng.chance(0.8) ? `06 ${String(rng.int(10, 99))} ${String(rng.int(10, 99))} ${String(rng.int(10, 99))} ${String(rng.int(10, 99))}` : null;
    const email = m.adulte && rng.chance(0.35) ? `${emailLocalPart(m.prenom, m.nom)}${rng.int(1, 99)}@example.org` : null;
    sortie.personne.ajouter([m.personneId, m.nom, m.prenom, m.nomNaissance, jour(m.naissance), m.sexe, m.allocataire, telephone, email, 1, cree, maj]);
  }
  for (const a of etat.appartenances) {
    ctx.ids.appartenance += 1;
    sortie.appartenance.ajouter([ctx.ids.appartenance, a.membre.personneId, etat.foyerId, a.role, jour(a.debut), jour(a.fin)]);
  }

  // Status (veille after 12 months without contact) and declared séquence.
  const derniere = etat.derniere;
  let statut: 'ACTIF' | 'EN_VEILLE' | 'A_ARCHIVER' = 'ACTIF';
  let sequence: Sequence;
  let veille: Date | null = null;
  if (derniere && addMonths(derniere, 60).getTime() <= reference.getTime()) {
    statut = 'A_ARCHIVER';
    sequence = 'A_ARCHIVER';
    veille = addMonths(derniere, 12);
  } else if (derniere && addMonths(derniere, 12).getTime() <= reference.getTime()) {
    statut = 'EN_VEILLE';
    sequence = 'EN_VEILLE';
    veille = addMonths(derniere, 12);
  } else {
    const depuis = addMonths(reference, -12).getTime();
    let recents = 0;
    for (const e of etat.episodes) for (const h of e.honores) if (h.day.getTime() > depuis) recents += 1;
    const theorique = recents < 3 ? 'ACCUEIL' : recents <= 6 ? 'SUIVI' : 'ACCOMPAGNEMENT';
    if (etat.rsaDepartement && rng.chance(0.9)) sequence = 'HORS_SEQUENCE';
    else sequence = rng.chance(0.85) ? theorique : rng.pick(SEQUENCE_VOISINE[theorique]);
  }
  sortie.dossier.ajouter([
    etat.dossierId, etat.foyerId, etat.eds.id, tsLe(etat, reference), sequence, statut, jour(ouverture), jour(veille), null, 1, maj,
  ]);
}

// ───────── One foyer ─────────

function choisirEds(ctx: Contexte, rng: Random): EdsGen {
  return rng.weighted(ctx.poidsEds);
}

/** Generates one foyer (and returns the separation that founds the next one, if any). */
export function genererFoyer(ctx: Contexte, rng: Random, separation?: Separation): Separation | null {
  const { reference, debutFenetre } = ctx;
  const fenetre = daysBetween(debutFenetre, reference);
  const tirageRsa = !separation && rng.chance(PART_RSA);
  let profil = rng.weighted(tirageRsa ? PROFILS_RSA : PROFILS);
  let eds: EdsGen;
  let start: Date;
  let ouverture: Date;
  if (separation) {
    const precedent = ctx.organisation.eds[separation.edsIndex];
    eds = precedent && rng.chance(0.7) ? precedent : choisirEds(ctx, rng);
    start = separation.day;
    ouverture = start;
    if (profil === 'deux_pas') profil = 'accompagnement';
  } else {
    eds = choisirEds(ctx, rng);
    if (profil === 'deux_pas') start = addDays(debutFenetre, rng.int(0, Math.max(1, fenetre - 800)));
    else if (rng.chance(0.12)) start = addDays(debutFenetre, rng.int(0, 90));
    else start = addDays(debutFenetre, rng.int(0, fenetre - 3));
    ouverture = rng.chance(0.25) ? addDays(start, -rng.int(365, 8 * 365)) : start;
  }
  const poste = rng.pick(eds.postes);
  ctx.ids.foyer += 1;
  ctx.ids.dossier += 1;
  const etat: Etat = {
    foyerId: ctx.ids.foyer,
    dossierId: ctx.ids.dossier,
    eds,
    poste,
    membres: [],
    appartenances: [],
    problematiques: [],
    rsa: false,
    rsaDepartement: false,
    episodes: [],
    derniere: null,
    premiere: null,
    aidesFus: [],
    equipe: new Set(),
  };
  const commune = rng.pick(eds.communes).code;
  const adresse = `${rng.int(1, 140)} ${rng.pick(RUES)}`;
  const suivante = composer(ctx, rng, etat, ouverture, start, separation?.membre);
  const ref = referenceLe(etat, start);
  const age = ageOn(ref.naissance, start);
  etat.rsa = tirageRsa && age >= 25 && age <= 62;
  etat.problematiques = problematiques(ctx, rng, etat.rsa);
  if (etat.rsa) etat.rsaDepartement = rsa(ctx, rng, etat, start);

  if (profil === 'contact') {
    contactsSeuls(ctx, rng, etat, start);
  } else if (profil === 'deux_pas') {
    const premiere: Nature = rng.chance(0.5) ? 'information' : 'accompagnement';
    const e1 = periode(ctx, rng, etat, start, premiere, premiere === 'information' ? cible(rng, premiere) : rng.int(3, 6));
    etat.episodes.push(e1);
    const dernier = e1.honores[e1.honores.length - 1];
    if (dernier) {
      const auPlusTot = addDays(addMonths(dernier.day, 12), rng.int(10, 20));
      const place = daysBetween(auPlusTot, addDays(reference, -20));
      if (place >= 0) {
        const nature = rng.weighted<Nature>([['information', 0.4], ['accompagnement', 0.42], ['intensif', 0.18]]);
        etat.episodes.push(periode(ctx, rng, etat, addDays(auPlusTot, rng.int(0, Math.min(place, 300))), nature, cible(rng, nature)));
      }
    }
  } else {
    etat.episodes.push(periode(ctx, rng, etat, start, profil, cible(rng, profil)));
  }
  etat.episodes.forEach((e, i) => {
    ctx.stats.pas(e.nature, e.honores.length);
    suivi(ctx, rng, etat, e, i === etat.episodes.length - 1);
  });
  // Some come back to the front desk after their période (information, orientation).
  if (etat.derniere && rng.chance(0.3)) {
    let day = etat.derniere;
    for (let i = rng.int(1, 3); i > 0; i -= 1) {
      day = nextWeekday(addDays(day, rng.int(30, 400)));
      contactCourant(ctx, rng, etat, day);
    }
  }
  if (etat.derniere === null) toucher(etat, start);
  ressources(ctx, rng, etat);
  ecrireFoyer(ctx, rng, etat, ouverture, commune, adresse);
  ctx.stats.foyer(etat.membres.filter((m) => m.nouvelle).length);
  return suivante ? { ...suivante, edsIndex: eds.index } : null;
}

/** Reference-list weights restricted to the active codes, computed once. */
export function poidsReferentiels(referentiels: Referentiels) {
  const domaines = available(DOMAINE_WEIGHTS, referentiels.domaines);
  const domainesRsa = available(
    DOMAINE_WEIGHTS.map(([code, w]) => [code, code === 'EMPLOI' || code === 'FORMATION' || code === 'MOBILITE' ? w * 3 : w] as const),
    referentiels.domaines,
  );
  return { domaines, domainesRsa, typesAction: available(TYPES_ACTION, referentiels.typesAction) };
}
