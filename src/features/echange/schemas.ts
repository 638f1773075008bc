/**
 * The exchange format (../shared/spec/format-echange.md): the 17 files, their columns (required or
 * not) and the zod schema of a row, with French messages. A row reaches its schema as an object of
 * trimmed strings, an empty field being absent. Rules that need the database (codes of the reference
 * lists, references to other rows, the dispositifs' bounds) are checked by the validation pass.
 */
import { z } from 'zod';
import {
  CategorieAide,
  Canal,
  ModeRendezVous,
  OrientationRsa,
  ResultatObjectif,
  Role,
  RoleFoyer,
  Sexe,
  StatutAide,
  StatutRendezVous,
  TypeContrat,
} from '@/generated/prisma/enums';
import { parseDateHeureParis, parseJour, parseMontantCentimes, type Instant } from './valeurs';

/** The files in dependency order: a file only refers to files before it. */
export const NOMS_FICHIERS = [
  'eds.csv',
  'agents.csv',
  'affectations.csv',
  'population.csv',
  'personnes.csv',
  'foyers.csv',
  'appartenances.csv',
  'rsa.csv',
  'contacts.csv',
  'rendez_vous.csv',
  'contrats.csv',
  'diagnostics.csv',
  'objectifs.csv',
  'actions.csv',
  'bilans.csv',
  'aides.csv',
  'ressources.csv',
] as const;
export type NomFichier = (typeof NOMS_FICHIERS)[number];

export function isNomFichier(nom: string): nom is NomFichier {
  return (NOMS_FICHIERS as readonly string[]).includes(nom);
}

export type Colonne = { nom: string; requise: boolean };

/** "code*" = required. */
function colonnes(...noms: string[]): readonly Colonne[] {
  return noms.map((n) => (n.endsWith('*') ? { nom: n.slice(0, -1), requise: true } : { nom: n, requise: false }));
}

/** Columns of each file, in the order the export writes them. */
export const COLONNES: Record<NomFichier, readonly Colonne[]> = {
  'eds.csv': colonnes('code*', 'nom*', 'communes'),
  'agents.csv': colonnes('agent_id*', 'nom*', 'prenom*', 'role*', 'email'),
  'affectations.csv': colonnes('agent_id*', 'eds_code*', 'debut*', 'fin', 'quotite*'),
  'population.csv': colonnes('annee*', 'population*', 'cout_etpt_ts'),
  'personnes.csv': colonnes('personne_id*', 'nom*', 'prenom*', 'date_naissance*', 'sexe*', 'nom_naissance', 'numero_allocataire'),
  'foyers.csv': colonnes('foyer_id*', 'eds_code*', 'commune', 'adresse', 'date_ouverture'),
  'appartenances.csv': colonnes('personne_id*', 'foyer_id*', 'role*', 'debut*', 'fin'),
  'contacts.csv': colonnes('contact_id*', 'foyer_id*', 'personne_id', 'date*', 'canal*', 'agent_id', 'motif'),
  'rendez_vous.csv': colonnes('rdv_id*', 'foyer_id*', 'personne_id', 'agent_id*', 'debut*', 'duree_minutes', 'mode*', 'statut*'),
  'rsa.csv': colonnes('personne_id*', 'debut*', 'fin', 'orientation*'),
  'contrats.csv': colonnes('contrat_id*', 'foyer_id*', 'personne_id', 'type*', 'debut*', 'fin*', 'agent_id'),
  'diagnostics.csv': colonnes('diagnostic_id*', 'foyer_id*', 'date*', 'agent_id', 'domaines'),
  'objectifs.csv': colonnes('objectif_id*', 'foyer_id*', 'domaine*', 'libelle*', 'date*', 'echeance', 'resultat'),
  'actions.csv': colonnes('action_id*', 'foyer_id*', 'date*', 'type*', 'libelle', 'partenaire'),
  'bilans.csv': colonnes('bilan_id*', 'foyer_id*', 'date*', 'motif_sortie*', 'commentaire'),
  'aides.csv': colonnes(
    'aide_id*', 'foyer_id*', 'dispositif*', 'categorie*', 'montant*', 'statut*', 'date_demande*', 'date_decision', 'date_paiement',
  ),
  'ressources.csv': colonnes('foyer_id*', 'annee*', 'revenus_travail', 'retraite', 'allocations', 'autres'),
};

