import 'server-only';
import { loadDossierCible } from '@/features/dossiers/cible';
import { ActionError, type ActionDefinition } from '@/server/action';
import { diffFields } from '@/server/audit';
import { startOfTodayUtc } from '@/server/dates';
import type { Tx } from '@/server/db';
import { canCreateContact, type DossierCible } from '@/server/policy';
import { createContactLegerSchema, createContactSchema } from './schemas';

type Guichet = { deskEdsId: number; siteId: number };
type ContactCible = Guichet & { dossier: DossierCible };
type ContactLegerCible = Guichet & { dossier: null };

/** The desk: a site of an EDS (an inactive or unknown site answers "not found", like any forged id). */
async function loadGuichet(tx: Tx, siteId: number): Promise<Guichet | null> {
  const site = await tx.site.findUnique({ where: { id: siteId }, select: { id: true, edsId: true, actif: true } });
  return site && site.actif ? { deskEdsId: site.edsId, siteId: site.id } : null;
}

/** The field diff of a creation, as JSON for the audit row (dates as ISO strings). */
function diffAudit(valeurs: Record<string, unknown>): Record<string, [string | number | boolean | null, string | number | boolean | null]> {
  const diff = diffFields({}, valeurs);
  const json = (v: unknown) => (v instanceof Date ? v.toISOString() : typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? v : null);
  return Object.fromEntries(Object.entries(diff).map(([k, [avant, apres]]) => [k, [json(avant), json(apres)]]));
}

/** The motif must be an active entry of the MotifContact list (an admin may retire one while a form is open). */
async function assertMotif(tx: Tx, code: string): Promise<void> {
  const motif = await tx.motifContact.findUnique({ where: { code }, select: { actif: true } });
  if (!motif?.actif) throw new ActionError('INVALIDE', 'Certains champs sont à corriger.', { motifCode: ['Choisissez un motif de la liste.'] });
}

/**
 * Logs a fiche contact for a foyer at a desk of the acteur's EDS. The contact belongs to the desk's EDS
 * (the journal counts it there), even when the foyer is followed by another EDS (policy: canCreateContact).
 */
export const createContactDefinition = {
  schema: createContactSchema,
  load: async (tx, input) => {
    const guichet = await loadGuichet(tx, input.siteId);
    const dossier = guichet ? await loadDossierCible(tx, input.foyerId, startOfTodayUtc()) : null;
    return guichet && dossier ? { ...guichet, dossier } : null;
  },
  authorize: canCreateContact,
  run: async (tx, input, acteur, cible) => {
    await assertMotif(tx, input.motifCode);
    if (input.personneId !== undefined) {
      const today = startOfTodayUtc();
      const membre = await tx.appartenance.findFirst({
        where: { foyerId: input.foyerId, personneId: input.personneId, debut: { lte: today }, OR: [{ fin: null }, { fin: { gte: today } }] },
        select: { id: true },
      });
      if (!membre) throw new ActionError('INVALIDE', 'Certains champs sont à corriger.', { personneId: ['Choisissez un membre actuel du foyer.'] });
    }
    const valeurs = {
      foyerId: input.foyerId,
      personneId: input.personneId ?? null,
      edsId: cible.deskEdsId,
      siteId: cible.siteId,
      date: input.date,
      canal: input.canal,
      agentId: acteur.id,
      motifCode: input.motifCode,
      suite: input.suite,
      urgence: input.urgence,
      partenaire: input.partenaire ?? null,
      noteAccueil: input.noteAccueil ?? null,
    };
    const contact = await tx.contact.create({ data: valeurs, select: { id: true } });
    // The note itself stays out of the audit log (it is social content); its length is enough to trace the write.
    const { noteAccueil, ...traces } = valeurs;
    return {
      data: { id: contact.id, foyerId: input.foyerId, suite: input.suite },
      message: input.urgence ? 'Fiche contact enregistrée : l’urgence est signalée aux travailleurs sociaux de l’EDS.' : 'Fiche contact enregistrée.',
      audit: {
        action: 'CREATION',
        objet: 'Contact',
        objetId: contact.id,
        foyerId: input.foyerId,
        details: diffAudit({ ...traces, noteAccueil: noteAccueil ? `${noteAccueil.length} caractères` : null }),
      },
    };
  },
} satisfies ActionDefinition<typeof createContactSchema, ContactCible, { id: number; foyerId: number; suite: string }>;

/**
 * Logs a light contact: information given to an unidentified (or not yet created) person, no follow-up.
 * No foyer, no person (a CHECK forbids a person without a foyer): it counts in the journal, not in the foyers.
 */
export const createContactLegerDefinition = {
  schema: createContactLegerSchema,
  load: async (tx, input) => {
    const guichet = await loadGuichet(tx, input.siteId);
    return guichet ? { ...guichet, dossier: null } : null;
  },
  authorize: canCreateContact,
  run: async (tx, input, acteur, cible) => {
    await assertMotif(tx, input.motifCode);
    if (input.communeCode !== undefined && !(await tx.commune.findUnique({ where: { code: input.communeCode }, select: { code: true } }))) {
      throw new ActionError('INVALIDE', 'Certains champs sont à corriger.', { communeCode: ['Choisissez une commune de la liste.'] });
    }
    const valeurs = {
      foyerId: null,
      personneId: null,
      edsId: cible.deskEdsId,
      siteId: cible.siteId,
      date: input.date,
      canal: input.canal,
      agentId: acteur.id,
      motifCode: input.motifCode,
      suite: 'INFORMATION' as const,
      urgence: false,
      communeCode: input.communeCode ?? null,
      trancheAge: input.trancheAge,
    };
    const contact = await tx.contact.create({ data: valeurs, select: { id: true } });
    return {
      data: { id: contact.id },
      message: 'Contact léger enregistré.',
      audit: {
        action: 'CREATION',
        objet: 'ContactLeger',
        objetId: contact.id,
        details: diffAudit(valeurs),
      },
    };
  },
} satisfies ActionDefinition<typeof createContactLegerSchema, ContactLegerCible, { id: number }>;
