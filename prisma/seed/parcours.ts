/**
 * The path of a foyer through the service: fiches contact, then episodes of rdv with its TS (honoured,
 * missed, cancelled, upcoming), comptes rendus and notes.
 */
import { type AnnulePar, type Canal, type ModeRendezVous, type StatutRendezVous, type SuiteContact } from '@/generated/prisma/client';
import { addDays, addMonths, daysBetween, nextWeekday, parisTime } from './calendar';
import { adultsOn, civilite, referenceOn, touch, tsOn, type Episode, type EpisodeKind, type FoyerState, type SeedContext } from './context';
import { type Random } from './random';
import { available } from './referentiels';
import { compteRendu, MOTIFS_CONTACT_TEXTE, NOTES, RDV_SECRETARIAT } from './texts';

/** Last day a future rdv may be booked: four weeks after the reference date. */
export const FUTURE_DAYS = 28;

const MODES: readonly (readonly [ModeRendezVous, number])[] = [['PRESENTIEL', 0.6], ['TELEPHONE', 0.25], ['DOMICILE', 0.15]];

type RdvInput = {
  day: Date;
  agentId: number;
  statut: StatutRendezVous;
  mode?: ModeRendezVous;
  annulePar?: AnnulePar;
  premier?: boolean;
  slot?: number;
  /** Fixed text (secrétaire rdv); otherwise honoured TS rdv get a generated compte rendu. */
  texte?: string;
};

/**
 * Adds a rdv in a free slot of the agent; returns the day it landed on and its status (a past status
 * becomes PROGRAMME when the agent's full agenda pushed the rdv to the reference date or later).
 */
export function addRendezVous(ctx: SeedContext, rng: Random, state: FoyerState, input: RdvInput): { day: Date; statut: StatutRendezVous } {
  const { day, at } = ctx.agenda.book(rng, input.agentId, input.day, input.slot);
  const statut: StatutRendezVous = day.getTime() >= ctx.reference.getTime() ? 'PROGRAMME' : input.statut;
  const mode = input.mode ?? rng.weighted(MODES);
  const adults = adultsOn(state, day);
  const personne = adults.length > 1 && rng.chance(0.2) ? (adults[1] ?? referenceOn(state, day)) : referenceOn(state, day);
  const domaine = rng.pick(state.problematiques);
  const texte =
    statut === 'HONORE'
      ? (input.texte ?? compteRendu(rng, mode, civilite(personne), domaine, input.premier ?? false))
      : null;
  ctx.rows.rendezVous.push({
    id: ctx.rows.rendezVous.length + 1,
    foyerId: state.foyerId,
    personneId: personne.personne.id,
    agentId: input.agentId,
    debut: at,
    dureeMinutes: 45,
    mode,
    statut,
    annulePar: statut === 'ANNULE' ? (input.annulePar ?? 'USAGER') : null,
    compteRendu: texte,
  });
  if (statut === 'HONORE') touch(state, day);
  if (statut === 'PROGRAMME' && day.getTime() >= ctx.reference.getTime()) state.hasFuture = true;
  if (statut === 'PROGRAMME' && day.getTime() < ctx.reference.getTime()) state.hasUnmarked = true;
  return { day, statut };
}

type ContactInput = {
  day: Date;
  canal?: Canal;
  motifCode: string;
  suite: SuiteContact;
  urgence?: boolean;
  hour?: number;
};

export function addContact(ctx: SeedContext, rng: Random, state: FoyerState, input: ContactInput): void {
  const motifCode = ctx.referentiels.motifsContact.has(input.motifCode) ? input.motifCode : null;
  const canal = input.canal ?? rng.weighted<Canal>([['PHYSIQUE', 0.45], ['TELEPHONE', 0.45], ['COURRIER_COURRIEL', 0.1]]);
  const secretaire = rng.pick(state.eds.secretaires);
  const hour = input.hour ?? rng.int(8, 16);
  ctx.rows.contact.push({
    id: ctx.rows.contact.length + 1,
    foyerId: state.foyerId,
    personneId: referenceOn(state, input.day).personne.id,
    edsId: state.eds.id,
    date: parisTime(input.day, hour, hour === 8 ? rng.int(30, 59) : rng.int(0, 59)),
    canal,
    agentId: canal === 'COURRIER_COURRIEL' && rng.chance(0.5) ? tsOn(state, input.day) : secretaire.id,
    motifCode,
    motif: rng.chance(0.7) ? rng.pick(MOTIFS_CONTACT_TEXTE[input.motifCode] ?? MOTIFS_CONTACT_TEXTE.AUTRE ?? ['Contact']) : null,
    suite: input.suite,
    urgence: input.urgence ?? false,
  });
  touch(state, input.day);
}

