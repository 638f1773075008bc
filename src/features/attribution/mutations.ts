import 'server-only';
import { Prisma } from '@/generated/prisma/client';
import { ActionError, assertVersion, type ActionDefinition } from '@/server/action';
import { diffFields } from '@/server/audit';
import { startOfTodayUtc } from '@/server/dates';
import type { Tx } from '@/server/db';
import { canGererAttribution } from '@/server/policy';
import { enregistrerAttribution } from './attribuer';
import { loadChargesTs } from './charges';
import {
  addZoneSchema,
  attribuerDossierSchema,
  createRegulationSchema,
  createSecteurSchema,
  parametresEdsSchema,
  removeZoneSchema,
  updateSecteurSchema,
} from './schemas';

type EdsCible = { edsId: number };
const autorise = (a: Parameters<typeof canGererAttribution>[0], c: EdsCible) => canGererAttribution(a, c.edsId);

const INVALIDE = 'Certains champs sont à corriger.';
const invalide = (champ: string, message: string) => new ActionError('INVALIDE', INVALIDE, { [champ]: [message] });
const estDoublon = (e: unknown) => e instanceof Prisma.PrismaClientKnownRequestError && e.code === 'P2002';

/** Dates and Decimals as JSON for the audit diff. */
function jsonDiff(diff: Record<string, [unknown, unknown]>): Prisma.InputJsonValue {
  const json = (v: unknown) => (v instanceof Date ? v.toISOString() : typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? v : null);
  return Object.fromEntries(Object.entries(diff).map(([k, [avant, apres]]) => [k, [json(avant), json(apres)]]));
}

/** The TS may receive dossiers of the EDS: an active TS with an affectation there today. */
async function assertTsEnPoste(tx: Tx, edsId: number, agentId: number, champ: string): Promise<void> {
  const ts = await loadChargesTs(tx, edsId);
  if (!ts.some((t) => t.agentId === agentId)) throw invalide(champ, 'Choisissez un travailleur social en poste dans l’EDS.');
}

async function loadSecteur(tx: Tx, secteurId: number) {
  const s = await tx.secteur.findUnique({ where: { id: secteurId }, select: { id: true, edsId: true, nom: true, agentId: true, version: true } });
  return s ? { ...s, secteurId: s.id } : null;
}

/** Bumps a secteur's version (its zones changed): a stale form on the same secteur gets the conflict message. */
async function bumpSecteur(tx: Tx, secteurId: number, version: number): Promise<void> {
  assertVersion((await tx.secteur.updateMany({ where: { id: secteurId, version }, data: { version: { increment: 1 } } })).count);
}

// ── EDS settings ──
/** Mode (secteur or régulation) and workload threshold of an EDS. */
export const updateParametresEdsDefinition = {
  schema: parametresEdsSchema,
  load: async (tx, input) => {
    const eds = await tx.eds.findUnique({ where: { id: input.edsId }, select: { id: true, modeAttribution: true, seuilFileActive: true } });
    return eds ? { edsId: eds.id, modeAttribution: eds.modeAttribution, seuilFileActive: eds.seuilFileActive } : null;
  },
  authorize: autorise,
  run: async (tx, input, _acteur, cible) => {
    const valeurs = { modeAttribution: input.mode, seuilFileActive: input.seuil ?? null };
    const { count } = await tx.eds.updateMany({ where: { id: cible.edsId, version: input.version }, data: { ...valeurs, version: { increment: 1 } } });
    assertVersion(count);
    return {
      data: { edsId: cible.edsId },
      message: 'Paramètres d’attribution enregistrés.',
      audit: { action: 'MODIFICATION', objet: 'Eds', objetId: cible.edsId, details: jsonDiff(diffFields(cible, valeurs)) },
    };
  },
} satisfies ActionDefinition<typeof parametresEdsSchema, EdsCible & { modeAttribution: string; seuilFileActive: number | null }, { edsId: number }>;

// ── Secteurs and their zones ──
export const createSecteurDefinition = {
  schema: createSecteurSchema,
  load: async (tx, input) => ((await tx.eds.findUnique({ where: { id: input.edsId }, select: { id: true } })) ? { edsId: input.edsId } : null),
  authorize: autorise,
  run: async (tx, input, _acteur, cible) => {
    try {
      const secteur = await tx.secteur.create({ data: { edsId: cible.edsId, nom: input.nom }, select: { id: true } });
      return {
        data: { id: secteur.id },
        message: `Secteur « ${input.nom} » créé.`,
        audit: { action: 'CREATION', objet: 'Secteur', objetId: secteur.id, details: { edsId: cible.edsId, nom: input.nom } },
      };
    } catch (e) {
      if (estDoublon(e)) throw invalide('nom', 'Un secteur de cet EDS porte déjà ce nom.');
      throw e;
    }
  },
} satisfies ActionDefinition<typeof createSecteurSchema, EdsCible, { id: number }>;

