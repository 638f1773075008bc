import 'server-only';
import { z } from 'zod';
import { ActionError, assertVersion, type ActionDefinition } from '@/server/action';
import type { Tx } from '@/server/db';
import { canFusionnerPersonnes, type DossierCible } from '@/server/policy';
import { compterLien, deplacerLien, LIENS_PERSONNE, loadDossiersDesPersonnes, type TableLien } from './fusion-liens';
import { annulerFusionSchema, fusionSchema } from './schemas';

const INVALIDE = 'Certains champs sont à corriger.';

/** A row the merge had to delete (a colliding twin of a row of the kept record), stored whole so the undo recreates it. */
const appartenanceSupprimee = z.object({
  id: z.number(),
  personneId: z.number(),
  foyerId: z.number(),
  role: z.enum(['REFERENCE', 'CONJOINT', 'ENFANT', 'AUTRE']),
  debut: z.string(),
  fin: z.string().nullable(),
});
const orientationSupprimee = z.object({
  id: z.number(),
  personneId: z.number(),
  debut: z.string(),
  fin: z.string().nullable(),
  orientation: z.enum(['SOCIALE_DEPARTEMENT', 'SOCIALE_PARTENAIRE', 'SOCIO_PROFESSIONNELLE', 'PROFESSIONNELLE', 'ACCOMPAGNEMENT_GLOBAL']),
  structureId: z.number().nullable(),
  referentId: z.number().nullable(),
});

/** The details of a FusionPersonne audit entry: exactly what the undo needs. */
export const detailsFusionSchema = z.object({
  garderId: z.number(),
  doublonId: z.number(),
  /** Versions of both records right after the merge: the undo refuses if either record changed since. */
  versionGarder: z.number(),
  versionDoublon: z.number(),
  deplacees: z.record(z.string(), z.array(z.number())),
  supprimees: z.object({ appartenance: z.array(appartenanceSupprimee), orientation_rsa: z.array(orientationSupprimee) }),
});
export type DetailsFusion = z.infer<typeof detailsFusionSchema>;

type FusionCible = { dossiers: DossierCible[] };

const jour = (d: Date) => d.toISOString().slice(0, 10);
const date = (j: string) => new Date(`${j}T00:00:00.000Z`);
const chevauchent = (a: { debut: Date; fin: Date | null }, b: { debut: Date; fin: Date | null }) =>
  a.debut <= (b.fin ?? new Date(8.64e15)) && b.debut <= (a.fin ?? new Date(8.64e15));

/**
 * Rows of the duplicate that would collide with the kept record's (unique keys, or the same person twice in a
 * foyer at the same time): a membership of the same foyer over an overlapping period, an RSA orientation
 * starting the same day. The kept record's row wins; the duplicate's is deleted and kept whole in the audit.
 */
async function supprimerCollisions(tx: Tx, garderId: number, doublonId: number): Promise<DetailsFusion['supprimees']> {
  const [membresA, membresB] = await Promise.all(
    [garderId, doublonId].map((personneId) => tx.appartenance.findMany({ where: { personneId }, select: { id: true, personneId: true, foyerId: true, role: true, debut: true, fin: true } })),
  );
  const appartenances = (membresB ?? []).filter((b) => (membresA ?? []).some((a) => a.foyerId === b.foyerId && chevauchent(a, b)));
  const [orientA, orientB] = await Promise.all(
    [garderId, doublonId].map((personneId) =>
      tx.orientationRsaPersonne.findMany({ where: { personneId }, select: { id: true, personneId: true, debut: true, fin: true, orientation: true, structureId: true, referentId: true } }),
    ),
  );
  const orientations = (orientB ?? []).filter((b) => (orientA ?? []).some((a) => a.debut.getTime() === b.debut.getTime()));
  if (appartenances.length) await tx.appartenance.deleteMany({ where: { id: { in: appartenances.map((r) => r.id) } } });
  if (orientations.length) await tx.orientationRsaPersonne.deleteMany({ where: { id: { in: orientations.map((r) => r.id) } } });
  return {
    appartenance: appartenances.map((r) => ({ ...r, debut: jour(r.debut), fin: r.fin ? jour(r.fin) : null })),
    orientation_rsa: orientations.map((r) => ({ ...r, debut: jour(r.debut), fin: r.fin ? jour(r.fin) : null })),
  };
}