// ───────────────────────── Field types ─────────────────────────

export const MANQUANT = 'valeur obligatoire manquante';

const requis = { error: (issue: { input?: unknown }) => (issue.input === undefined ? MANQUANT : 'texte attendu') };

/** An identifier or a free text. */
const texte = () => z.string(requis);

function enumeration<const T extends Record<string, string>>(valeurs: T) {
  const liste = Object.values(valeurs).join(', ');
  return z.enum(valeurs, {
    error: (issue) => (issue.input === undefined ? MANQUANT : `valeur « ${String(issue.input)} » inconnue (valeurs possibles : ${liste})`),
  });
}

const jour = () =>
  texte().transform((v, ctx) => {
    const d = parseJour(v);
    if (d === null) {
      ctx.addIssue({ code: 'custom', message: `date invalide « ${v} » : attendu AAAA-MM-JJ, une date qui existe` });
      return z.NEVER;
    }
    return d;
  });

const RAISONS_DATE_HEURE = {
  format: 'attendu AAAA-MM-JJTHH:MM (heure de Paris)',
  date: 'cette date n’existe pas',
  heure: 'heure invalide',
  inexistante: 'cette heure n’existe pas à Paris (passage à l’heure d’été)',
} as const;

const dateHeure = () =>
  texte().transform((v, ctx): Instant => {
    const r = parseDateHeureParis(v);
    if (!r.ok) {
      ctx.addIssue({ code: 'custom', message: `date et heure invalides « ${v} » : ${RAISONS_DATE_HEURE[r.raison]}` });
      return z.NEVER;
    }
    return r.instant;
  });

/** A day, or a Paris date-time (contacts: the format names a date; exports keep the time when there is one). */
const jourOuDateHeure = () =>
  texte().transform((v, ctx): Instant => {
    if (v.length === 10) {
      const d = parseJour(v);
      if (d !== null) {
        const r = parseDateHeureParis(`${d}T00:00`);
        if (r.ok) return r.instant;
      }
      ctx.addIssue({ code: 'custom', message: `date invalide « ${v} » : attendu AAAA-MM-JJ (ou AAAA-MM-JJTHH:MM), une date qui existe` });
      return z.NEVER;
    }
    const r = parseDateHeureParis(v);
    if (!r.ok) {
      ctx.addIssue({ code: 'custom', message: `date invalide « ${v} » : attendu AAAA-MM-JJ ou AAAA-MM-JJTHH:MM, ${RAISONS_DATE_HEURE[r.raison]}` });
      return z.NEVER;
    }
    return r.instant;
  });

/** An amount in cents. */
const montant = () =>
  texte().transform((v, ctx) => {
    const c = parseMontantCentimes(v);
    if (c === null) {
      ctx.addIssue({ code: 'custom', message: `montant invalide « ${v} » : attendu un nombre positif en euros avec un point et au plus 2 décimales (ex. 123.45)` });
      return z.NEVER;
    }
    return c;
  });

function entier(min: number, max: number, quoi: string) {
  return texte().transform((v, ctx) => {
    const n = /^\d{1,9}$/.test(v) ? Number(v) : NaN;
    if (!(n >= min && n <= max)) {
      ctx.addIssue({ code: 'custom', message: `${quoi} invalide « ${v} » : attendu un entier de ${min} à ${max}` });
      return z.NEVER;
    }
    return n;
  });
}

const QUOTITE = /^(?:0(?:\.\d{1,3})?|1(?:\.0{1,3})?)$/;

const quotite = () =>
  texte().transform((v, ctx) => {
    if (!QUOTITE.test(v) || Number(v) <= 0) {
      ctx.addIssue({
        code: 'custom',
        message: `quotité invalide « ${v} » : attendu un nombre strictement supérieur à 0 et au plus 1, avec un point et au plus 3 décimales (ex. 0.8)`,
      });
      return z.NEVER;
    }
    return v;
  });

