/** What every part of the foyer generation shares: the rows, the dates, the organisation, and one foyer's state. */
import { type RoleFoyer, type Sexe } from '@/generated/prisma/client';
import { type Agenda } from './agenda';
import { maxDate } from './calendar';
import { isActiveOn, type EdsInfo, type Organisation, type TsAgent } from './organisation';
import { type Referentiels } from './referentiels';
import { type SeedRows } from './store';

export type SeedContext = {
  rows: SeedRows;
  /** The reference date (today by default), midnight UTC. */
  reference: Date;
  /** Start of the three years of history. */
  windowStart: Date;
  organisation: Organisation;
  referentiels: Referentiels;
  agenda: Agenda;
};

export type Membre = {
  personne: SeedRows['personne'][number];
  sexe: Sexe;
  naissance: Date;
  role: RoleFoyer;
  debut: Date;
  fin: Date | null;
};

export type EpisodeKind = 'information' | 'accompagnement' | 'intensif';

/** An honoured TS rdv of an episode. */
export type Honore = { day: Date; agentId: number };

/** One period of social action as generated (its honoured TS rdv are less than 12 months apart). */
export type Episode = {
  kind: EpisodeKind;
  start: Date;
  honores: Honore[];
  /** The foyer missed its last rdv and never came back. */
  endedByNoShow: boolean;
};

export type FoyerState = {
  foyerId: number;
  dossier: SeedRows['dossier'][number];
  eds: EdsInfo;
  /** The TS who first followed the foyer (may have left since). */
  initialTs: TsAgent;
  /** The référent today. */
  referent: TsAgent;
  membres: Membre[];
  /** Domains at stake for this foyer (diagnostics, objectives, comptes rendus). */
  problematiques: string[];
  rsa: boolean;
  /** A member is oriented to the département's social accompaniment (RSA) today: dossier HORS_SEQUENCE. */
  rsaDepartement: boolean;
  archive: boolean;
  episodes: Episode[];
  /** Latest fiche contact or honoured rdv. */
  lastActivity: Date | null;
  hasFuture: boolean;
  hasUnmarked: boolean;
  equipeKeys: Set<string>;
};

/** The TS who saw the foyer on a day: its first TS while assigned, then its référent, then a colleague on duty. */
export function tsOn(state: FoyerState, day: Date): number {
  if (isActiveOn(state.initialTs.periodes, day)) return state.initialTs.id;
  if (isActiveOn(state.referent.periodes, day)) return state.referent.id;
  const onDuty = state.eds.ts.filter((ts) => isActiveOn(ts.periodes, day));
  return (onDuty[state.foyerId % Math.max(onDuty.length, 1)] ?? state.referent).id;
}

/** The member holding the REFERENCE role on a day (else the latest before, else the first). */
export function referenceOn(state: FoyerState, day: Date): Membre {
  const references = state.membres.filter((m) => m.role === 'REFERENCE');
  const current = references.find((m) => m.debut.getTime() <= day.getTime() && (m.fin === null || m.fin.getTime() >= day.getTime()));
  const before = references.filter((m) => m.debut.getTime() <= day.getTime()).pop();
  const found = current ?? before ?? references[0] ?? state.membres[0];
  if (!found) throw new Error(`Foyer ${state.foyerId} sans membre`);
  return found;
}

/** Adults present on a day (reference and conjoint). */
export function adultsOn(state: FoyerState, day: Date): Membre[] {
  return state.membres.filter(
    (m) => (m.role === 'REFERENCE' || m.role === 'CONJOINT') && m.debut.getTime() <= day.getTime() && (m.fin === null || m.fin.getTime() >= day.getTime()),
  );
}

export function lastHonore(state: FoyerState): Date | null {
  let last: Date | null = null;
  for (const episode of state.episodes) {
    for (const honore of episode.honores) if (last === null || honore.day.getTime() > last.getTime()) last = honore.day;
  }
  return last;
}

export function touch(state: FoyerState, day: Date): void {
  state.lastActivity = state.lastActivity === null ? day : maxDate(state.lastActivity, day);
}

export function civilite(membre: Membre): string {
  return `${membre.sexe === 'F' ? 'Mme' : 'M.'} ${membre.personne.nom}`;
}