/** Renames a secteur and gives it a TS (or leaves it vacant). */
export const updateSecteurDefinition = {
  schema: updateSecteurSchema,
  load: (tx, input) => loadSecteur(tx, input.secteurId),
  authorize: autorise,
  run: async (tx, input, _acteur, cible) => {
    if (input.agentId !== undefined && input.agentId !== cible.agentId) await assertTsEnPoste(tx, cible.edsId, input.agentId, 'agentId');
    const valeurs = { nom: input.nom, agentId: input.agentId ?? null };
    try {
      const { count } = await tx.secteur.updateMany({ where: { id: cible.id, version: input.version }, data: { ...valeurs, version: { increment: 1 } } });
      assertVersion(count);
    } catch (e) {
      if (estDoublon(e)) throw invalide('nom', 'Un secteur de cet EDS porte déjà ce nom.');
      throw e;
    }
    return {
      data: { id: cible.id },
      message: 'Secteur enregistré.',
      audit: { action: 'MODIFICATION', objet: 'Secteur', objetId: cible.id, details: jsonDiff(diffFields(cible, valeurs)) },
    };
  },
} satisfies ActionDefinition<typeof updateSecteurSchema, NonNullable<Awaited<ReturnType<typeof loadSecteur>>>, { id: number }>;

/** Adds a whole commune, a street or an IRIS of a commune of the EDS to a secteur; a piece belongs to one secteur only. */
export const addZoneDefinition = {
  schema: addZoneSchema,
  load: (tx, input) => loadSecteur(tx, input.secteurId),
  authorize: autorise,
  run: async (tx, input, _acteur, cible) => {
    // Zone edits of one EDS are serialized, so that two secteurs cannot take the same street at the same time.
    await tx.$executeRaw`SELECT 1 FROM eds WHERE id = ${cible.edsId} FOR UPDATE`;
    const commune = await tx.commune.findUnique({ where: { code: input.communeCode }, select: { edsId: true } });
    if (commune?.edsId !== cible.edsId) throw invalide('communeCode', 'Choisissez une commune de l’EDS.');
    const deja = await tx.secteurZone.findFirst({
      where: { communeCode: input.communeCode, voie: input.voie, iris: input.iris, secteur: { edsId: cible.edsId } },
      select: { secteur: { select: { nom: true } } },
    });
    if (deja) throw invalide(input.voie ? 'voie' : input.iris ? 'iris' : 'communeCode', `Cette zone appartient déjà au secteur « ${deja.secteur.nom} ».`);
    await bumpSecteur(tx, cible.id, input.version);
    const zone = await tx.secteurZone.create({
      data: { secteurId: cible.id, communeCode: input.communeCode, voie: input.voie, iris: input.iris },
      select: { id: true },
    });
    return {
      data: { id: zone.id },
      message: 'Zone ajoutée au secteur.',
      audit: { action: 'CREATION', objet: 'SecteurZone', objetId: zone.id, details: { secteurId: cible.id, communeCode: input.communeCode, voie: input.voie, iris: input.iris } },
    };
  },
} satisfies ActionDefinition<typeof addZoneSchema, NonNullable<Awaited<ReturnType<typeof loadSecteur>>>, { id: number }>;

export const removeZoneDefinition = {
  schema: removeZoneSchema,
  load: async (tx, input) => {
    const zone = await tx.secteurZone.findUnique({ where: { id: input.zoneId }, select: { id: true, secteurId: true, communeCode: true, voie: true, iris: true } });
    if (!zone || zone.secteurId !== input.secteurId) return null;
    const secteur = await loadSecteur(tx, zone.secteurId);
    return secteur ? { ...secteur, zone } : null;
  },
  authorize: autorise,
  run: async (tx, input, _acteur, cible) => {
    await bumpSecteur(tx, cible.id, input.version);
    await tx.secteurZone.delete({ where: { id: cible.zone.id } });
    return {
      data: { id: cible.zone.id },
      message: 'Zone retirée du secteur.',
      audit: { action: 'SUPPRESSION', objet: 'SecteurZone', objetId: cible.zone.id, details: { secteurId: cible.id, communeCode: cible.zone.communeCode, voie: cible.zone.voie, iris: cible.zone.iris } },
    };
  },
} satisfies ActionDefinition<
  typeof removeZoneSchema,
  NonNullable<Awaited<ReturnType<typeof loadSecteur>>> & { zone: { id: number; communeCode: string; voie: string | null; iris: string | null } },
  { id: number }
>;

// ── Assignments ──
async function loadDossier(tx: Tx, dossierId: number) {
  const d = await tx.dossier.findUnique({ where: { id: dossierId }, select: { id: true, edsId: true, foyerId: true, referentId: true } });
  return d ? { dossierId: d.id, edsId: d.edsId, foyerId: d.foyerId, referentId: d.referentId } : null;
}

