import 'server-only';
import { ajouterJours } from '@/features/agenda/regles/calendrier-paris';
import { loadDossierCible } from '@/features/dossiers/cible';
import { ActionError, type ActionDefinition } from '@/server/action';
import { writeAudit, type AuditEntry } from '@/server/audit';
import { startOfTodayUtc } from '@/server/dates';
import type { Tx } from '@/server/db';
import { canCreateFoyer, canEditComposition, type DossierCible } from '@/server/policy';
import { assertCommune, assertComposition, bumpVersionFoyer, colonne, jourDe, loadPeriodes, ouvrirFoyer } from './composition';
import { findDoublons, verrouillerCreationPersonne, type DoublonDto } from './doublons';
import { verifierArrivee, verifierComposition, verifierDepart, type Periode } from './regles/composition';
import { doublonsTousEcartes } from './regles/doublons';
import { ajouterMembreSchema, createPersonneSchema, departSchema, separationSchema } from './schemas';

const INVALIDE = 'Certains champs sont à corriger.';
const refus = (fieldErrors: Record<string, string[]>) => new ActionError('INVALIDE', INVALIDE, fieldErrors);

type FoyerCible = { foyerId: number; dossier: DossierCible & { dossierId: number } };

async function loadFoyerCible(tx: Tx, foyerId: number): Promise<FoyerCible | null> {
  const dossier = await loadDossierCible(tx, foyerId, startOfTodayUtc());
  return dossier ? { foyerId, dossier } : null;
}

const authorizeComposition = (acteur: Parameters<typeof canEditComposition>[0], cible: FoyerCible) => canEditComposition(acteur, cible.dossier);

export type CreatePersonneResultat =
  /** Likely duplicates found: nothing written; the user picks one or confirms it is someone else. */
  | { type: 'DOUBLONS'; doublons: DoublonDto[] }
  | { type: 'CREEE'; personneId: number; foyerId: number; nouveauFoyer: boolean };

type CreationCible = { mode: 'NOUVEAU_FOYER'; edsId: number } | ({ mode: 'FOYER' } & FoyerCible);

/**
 * Creates a person, with a new foyer (and its dossier, assigned by the EDS's rule) or in an existing foyer.
 * Before writing, under a lock on the birth date, the duplicate ladder runs: any likely duplicate the user has
 * not dismissed is returned instead, and nothing is written. A dismissal is recorded in the audit log.
 */
export const createPersonneDefinition = {
  schema: createPersonneSchema,
  load: async (tx, input): Promise<CreationCible | null> => {
    if (input.foyerId === undefined) return input.edsId === undefined ? null : { mode: 'NOUVEAU_FOYER', edsId: input.edsId };
    const cible = await loadFoyerCible(tx, input.foyerId);
    return cible ? { mode: 'FOYER', ...cible } : null;
  },
  authorize: (acteur, cible) => (cible.mode === 'FOYER' ? authorizeComposition(acteur, cible) : canCreateFoyer(acteur, cible.edsId)),
  run: async (tx, input, acteur, cible): Promise<{ data: CreatePersonneResultat; audit: AuditEntry; message: string }> => {
    const today = startOfTodayUtc();
    const aujourdhui = jourDe(today);
    await verrouillerCreationPersonne(tx, input.dateNaissance);

    const arrivant: Periode = { role: input.role, dateNaissance: input.dateNaissance, debut: input.depuis, fin: null };
    const membres = cible.mode === 'FOYER' ? await loadPeriodes(tx, cible.foyerId) : [];
    assertComposition(verifierArrivee(membres, arrivant, aujourdhui));
    if (cible.mode === 'NOUVEAU_FOYER') await assertCommune(tx, input.communeCode);

    const doublons = await findDoublons(tx, acteur, input, today);
    if (!doublonsTousEcartes(doublons.map((d) => d.personneId), input.doublonsEcartes)) {
      return {
        data: { type: 'DOUBLONS' as const, doublons },
        message: 'Cette personne existe peut-être déjà : vérifiez les fiches proposées.',
        // The candidates' identities were shown: a read of personal data.
        audit: { action: 'LECTURE' as const, objet: 'DoublonsPersonne', details: { personneIds: doublons.map((d) => d.personneId), echelons: doublons.map((d) => d.echelon) } },
      };
    }

    const identite = {
      nom: input.nom,
      prenom: input.prenom,
      nomNaissance: input.nomNaissance ?? null,
      dateNaissance: colonne(input.dateNaissance),
      sexe: input.sexe,
      numeroAllocataire: input.numeroAllocataire ?? null,
      telephone: input.telephone ?? null,
      email: input.email ?? null,
    };
    let foyerId: number;
    if (cible.mode === 'FOYER') {
      // The schema requires the version with a foyer; 0 never matches (conflict).
      await bumpVersionFoyer(tx, cible.foyerId, input.version ?? 0);
      foyerId = cible.foyerId;
    } else {
      foyerId = (await ouvrirFoyer(tx, { edsId: cible.edsId, adresse: input.adresse, communeCode: input.communeCode, today, acteurId: acteur.id })).foyerId;
    }
    const personne = await tx.personne.create({ data: identite, select: { id: true } });
    await tx.appartenance.create({ data: { personneId: personne.id, foyerId, role: input.role, debut: colonne(input.depuis) } });

    if (doublons.length > 0) {
      // "C'est une autre personne": who decided, and against which records.
      await writeAudit(tx, acteur.id, {
        action: 'CREATION',
        objet: 'ConfirmationAutrePersonne',
        objetId: personne.id,
        foyerId,
        details: { candidats: doublons.map((d) => d.personneId), echelons: doublons.map((d) => d.echelon) },
      });
    }
    return {
      data: { type: 'CREEE' as const, personneId: personne.id, foyerId, nouveauFoyer: cible.mode === 'NOUVEAU_FOYER' },
      message: cible.mode === 'NOUVEAU_FOYER' ? 'Personne et foyer créés ; le dossier est ouvert.' : 'Personne ajoutée au foyer.',
      audit: {
        action: 'CREATION' as const,
        objet: 'Personne',
        objetId: personne.id,
        foyerId,
        details: {
          ...Object.fromEntries(Object.entries(identite).map(([k, v]) => [k, v instanceof Date ? jourDe(v) : v])),
          role: input.role,
          depuis: input.depuis,
          nouveauFoyer: cible.mode === 'NOUVEAU_FOYER',
          doublonsEcartes: doublons.map((d) => d.personneId),
        },
      },
    };
  },
} satisfies ActionDefinition<typeof createPersonneSchema, CreationCible, CreatePersonneResultat>;