const INSEE = /^(?:\d{5}|2[AB]\d{3})$/;

const codeCommune = () =>
  texte().refine((v) => INSEE.test(v), { message: 'code commune INSEE invalide : attendu 5 caractères (ex. 94028, 2A004)' });

/** "A;B;C" → ["A", "B", "C"] (blanks dropped, each value unique). */
function liste(quoi: string, element?: (v: string) => string | null) {
  return texte().transform((v, ctx) => {
    const valeurs = v.split(';').map((s) => s.trim()).filter((s) => s.length > 0);
    const vus = new Set<string>();
    for (const valeur of valeurs) {
      const erreur = element?.(valeur) ?? null;
      if (erreur) ctx.addIssue({ code: 'custom', message: erreur });
      else if (vus.has(valeur)) ctx.addIssue({ code: 'custom', message: `${quoi} « ${valeur} » en double dans la liste` });
      vus.add(valeur);
    }
    return valeurs;
  });
}

const email = () => z.email({ error: (issue) => (issue.input === undefined ? MANQUANT : `adresse e-mail invalide « ${String(issue.input)} »`) });

type Ctx = z.RefinementCtx;

function finApresDebut(ctx: Ctx, debut: string, fin: string | undefined, colonne = 'fin', libelle = 'la fin') {
  if (fin !== undefined && fin < debut) ctx.addIssue({ code: 'custom', path: [colonne], message: `${libelle} (${fin}) précède le début (${debut})` });
}

// ───────────────────────── Rows ─────────────────────────

export const edsLigne = z.object({
  code: texte(),
  nom: texte(),
  communes: liste('commune', (v) => (INSEE.test(v) ? null : `code commune INSEE invalide « ${v} » : attendu 5 caractères (ex. 94028, 2A004)`)).optional(),
});

export const agentLigne = z.object({
  agent_id: texte(),
  nom: texte(),
  prenom: texte(),
  role: enumeration(Role),
  email: email().optional(),
});

export const affectationLigne = z
  .object({ agent_id: texte(), eds_code: texte(), debut: jour(), fin: jour().optional(), quotite: quotite() })
  .superRefine((r, ctx) => finApresDebut(ctx, r.debut, r.fin));

export const populationLigne = z.object({
  annee: entier(1900, 2200, 'année'),
  population: entier(1, 999_999_999, 'population'),
  cout_etpt_ts: montant()
    .refine((c) => c > 0, { message: 'le coût d’un ETPT doit être strictement positif' })
    .optional(),
});

export const personneLigne = z.object({
  personne_id: texte(),
  nom: texte(),
  prenom: texte(),
  date_naissance: jour(),
  sexe: enumeration(Sexe),
  nom_naissance: texte().optional(),
  numero_allocataire: texte().optional(),
});

export const foyerLigne = z.object({
  foyer_id: texte(),
  eds_code: texte(),
  commune: codeCommune().optional(),
  adresse: texte().optional(),
  date_ouverture: jour().optional(),
});

export const appartenanceLigne = z
  .object({ personne_id: texte(), foyer_id: texte(), role: enumeration(RoleFoyer), debut: jour(), fin: jour().optional() })
  .superRefine((r, ctx) => finApresDebut(ctx, r.debut, r.fin));

export const contactLigne = z.object({
  contact_id: texte(),
  foyer_id: texte(),
  personne_id: texte().optional(),
  date: jourOuDateHeure(),
  canal: enumeration(Canal),
  agent_id: texte().optional(),
  motif: texte().optional(),
});

export const rendezVousLigne = z.object({
  rdv_id: texte(),
  foyer_id: texte(),
  personne_id: texte().optional(),
  agent_id: texte(),
  debut: dateHeure(),
  duree_minutes: entier(1, 720, 'durée').optional(),
  mode: enumeration(ModeRendezVous),
  statut: enumeration(StatutRendezVous),
});