/**
 * Merges record `doublonId` into `garderId` (a responsable d'EDS): every row pointing at the duplicate moves to
 * the kept record, colliding twins are deleted (kept whole in the audit), and the duplicate is marked
 * fusionneeDansId (it disappears from searches and the duplicate ladder). The audit entry lists the exact ids,
 * so that "Annuler la fusion" moves exactly those rows back. The kept record's identity is not changed.
 */
export const fusionnerPersonnesDefinition = {
  schema: fusionSchema,
  load: async (tx, input) => {
    const n = await tx.personne.count({ where: { id: { in: [input.garderId, input.doublonId] } } });
    return n === 2 ? { dossiers: await loadDossiersDesPersonnes(tx, [input.garderId, input.doublonId]) } : null;
  },
  authorize: canFusionnerPersonnes,
  run: async (tx, input) => {
    const fusionnees = await tx.personne.count({ where: { id: { in: [input.garderId, input.doublonId] }, fusionneeDansId: { not: null } } });
    if (fusionnees > 0) throw new ActionError('INVALIDE', INVALIDE, { doublonId: ['Une de ces fiches a déjà été fusionnée dans une autre : rechargez la page.'] });
    // Both at the versions the responsable compared (an edit or another merge meanwhile = conflict).
    assertVersion((await tx.personne.updateMany({ where: { id: input.garderId, version: input.versionGarder }, data: { version: { increment: 1 } } })).count);
    assertVersion(
      (await tx.personne.updateMany({ where: { id: input.doublonId, version: input.versionDoublon }, data: { version: { increment: 1 }, fusionneeDansId: input.garderId } })).count,
    );

    const supprimees = await supprimerCollisions(tx, input.garderId, input.doublonId);
    const deplacees: Record<string, number[]> = {};
    for (const lien of LIENS_PERSONNE) deplacees[lien.table] = await deplacerLien(tx, lien, input.doublonId, input.garderId);

    const details: DetailsFusion = {
      garderId: input.garderId,
      doublonId: input.doublonId,
      versionGarder: input.versionGarder + 1,
      versionDoublon: input.versionDoublon + 1,
      deplacees,
      supprimees,
    };
    const total = Object.values(deplacees).reduce((s, ids) => s + ids.length, 0);
    return {
      data: { garderId: input.garderId },
      message: `Fiches fusionnées : ${total} élément${total > 1 ? 's' : ''} rattaché${total > 1 ? 's' : ''} à la fiche conservée. La fusion peut être annulée depuis la liste des fusions.`,
      audit: { action: 'MODIFICATION', objet: 'FusionPersonne', objetId: input.doublonId, details },
    };
  },
} satisfies ActionDefinition<typeof fusionSchema, FusionCible, { garderId: number }>;

type AnnulationCible = FusionCible & { auditId: bigint; details: DetailsFusion };

const NON_SURE = 'L’annulation n’est plus sûre';

/** Loads a merge's audit entry and what policy needs about both records today. */
export async function loadFusion(tx: Tx, auditId: bigint): Promise<AnnulationCible | null> {
  const entree = await tx.auditLog.findUnique({ where: { id: auditId }, select: { id: true, objet: true, details: true } });
  if (!entree || entree.objet !== 'FusionPersonne') return null;
  const details = detailsFusionSchema.safeParse(entree.details);
  if (!details.success) return null;
  return { auditId: entree.id, details: details.data, dossiers: await loadDossiersDesPersonnes(tx, [details.data.garderId, details.data.doublonId]) };
}

