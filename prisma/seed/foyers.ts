/**
 * The foyers of the demo département and everything that happens to them over three years, plus the
 * agendas of the coming weeks. Each foyer draws from its own generator, so the data is reproducible.
 */
import { type Sequence } from '@/generated/prisma/client';
import { addBilan, addSuivi, drawProblematiques } from './accompagnement';
import { addAides } from './aides';
import { addDays, addMonths, daysBetween, isWeekend, nextWeekday, previousWeekday } from './calendar';
import { composeFoyer, isWorkingAge, type Separation } from './composition';
import { lastHonore, referenceOn, type Episode, type EpisodeKind, type FoyerState, type Membre, type SeedContext } from './context';
import { RUES } from './names';
import { isActiveOn, type EdsInfo, type TsAgent } from './organisation';
import { addContact, addRendezVous, nextEpisodeStart, runContactsOnly, runEpisode } from './parcours';
import { type Random } from './random';
import { addRessources } from './ressources';
import { addRsa } from './rsa';
import { addRowRef } from './store';

type Profil = 'contact' | 'information' | 'accompagnement' | 'intensif' | 'deux_pas';

const PROFILS: readonly (readonly [Profil, number])[] = [
  ['contact', 0.08], ['information', 0.37], ['accompagnement', 0.27], ['intensif', 0.12], ['deux_pas', 0.16],
];
const PROFILS_RSA: readonly (readonly [Profil, number])[] = [
  ['contact', 0.03], ['information', 0.17], ['accompagnement', 0.38], ['intensif', 0.22], ['deux_pas', 0.2],
];
/** Share of the foyers per EDS (EDS-NORD-1 first, the demo accounts' EDS). */
const EDS_SHARES = [0.3, 0.22, 0.26, 0.22] as const;

function weightedTs(rng: Random, eds: EdsInfo, day: Date): TsAgent {
  const active = eds.ts.filter((ts) => isActiveOn(ts.periodes, day));
  const pool = active.length > 0 ? active : eds.ts;
  return rng.weighted(pool.map((ts) => [ts, ts.weight] as const));
}

function pickEds(ctx: SeedContext, rng: Random): EdsInfo {
  const eds = ctx.organisation.eds;
  return rng.weighted(eds.map((e, index) => [e, EDS_SHARES[index] ?? 0.25] as const));
}

function episodeTarget(rng: Random, kind: EpisodeKind): number {
  if (kind === 'information') return rng.chance(0.6) ? 1 : 2;
  if (kind === 'accompagnement') return rng.int(3, 6);
  return rng.int(7, 16);
}

/** Creates the foyer, its dossier and members; the activity is added by the caller. */
function createFoyer(
  ctx: SeedContext,
  rng: Random,
  eds: EdsInfo,
  opening: Date,
  start: Date,
  existing?: Membre,
): { state: FoyerState; separation: Separation | null } {
  const { rows, reference } = ctx;
  const foyer = addRowRef(rows.foyer, {
    communeCode: rng.pick(eds.communes).code,
    adresse: `${rng.int(1, 140)} ${rng.pick(RUES)}`,
    dateOuverture: opening,
  });
  const composition = composeFoyer(ctx, rng, opening, start, existing);
  for (const m of composition.membres) {
    rows.appartenance.push({ id: rows.appartenance.length + 1, personneId: m.personne.id, foyerId: foyer.id, role: m.role, debut: m.debut, fin: m.fin });
  }
  const initialTs = weightedTs(rng, eds, start);
  const referent = isActiveOn(initialTs.periodes, reference) ? initialTs : weightedTs(rng, eds, reference);
  const dossier = addRowRef(rows.dossier, {
    foyerId: foyer.id,
    edsId: eds.id,
    referentId: referent.id,
    sequenceDeclaree: 'ACCUEIL',
    statut: 'ACTIF',
    dateOuverture: opening,
  });
  const state: FoyerState = {
    foyerId: foyer.id,
    dossier,
    eds,
    initialTs,
    referent,
    membres: composition.membres,
    problematiques: [],
    rsa: false,
    rsaDepartement: false,
    archive: false,
    episodes: [],
    lastActivity: null,
    hasFuture: false,
    hasUnmarked: false,
    equipeKeys: new Set(),
  };
  return { state, separation: composition.separation };
}