/** An existing person (picked among the likely duplicates, or a person of another foyer) joins a foyer. */
export const ajouterMembreDefinition = {
  schema: ajouterMembreSchema,
  load: (tx, input) => loadFoyerCible(tx, input.foyerId),
  authorize: authorizeComposition,
  run: async (tx, input, _acteur, cible) => {
    const personne = await tx.personne.findUnique({ where: { id: input.personneId }, select: { id: true, dateNaissance: true, fusionneeDansId: true } });
    if (!personne || personne.fusionneeDansId !== null) throw refus({ personneId: ['Cette fiche n’existe plus (elle a peut-être été fusionnée) : recherchez de nouveau la personne.'] });
    const membres = await loadPeriodes(tx, cible.foyerId);
    const arrivant: Periode = { role: input.role, dateNaissance: jourDe(personne.dateNaissance), debut: input.depuis, fin: null };
    if (membres.some((m) => m.personneId === personne.id && (m.fin === null || m.fin >= input.depuis))) {
      throw refus({ depuis: ['Cette personne fait déjà partie du foyer à cette date.'] });
    }
    assertComposition(verifierArrivee(membres, arrivant, jourDe(startOfTodayUtc())));
    await bumpVersionFoyer(tx, cible.foyerId, input.version);
    const appartenance = await tx.appartenance.create({ data: { personneId: personne.id, foyerId: cible.foyerId, role: input.role, debut: colonne(input.depuis) }, select: { id: true } });
    return {
      data: { foyerId: cible.foyerId },
      message: 'Personne ajoutée au foyer.',
      audit: {
        action: 'MODIFICATION',
        objet: 'Composition',
        objetId: cible.foyerId,
        foyerId: cible.foyerId,
        details: { arrivee: { appartenanceId: appartenance.id, personneId: personne.id, role: input.role, debut: input.depuis } },
      },
    };
  },
} satisfies ActionDefinition<typeof ajouterMembreSchema, FoyerCible, { foyerId: number }>;