const FIRST_MOTIFS: readonly (readonly [string, number])[] = [
  ['DEMANDE_RDV', 0.5], ['AIDE_FINANCIERE', 0.18], ['LOGEMENT', 0.12], ['ACCES_DROITS', 0.15], ['AUTRE', 0.05],
];

function spacing(rng: Random, kind: EpisodeKind): number {
  if (kind === 'information') return rng.int(14, 90);
  if (kind === 'accompagnement') return rng.int(14, 60);
  return rng.int(10, 35);
}

function addNotes(ctx: SeedContext, rng: Random, state: FoyerState, episode: Episode): void {
  const probability = episode.kind === 'information' ? 0.1 : 0.5;
  if (episode.honores.length === 0 || !rng.chance(probability)) return;
  for (let i = rng.int(1, 3); i > 0; i -= 1) {
    const honore = rng.pick(episode.honores);
    ctx.rows.note.push({
      id: ctx.rows.note.length + 1,
      foyerId: state.foyerId,
      auteurId: honore.agentId,
      date: parisTime(addDays(honore.day, rng.int(0, 3)), 17, rng.int(0, 45)),
      texte: rng.pick(NOTES),
    });
  }
}

/**
 * One episode starting with a first contact on `start`: `target` honoured TS rdv spaced by less than
 * 12 months, with missed and cancelled ones in between. Stops at the reference date: the next rdv is then
 * booked if it falls within four weeks, or left unmarked if it was due in the last days.
 */
export function runEpisode(
  ctx: SeedContext,
  rng: Random,
  state: FoyerState,
  plan: { start: Date; kind: EpisodeKind; target: number },
): Episode {
  const { reference } = ctx;
  const horizon = addDays(reference, FUTURE_DAYS);
  const episode: Episode = { kind: plan.kind, start: plan.start, honores: [], endedByNoShow: false };
  const start = nextWeekday(plan.start);
  const urgence = rng.chance(0.04);
  let firstDay: Date;
  if (urgence) {
    addContact(ctx, rng, state, { day: start, canal: 'PHYSIQUE', motifCode: 'URGENCE', suite: 'URGENCE', urgence: true, hour: rng.int(8, 10) });
    firstDay = start;
  } else {
    if (rng.chance(0.85)) addContact(ctx, rng, state, { day: start, motifCode: rng.weighted(available(FIRST_MOTIFS, ctx.referentiels.motifsContact)), suite: 'RENDEZ_VOUS' });
    firstDay = nextWeekday(addDays(start, rng.int(2, 14)));
  }

  let previous: Date = start;
  let day = firstDay;
  for (let k = 0; k < plan.target; k += 1) {
    if (k > 0) day = nextWeekday(addDays(previous, spacing(rng, plan.kind)));
    if (day.getTime() > horizon.getTime()) break;
    const agentId = tsOn(state, day);

    // Missed or cancelled rdv before this one (the person rebooked).
    if (!(urgence && k === 0)) {
      if (rng.chance(0.13)) {
        const missed = nextWeekday(addDays(day, -rng.int(4, 12)));
        if (missed.getTime() > previous.getTime() && missed.getTime() < Math.min(day.getTime(), reference.getTime())) {
          addRendezVous(ctx, rng, state, { day: missed, agentId: tsOn(state, missed), statut: 'NON_HONORE' });
        }
      }
      if (rng.chance(0.1)) {
        const cancelled = nextWeekday(addDays(day, -rng.int(3, 9)));
        if (cancelled.getTime() > previous.getTime() && cancelled.getTime() < Math.min(day.getTime(), reference.getTime())) {
          addRendezVous(ctx, rng, state, {
            day: cancelled,
            agentId: tsOn(state, cancelled),
            statut: 'ANNULE',
            annulePar: rng.chance(0.65) ? 'USAGER' : 'SERVICE',
          });
        }
      }
    }

    if (day.getTime() >= reference.getTime()) {
      // The next rdv is upcoming.
      addRendezVous(ctx, rng, state, { day, agentId, statut: 'PROGRAMME', mode: k === 0 ? 'PRESENTIEL' : undefined });
      break;
    }
    if (daysBetween(day, reference) <= 5 && rng.chance(0.3)) {
      // Due in the last days and not yet marked by the TS.
      addRendezVous(ctx, rng, state, { day, agentId, statut: 'PROGRAMME', mode: k === 0 ? 'PRESENTIEL' : undefined });
      break;
    }
    const booked = addRendezVous(ctx, rng, state, {
      day,
      agentId,
      statut: 'HONORE',
      mode: k === 0 ? (rng.chance(0.85) ? 'PRESENTIEL' : 'TELEPHONE') : undefined,
      premier: k === 0,
    });
    if (booked.statut !== 'HONORE') break;
    const landed = booked.day;
    episode.honores.push({ day: landed, agentId });
    previous = landed;

    // Phone calls to the front desk between rdv.
    if (rng.chance(0.25)) {
      const call = nextWeekday(addDays(landed, rng.int(3, 15)));
      if (call.getTime() < reference.getTime()) {
        addContact(ctx, rng, state, {
          day: call,
          canal: 'TELEPHONE',
          motifCode: rng.weighted([['INFORMATION', 0.5], ['AIDE_FINANCIERE', 0.25], ['AUTRE', 0.25]] as const),
          suite: rng.chance(0.8) ? 'INFORMATION' : 'AUTRE',
        });
      }
    }
    // Occasionally a secrétaire helps with the administrative file.
    if (rng.chance(0.04)) {
      const adminDay = nextWeekday(addDays(landed, rng.int(1, 7)));
      const secretaire = [...state.eds.secretaires].sort((a, b) => b.niveau - a.niveau)[0];
      if (secretaire && adminDay.getTime() < reference.getTime()) {
        addRendezVous(ctx, rng, state, { day: adminDay, agentId: secretaire.id, statut: 'HONORE', mode: 'PRESENTIEL', texte: rng.pick(RDV_SECRETARIAT) });
      }
    }
  }

  // Some people miss their last rdv and are not seen again.
  const last = episode.honores[episode.honores.length - 1];
  if (last && episode.honores.length === plan.target && rng.chance(0.12)) {
    const missed = nextWeekday(addDays(last.day, spacing(rng, plan.kind)));
    if (missed.getTime() < reference.getTime()) {
      episode.endedByNoShow = addRendezVous(ctx, rng, state, { day: missed, agentId: tsOn(state, missed), statut: 'NON_HONORE' }).statut === 'NON_HONORE';
    }
  }
  addNotes(ctx, rng, state, episode);
  return episode;
}