function runProfile(ctx: SeedContext, rng: Random, state: FoyerState, profil: Profil, start: Date): void {
  const episodes: Episode[] = [];
  if (profil === 'contact') {
    runContactsOnly(ctx, rng, state, start);
  } else if (profil === 'deux_pas') {
    const firstKind: EpisodeKind = rng.chance(0.5) ? 'information' : 'accompagnement';
    const first = runEpisode(ctx, rng, state, { start, kind: firstKind, target: firstKind === 'information' ? episodeTarget(rng, firstKind) : rng.int(3, 5) });
    episodes.push(first);
    const secondStart = nextEpisodeStart(ctx, rng, first);
    if (secondStart) {
      const kind = rng.weighted<EpisodeKind>([['information', 0.4], ['accompagnement', 0.4], ['intensif', 0.2]]);
      episodes.push(runEpisode(ctx, rng, state, { start: secondStart, kind, target: episodeTarget(rng, kind) }));
    }
  } else {
    episodes.push(runEpisode(ctx, rng, state, { start, kind: profil, target: episodeTarget(rng, profil) }));
  }
  state.episodes = episodes;
  episodes.forEach((episode, index) => {
    const suivi = addSuivi(ctx, rng, state, episode);
    addAides(ctx, rng, state, episode, suivi);
    addBilan(ctx, rng, state, episode, suivi, index === episodes.length - 1);
  });
}

function generateFoyer(ctx: SeedContext, rng: Random, separation?: Separation): { state: FoyerState; separation: Separation | null } {
  const { reference, windowStart } = ctx;
  const window = daysBetween(windowStart, reference);
  const rsaDraw = rng.chance(0.42);
  let profil = rng.weighted(rsaDraw ? PROFILS_RSA : PROFILS);
  let eds: EdsInfo;
  let start: Date;
  let opening: Date;
  if (separation) {
    const previous = ctx.organisation.eds[separation.edsIndex];
    eds = previous && rng.chance(0.7) ? previous : pickEds(ctx, rng);
    start = separation.day;
    opening = start;
    if (profil === 'deux_pas') profil = 'accompagnement';
  } else {
    eds = pickEds(ctx, rng);
    start = profil === 'deux_pas' ? addDays(windowStart, rng.int(0, 300)) : addDays(windowStart, rng.int(0, window - 3));
    opening = rng.chance(0.25) ? addDays(start, -rng.int(365, 8 * 365)) : start;
  }
  const created = createFoyer(ctx, rng, eds, opening, start, separation?.membre);
  const { state } = created;
  state.rsa = rsaDraw && isWorkingAge(referenceOn(state, start), start);
  state.problematiques = drawProblematiques(ctx, rng, state.rsa);
  if (state.rsa) state.rsaDepartement = addRsa(ctx, rng, state, start);
  runProfile(ctx, rng, state, profil, start);
  addRessources(ctx, rng, state, start.getUTCFullYear());
  const next = created.separation ? { ...created.separation, edsIndex: ctx.organisation.eds.indexOf(eds) } : null;
  return { state, separation: next };
}

/** An old dossier with no contact for more than five years: to be archived. */
function generateArchive(ctx: SeedContext, rng: Random): FoyerState {
  const { reference } = ctx;
  const contact = nextWeekday(addDays(addMonths(reference, -60), -rng.int(10, 300)));
  const opening = addDays(contact, -rng.int(200, 1200));
  const { state } = createFoyer(ctx, rng, pickEds(ctx, rng), opening, contact);
  state.archive = true;
  state.problematiques = drawProblematiques(ctx, rng, false);
  addContact(ctx, rng, state, { day: contact, motifCode: 'INFORMATION', suite: 'INFORMATION' });
  return state;
}

/**
 * The demo TS's agenda: rdv today and on the other days of this week, and two past rdv left unmarked;
 * every other TS on duty has at least one unmarked rdv in the last days too ("rdv à renseigner").
 */
