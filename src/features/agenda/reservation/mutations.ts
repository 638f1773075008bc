import 'server-only';
import { loadDossierCible } from '@/features/dossiers/cible';
import { ActionError, type ActionDefinition } from '@/server/action';
import { startOfTodayUtc } from '@/server/dates';
import { canBookRendezVous, type DossierCible } from '@/server/policy';
import { occupationsDuTs, tsDeLEds } from './agenda-ts';
import { DUREE_CRENEAU_MINUTES, refusCreneau } from './regles/creneaux-libres';
import { bookRendezVousSchema } from './schemas';

/** First key of pg_advisory_xact_lock for a TS's agenda (second key: the TS's id). 6_005: issue 6, item 5. */
export const VERROU_AGENDA_TS = 6_005;

const MINUTE_MS = 60_000;
const INVALIDE = 'Certains champs sont à corriger.';

const MESSAGES_CRENEAU = {
  PASSE: 'Ce créneau est déjà passé : choisissez-en un autre.',
  HORS_GRILLE: 'Ce créneau n’est pas proposé dans l’agenda : choisissez-en un de la liste.',
  PRIS: 'Ce créneau vient d’être pris dans l’agenda de ce travailleur social : choisissez-en un autre.',
} as const;

const refuser = (champ: string, message: string): never => {
  throw new ActionError('INVALIDE', INVALIDE, { [champ]: [message] });
};

/**
 * Books a rdv at the desk in the agenda of a TS of the foyer's EDS (issue 6, item 5): statut PROGRAMME, 45
 * minutes, written with its audit row in one transaction. Two desks booking the same slot at once: the TS's
 * agenda is locked (transaction-scoped advisory lock on the TS) before the overlap check, so the second
 * waits for the first to commit, then sees its rdv and is told the slot is taken; nothing is written for it.
 */
export const bookRendezVousDefinition = {
  schema: bookRendezVousSchema,
  load: (tx, input) => loadDossierCible(tx, input.foyerId, startOfTodayUtc()),
  authorize: canBookRendezVous,
  run: async (tx, input, acteur, dossier) => {
    const now = new Date();
    const today = startOfTodayUtc(now);
    if (!(await tsDeLEds(tx, dossier.edsId, today)).some((t) => t.id === input.agentId)) {
      refuser('agentId', 'Choisissez un travailleur social de l’EDS du foyer.');
    }
    // At home there is no site; elsewhere the site must be an active one of the foyer's EDS.
    const siteId = input.mode === 'DOMICILE' ? null : (input.siteId ?? null);
    if (siteId !== null) {
      const site = await tx.site.findUnique({ where: { id: siteId }, select: { edsId: true, actif: true } });
      if (!site || !site.actif || site.edsId !== dossier.edsId) refuser('siteId', 'Choisissez un lieu de l’EDS du foyer.');
    }
    if (input.personneId !== undefined) {
      const membre = await tx.appartenance.findFirst({
        where: { foyerId: input.foyerId, personneId: input.personneId, debut: { lte: today }, OR: [{ fin: null }, { fin: { gte: today } }] },
        select: { id: true },
      });
      if (!membre) refuser('personneId', 'Choisissez un membre actuel du foyer.');
    }

    await tx.$executeRaw`SELECT pg_advisory_xact_lock(${VERROU_AGENDA_TS}::int, ${input.agentId}::int)`;
    const fin = new Date(input.debut.getTime() + DUREE_CRENEAU_MINUTES * MINUTE_MS);
    const refus = refusCreneau(input.debut, now, await occupationsDuTs(tx, input.agentId, input.debut, fin));
    if (refus === 'PRIS') throw new ActionError('CONFLIT', MESSAGES_CRENEAU.PRIS, { debut: [MESSAGES_CRENEAU.PRIS] });
    if (refus) refuser('debut', MESSAGES_CRENEAU[refus]);

    const valeurs = {
      foyerId: input.foyerId,
      personneId: input.personneId ?? null,
      agentId: input.agentId,
      debut: input.debut,
      dureeMinutes: DUREE_CRENEAU_MINUTES,
      mode: input.mode,
      siteId,
      statut: 'PROGRAMME' as const,
    };
    const rdv = await tx.rendezVous.create({ data: valeurs, select: { id: true } });
    const diff = Object.fromEntries(Object.entries(valeurs).map(([k, v]) => [k, [null, v instanceof Date ? v.toISOString() : v]]));
    return {
      data: { id: rdv.id, agentId: input.agentId, debut: input.debut.toISOString() },
      message: 'Rendez-vous enregistré.',
      audit: { action: 'CREATION', objet: 'RendezVous', objetId: rdv.id, foyerId: input.foyerId, details: { ...diff, origine: 'accueil' } },
    };
  },
} satisfies ActionDefinition<typeof bookRendezVousSchema, DossierCible, { id: number; agentId: number; debut: string }>;