/** A member leaves the foyer (the membership is closed, never deleted: the history stays). */
export const departDefinition = {
  schema: departSchema,
  load: (tx, input) => loadFoyerCible(tx, input.foyerId),
  authorize: authorizeComposition,
  run: async (tx, input, _acteur, cible) => {
    const a = await tx.appartenance.findFirst({ where: { id: input.appartenanceId, foyerId: cible.foyerId }, select: { id: true, debut: true, fin: true } });
    if (!a) throw new ActionError('INTROUVABLE', 'Cette fiche est introuvable.');
    if (a.fin !== null) throw refus({ fin: [`Le départ de cette personne est déjà enregistré (dernier jour : ${jourDe(a.fin).split('-').reverse().join('/')}).`] });
    const erreur = verifierDepart({ debut: jourDe(a.debut) }, input.fin, jourDe(startOfTodayUtc()));
    if (erreur === 'FIN_AVANT_DEBUT') throw refus({ fin: ['Le dernier jour dans le foyer ne peut pas précéder la date d’arrivée.'] });
    if (erreur === 'DATE_FUTURE') throw refus({ fin: ['La date de départ ne peut pas être dans le futur.'] });
    await bumpVersionFoyer(tx, cible.foyerId, input.version);
    await tx.appartenance.update({ where: { id: a.id }, data: { fin: colonne(input.fin) } });
    return {
      data: { foyerId: cible.foyerId },
      message: 'Départ enregistré.',
      audit: { action: 'MODIFICATION', objet: 'Composition', objetId: cible.foyerId, foyerId: cible.foyerId, details: { depart: { appartenanceId: a.id, fin: [null, input.fin] } } },
    };
  },
} satisfies ActionDefinition<typeof departSchema, FoyerCible, { foyerId: number }>;

/**
 * A separation: the chosen members leave (their last day is the day before `date`) and form a new foyer from
 * `date`, with its own dossier in the same EDS, assigned by the EDS's rule. The old memberships are closed,
 * not moved: both foyers keep their history.
 */
export const separationDefinition = {
  schema: separationSchema,
  load: (tx, input) => loadFoyerCible(tx, input.foyerId),
  authorize: authorizeComposition,
  run: async (tx, input, acteur, cible) => {
    const today = startOfTodayUtc();
    const membres = await loadPeriodes(tx, cible.foyerId);
    const presents = membres.filter((m) => m.debut < input.date && (m.fin === null || m.fin >= input.date));
    const partants = presents.filter((m) => input.partants.includes(m.id));
    if (partants.length !== input.partants.length) {
      throw refus({ partants: ['Cochez des personnes présentes dans le foyer avant la date de la séparation.'] });
    }
    if (presents.length === partants.length) {
      throw refus({ partants: ['Au moins une personne reste dans le foyer d’origine ; si tout le foyer part, enregistrez plutôt un changement d’adresse.'] });
    }
    const nouveauxMembres: Periode[] = partants.map((m) => ({
      ...m,
      // The chosen person becomes the reference; a former reference who follows becomes "autre".
      role: m.id === input.referenceId ? 'REFERENCE' : m.role === 'REFERENCE' ? 'AUTRE' : m.role,
      debut: input.date,
      fin: null,
    }));
    assertComposition(verifierComposition(nouveauxMembres, jourDe(today)), { dateNaissance: 'referenceId', role: 'referenceId', depuis: 'date' });
    await assertCommune(tx, input.communeCode);
    await bumpVersionFoyer(tx, cible.foyerId, input.version);

    const veille = colonne(ajouterJours(input.date, -1));
    await tx.appartenance.updateMany({ where: { id: { in: partants.map((m) => m.id) } }, data: { fin: veille } });
    const { foyerId } = await ouvrirFoyer(tx, { edsId: cible.dossier.edsId, adresse: input.adresse, communeCode: input.communeCode, today, acteurId: acteur.id });
    await tx.appartenance.createMany({
      data: partants.map((m, i) => ({ personneId: m.personneId, foyerId, role: nouveauxMembres[i]!.role, debut: colonne(input.date) })),
    });
    await writeAudit(tx, acteur.id, {
      action: 'CREATION',
      objet: 'Foyer',
      objetId: foyerId,
      foyerId,
      details: { separationDe: cible.foyerId, personneIds: partants.map((m) => m.personneId), debut: input.date },
    });
    return {
      data: { foyerId: cible.foyerId, nouveauFoyerId: foyerId },
      message: 'Séparation enregistrée : le nouveau foyer et son dossier sont créés.',
      audit: {
        action: 'MODIFICATION',
        objet: 'Composition',
        objetId: cible.foyerId,
        foyerId: cible.foyerId,
        details: { separation: { nouveauFoyerId: foyerId, appartenanceIds: partants.map((m) => m.id), fin: ajouterJours(input.date, -1) } },
      },
    };
  },
} satisfies ActionDefinition<typeof separationSchema, FoyerCible, { foyerId: number; nouveauFoyerId: number }>;