function addAgendas(ctx: SeedContext, rng: Random, states: FoyerState[]): void {
  const { reference, organisation } = ctx;
  const candidatesOf = (tsId: number, minDays: number, maxDays: number) =>
    rng.sample(
      states.filter((s) => {
        const last = lastHonore(s);
        if (s.referent.id !== tsId || s.hasFuture || s.hasUnmarked || s.archive || last === null) return false;
        const since = daysBetween(last, reference);
        return since >= minDays && since <= maxDays;
      }),
      states.length,
    );

  // Foyers seen lately first, then any other foyer of the demo TS (a small demo may have few).
  const recent = candidatesOf(organisation.demoTsId, 7, 150);
  const demo = [...recent, ...candidatesOf(organisation.demoTsId, 1, 100_000).filter((s) => !recent.includes(s))];
  const book = (day: Date, input: { mode?: 'PRESENTIEL' | 'TELEPHONE'; slot?: number } = {}) => {
    const state = demo.shift();
    if (state) addRendezVous(ctx, rng, state, { day, agentId: organisation.demoTsId, statut: 'PROGRAMME', ...input });
    return state;
  };
  // Today, whatever the weekday: the demo must show an agenda.
  [1, 4, 6].forEach((slot, index) => book(reference, { mode: index === 1 ? 'TELEPHONE' : 'PRESENTIEL', slot }));
  // The other weekdays of this week, and the beginning of next week when this one is nearly over.
  const days: Date[] = [];
  for (let day = addDays(reference, 1); days.length < 6; day = addDays(day, 1)) {
    if (day.getUTCDay() === 1 && days.length >= 2) break;
    if (!isWeekend(day)) days.push(day);
  }
  for (const day of days) {
    for (let i = 0; i < 2; i += 1) book(day);
  }
  // Two rdv of the last days the demo TS has not marked yet.
  let past = previousWeekday(addDays(reference, -1));
  for (let i = 0; i < 2; i += 1) {
    book(past);
    past = previousWeekday(addDays(past, -1));
  }

  const unmarked = new Set<number>();
  for (const rdv of ctx.rows.rendezVous) {
    if (rdv.statut === 'PROGRAMME' && new Date(rdv.debut).getTime() < reference.getTime()) unmarked.add(rdv.agentId);
  }
  for (const eds of organisation.eds) {
    for (const ts of eds.ts) {
      if (unmarked.has(ts.id) || !isActiveOn(ts.periodes, reference)) continue;
      const state = candidatesOf(ts.id, 10, 120)[0];
      if (state) addRendezVous(ctx, rng, state, { day: previousWeekday(addDays(reference, -rng.int(1, 4))), agentId: ts.id, statut: 'PROGRAMME' });
    }
  }
}

const SEQUENCE_VOISINE: Record<'ACCUEIL' | 'SUIVI' | 'ACCOMPAGNEMENT', readonly Sequence[]> = {
  ACCUEIL: ['SUIVI'],
  SUIVI: ['ACCUEIL', 'ACCOMPAGNEMENT'],
  ACCOMPAGNEMENT: ['SUIVI'],
};

/** Status (veille after 12 months without contact, à archiver after 5 years) and declared séquence. */
function finalizeDossier(ctx: SeedContext, rng: Random, state: FoyerState): void {
  const { reference } = ctx;
  const { dossier } = state;
  const last = state.lastActivity;
  if (last && addMonths(last, 60).getTime() <= reference.getTime()) {
    dossier.statut = 'A_ARCHIVER';
    dossier.sequenceDeclaree = 'A_ARCHIVER';
    dossier.dateMiseEnVeille = addMonths(last, 12);
    return;
  }
  if (last && addMonths(last, 12).getTime() <= reference.getTime()) {
    dossier.statut = 'EN_VEILLE';
    dossier.sequenceDeclaree = 'EN_VEILLE';
    dossier.dateMiseEnVeille = addMonths(last, 12);
    return;
  }
  const since = addMonths(reference, -12).getTime();
  const recent = state.episodes.reduce((sum, e) => sum + e.honores.filter((h) => h.day.getTime() > since).length, 0);
  const theorique = recent < 3 ? 'ACCUEIL' : recent <= 6 ? 'SUIVI' : 'ACCOMPAGNEMENT';
  if (state.rsaDepartement && rng.chance(0.9)) dossier.sequenceDeclaree = 'HORS_SEQUENCE';
  else dossier.sequenceDeclaree = rng.chance(0.85) ? theorique : rng.pick(SEQUENCE_VOISINE[theorique]);
}

export function buildFoyers(ctx: SeedContext, rng: Random, count: number): void {
  const states: FoyerState[] = [];
  const pending: Separation[] = [];
  for (let index = 0; index < count; index += 1) {
    const foyerRng = rng.fork();
    const separation = pending.shift();
    if (!separation && index % 100 === 50) {
      states.push(generateArchive(ctx, foyerRng));
      continue;
    }
    const generated = generateFoyer(ctx, foyerRng, separation);
    states.push(generated.state);
    if (generated.separation) pending.push(generated.separation);
  }
  addAgendas(ctx, rng.fork(), states);
  for (const state of states) finalizeDossier(ctx, rng, state);
}