/** Assigns a dossier (from the queue, or to another TS) by the responsable's decision. */
export const attribuerDossierDefinition = {
  schema: attribuerDossierSchema,
  load: (tx, input) => loadDossier(tx, input.dossierId),
  authorize: autorise,
  run: async (tx, input, acteur, cible) => {
    await assertTsEnPoste(tx, cible.edsId, input.agentId, 'agentId');
    // Without history (the demo's dossiers), the current TS is the référent.
    const courant = await tx.attributionDossier.findFirst({ where: { dossierId: cible.dossierId, fin: null }, select: { id: true, agentId: true } });
    const actuel = courant ? courant.agentId : cible.referentId;
    if ((courant?.id ?? 0) === input.courant && actuel === input.agentId) throw invalide('agentId', 'Ce dossier est déjà attribué à ce travailleur social.');
    const ligne = await enregistrerAttribution(
      tx,
      { dossierId: cible.dossierId, agentId: input.agentId, origine: 'MANUELLE', decideParId: acteur.id, motif: input.motif ?? null },
      input.courant === 0 ? null : input.courant,
    );
    return {
      data: { id: ligne.id, dossierId: cible.dossierId },
      message: 'Dossier attribué.',
      audit: {
        action: 'MODIFICATION',
        objet: 'AttributionDossier',
        objetId: ligne.id,
        foyerId: cible.foyerId,
        details: { referentId: [cible.referentId, input.agentId], origine: 'MANUELLE' },
      },
    };
  },
} satisfies ActionDefinition<typeof attribuerDossierSchema, NonNullable<Awaited<ReturnType<typeof loadDossier>>>, { id: number; dossierId: number }>;

/**
 * Records a régulation meeting (date, participants) and its decisions in one transaction: each decision is
 * an assignment with origine REGULATION pointing to the meeting. A conflict on one dossier cancels the whole
 * meeting, so the record never says the team decided what was not written.
 */
export const createRegulationDefinition = {
  schema: createRegulationSchema,
  load: async (tx, input) => ((await tx.eds.findUnique({ where: { id: input.edsId }, select: { id: true } })) ? { edsId: input.edsId } : null),
  authorize: autorise,
  run: async (tx, input, acteur, cible) => {
    const today = startOfTodayUtc();
    const equipe = await tx.agent.findMany({
      where: { id: { in: input.participantIds }, actif: true, affectations: { some: { edsId: cible.edsId, debut: { lte: today }, OR: [{ fin: null }, { fin: { gte: today } }] } } },
      orderBy: [{ nom: 'asc' }, { prenom: 'asc' }],
      select: { id: true, nom: true, prenom: true },
    });
    if (equipe.length !== input.participantIds.length) throw invalide('participantIds', 'Cochez des participants de l’équipe de l’EDS.');
    const dossiers = await tx.dossier.findMany({ where: { id: { in: input.decisions.map((d) => d.dossierId) } }, select: { id: true, edsId: true, foyerId: true } });
    // A dossier of another EDS (a forged form) is "not found", as everywhere.
    if (dossiers.length !== input.decisions.length || dossiers.some((d) => d.edsId !== cible.edsId)) throw new ActionError('INTROUVABLE', 'Cette fiche est introuvable.');
    const ts = new Set((await loadChargesTs(tx, cible.edsId)).map((t) => t.agentId));
    const horsPoste = input.decisions.filter((d) => !ts.has(d.agentId));
    if (horsPoste.length > 0) {
      throw new ActionError('INVALIDE', INVALIDE, Object.fromEntries(horsPoste.map((d) => [`decision-${d.dossierId}`, ['Choisissez un travailleur social en poste dans l’EDS.']])));
    }
    const regulation = await tx.regulation.create({
      data: { edsId: cible.edsId, date: new Date(`${input.date}T00:00:00.000Z`), participants: equipe.map((p) => `${p.prenom} ${p.nom}`).join(', '), createdById: acteur.id },
      select: { id: true },
    });
    for (const d of input.decisions) {
      await enregistrerAttribution(
        tx,
        { dossierId: d.dossierId, agentId: d.agentId, origine: 'REGULATION', decideParId: acteur.id, regulationId: regulation.id, motif: 'Décision de la réunion de régulation.' },
        d.courant === 0 ? null : d.courant,
      );
    }
    const foyerDe = new Map(dossiers.map((d) => [d.id, d.foyerId]));
    return {
      data: { id: regulation.id, decisions: input.decisions.length },
      message: input.decisions.length === 0 ? 'Réunion enregistrée, sans attribution.' : `Réunion enregistrée : ${input.decisions.length} dossier(s) attribué(s).`,
      audit: {
        action: 'CREATION',
        objet: 'Regulation',
        objetId: regulation.id,
        details: {
          edsId: cible.edsId,
          date: input.date,
          participantIds: input.participantIds,
          decisions: input.decisions.map((d) => ({ dossierId: d.dossierId, foyerId: foyerDe.get(d.dossierId) ?? null, agentId: d.agentId })),
        },
      },
    };
  },
} satisfies ActionDefinition<typeof createRegulationSchema, EdsCible, { id: number; decisions: number }>;