/**
 * Undoes a merge from its audit entry: the rows it moved go back to the duplicate, the twins it deleted are
 * recreated, the duplicate is active again. Refused (nothing written) when that is no longer safe: the merge
 * was already undone; either record changed since (edited, merged again, kept record merged elsewhere); or
 * a moved row no longer points at the kept record (moved or deleted since).
 */
export const annulerFusionDefinition = {
  schema: annulerFusionSchema,
  load: (tx, input) => loadFusion(tx, input.auditId),
  authorize: canFusionnerPersonnes,
  run: async (tx, _input, _acteur, { auditId, details }) => {
    const { garderId, doublonId } = details;
    const [garder, doublon] = await Promise.all([
      tx.personne.findUniqueOrThrow({ where: { id: garderId }, select: { version: true, fusionneeDansId: true } }),
      tx.personne.findUniqueOrThrow({ where: { id: doublonId }, select: { version: true, fusionneeDansId: true } }),
    ]);
    if (doublon.fusionneeDansId === null) throw new ActionError('REFUSE', 'Cette fusion a déjà été annulée.');
    if (garder.fusionneeDansId !== null) {
      throw new ActionError('REFUSE', `${NON_SURE} : la fiche conservée a depuis été fusionnée dans une autre. Annulez d’abord cette fusion-là.`);
    }
    if (doublon.fusionneeDansId !== garderId || doublon.version !== details.versionDoublon) {
      throw new ActionError('REFUSE', `${NON_SURE} : la fiche en double a changé depuis la fusion.`);
    }
    for (const lien of LIENS_PERSONNE) {
      const ids = details.deplacees[lien.table] ?? [];
      if ((await compterLien(tx, lien, garderId, ids)) !== ids.length) {
        throw new ActionError('REFUSE', `${NON_SURE} : des éléments déplacés par la fusion (${libelleTable(lien.table)}) ont été modifiés ou supprimés depuis. Corrigez les fiches à la main.`);
      }
    }
    for (const lien of LIENS_PERSONNE) {
      const ids = details.deplacees[lien.table] ?? [];
      if (ids.length) await deplacerLien(tx, lien, garderId, doublonId, ids);
    }
    if (details.supprimees.appartenance.length) {
      await tx.appartenance.createMany({ data: details.supprimees.appartenance.map((r) => ({ ...r, debut: date(r.debut), fin: r.fin ? date(r.fin) : null })) });
    }
    if (details.supprimees.orientation_rsa.length) {
      await tx.orientationRsaPersonne.createMany({ data: details.supprimees.orientation_rsa.map((r) => ({ ...r, debut: date(r.debut), fin: r.fin ? date(r.fin) : null })) });
    }
    assertVersion((await tx.personne.updateMany({ where: { id: doublonId, version: details.versionDoublon }, data: { fusionneeDansId: null, version: { increment: 1 } } })).count);
    await tx.personne.update({ where: { id: garderId }, data: { version: { increment: 1 } } });
    return {
      data: { doublonId },
      message: 'Fusion annulée : la fiche en double et ses éléments sont rétablis.',
      audit: { action: 'MODIFICATION', objet: 'AnnulationFusionPersonne', objetId: doublonId, details: { fusionAuditId: String(auditId), garderId, doublonId } },
    };
  },
} satisfies ActionDefinition<typeof annulerFusionSchema, AnnulationCible, { doublonId: number }>;

const LIBELLES_TABLES: Record<TableLien, string> = {
  appartenance: 'composition des foyers',
  contact: 'fiches contact',
  contrat: 'contrats',
  orientation_rsa: 'orientations RSA',
  constat_carence: 'constats de carence',
  aide: 'aides financières',
  rendez_vous: 'rendez-vous',
  personne: 'fiches fusionnées auparavant',
};
export function libelleTable(t: TableLien): string {
  return LIBELLES_TABLES[t];
}