export const rsaLigne = z
  .object({ personne_id: texte(), debut: jour(), fin: jour().optional(), orientation: enumeration(OrientationRsa) })
  .superRefine((r, ctx) => finApresDebut(ctx, r.debut, r.fin));

export const contratLigne = z
  .object({
    contrat_id: texte(),
    foyer_id: texte(),
    personne_id: texte().optional(),
    type: enumeration(TypeContrat),
    debut: jour(),
    fin: jour(),
    agent_id: texte().optional(),
  })
  .superRefine((r, ctx) => finApresDebut(ctx, r.debut, r.fin));

export const diagnosticLigne = z.object({
  diagnostic_id: texte(),
  foyer_id: texte(),
  date: jour(),
  agent_id: texte().optional(),
  domaines: liste('domaine').optional(),
});

export const objectifLigne = z
  .object({
    objectif_id: texte(),
    foyer_id: texte(),
    domaine: texte(),
    libelle: texte(),
    date: jour(),
    echeance: jour().optional(),
    resultat: enumeration(ResultatObjectif).optional(),
  })
  .superRefine((r, ctx) => {
    if (r.echeance !== undefined && r.echeance < r.date) {
      ctx.addIssue({ code: 'custom', path: ['echeance'], message: `l’échéance (${r.echeance}) précède la date de l’objectif (${r.date})` });
    }
  });

export const actionLigne = z.object({
  action_id: texte(),
  foyer_id: texte(),
  date: jour(),
  type: texte(),
  libelle: texte().optional(),
  partenaire: texte().optional(),
});

export const bilanLigne = z.object({
  bilan_id: texte(),
  foyer_id: texte(),
  date: jour(),
  motif_sortie: texte(),
  commentaire: texte().optional(),
});

export const aideLigne = z
  .object({
    aide_id: texte(),
    foyer_id: texte(),
    dispositif: texte(),
    categorie: enumeration(CategorieAide),
    montant: montant(),
    statut: enumeration(StatutAide),
    date_demande: jour(),
    date_decision: jour().optional(),
    date_paiement: jour().optional(),
  })
  .superRefine((r, ctx) => {
    if (r.date_decision !== undefined && r.date_decision < r.date_demande) {
      ctx.addIssue({ code: 'custom', path: ['date_decision'], message: `la décision (${r.date_decision}) précède la demande (${r.date_demande})` });
    }
    if (r.date_paiement !== undefined && r.date_paiement < r.date_demande) {
      ctx.addIssue({ code: 'custom', path: ['date_paiement'], message: `le paiement (${r.date_paiement}) précède la demande (${r.date_demande})` });
    }
    if (r.statut === 'PAYEE' && r.date_paiement === undefined) {
      ctx.addIssue({ code: 'custom', path: ['date_paiement'], message: 'une aide payée doit avoir une date de paiement' });
    }
  });

export const ressourceLigne = z.object({
  foyer_id: texte(),
  annee: entier(1900, 2200, 'année'),
  revenus_travail: montant().optional(),
  retraite: montant().optional(),
  allocations: montant().optional(),
  autres: montant().optional(),
});

export const SCHEMAS = {
  'eds.csv': edsLigne,
  'agents.csv': agentLigne,
  'affectations.csv': affectationLigne,
  'population.csv': populationLigne,
  'personnes.csv': personneLigne,
  'foyers.csv': foyerLigne,
  'appartenances.csv': appartenanceLigne,
  'contacts.csv': contactLigne,
  'rendez_vous.csv': rendezVousLigne,
  'rsa.csv': rsaLigne,
  'contrats.csv': contratLigne,
  'diagnostics.csv': diagnosticLigne,
  'objectifs.csv': objectifLigne,
  'actions.csv': actionLigne,
  'bilans.csv': bilanLigne,
  'aides.csv': aideLigne,
  'ressources.csv': ressourceLigne,
} as const satisfies Record<NomFichier, z.ZodType>;

export type Ligne<N extends NomFichier> = z.output<(typeof SCHEMAS)[N]>;

/** The raw row a schema reads: trimmed strings, empty fields absent. */
export type LigneBrute = Record<string, string | undefined>;