/** A foyer only seen at the front desk (information, orientation), perhaps with a missed first rdv. */
export function runContactsOnly(ctx: SeedContext, rng: Random, state: FoyerState, start: Date): void {
  const { reference } = ctx;
  let day = nextWeekday(start);
  const count = rng.int(1, 3);
  for (let i = 0; i < count && day.getTime() <= reference.getTime(); i += 1) {
    const booked = i === 0 && rng.chance(0.35);
    addContact(ctx, rng, state, {
      day,
      motifCode: booked ? 'DEMANDE_RDV' : rng.weighted([['INFORMATION', 0.45], ['ACCES_DROITS', 0.2], ['AIDE_FINANCIERE', 0.15], ['AUTRE', 0.2]] as const),
      suite: booked ? 'RENDEZ_VOUS' : rng.weighted<SuiteContact>([['INFORMATION', 0.6], ['ORIENTATION_PARTENAIRE', 0.3], ['AUTRE', 0.1]]),
    });
    if (booked) {
      const rdvDay = nextWeekday(addDays(day, rng.int(3, 14)));
      const agentId = tsOn(state, rdvDay);
      if (rdvDay.getTime() >= reference.getTime()) {
        if (rdvDay.getTime() <= addDays(reference, FUTURE_DAYS).getTime()) {
          addRendezVous(ctx, rng, state, { day: rdvDay, agentId, statut: 'PROGRAMME', mode: 'PRESENTIEL' });
        }
      } else if (rng.chance(0.5)) {
        addRendezVous(ctx, rng, state, { day: rdvDay, agentId, statut: 'ANNULE', annulePar: 'USAGER' });
      } else {
        addRendezVous(ctx, rng, state, { day: rdvDay, agentId, statut: 'NON_HONORE' });
      }
    }
    day = nextWeekday(addDays(day, rng.int(20, 200)));
  }
}

/** When a second episode may start: at least 12 months (and a few days) after the last honoured rdv. */
export function nextEpisodeStart(ctx: SeedContext, rng: Random, episode: Episode): Date | null {
  const last = episode.honores[episode.honores.length - 1];
  if (!last) return null;
  const earliest = addDays(addMonths(last.day, 12), rng.int(10, 20));
  const latest = addDays(ctx.reference, -20);
  const room = daysBetween(earliest, latest);
  if (room < 0) return null;
  return addDays(earliest, rng.int(0, Math.min(room, 200)));
}
