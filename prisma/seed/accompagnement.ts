/** The social work of an episode: diagnostic, objectives, actions, contracts, case team and closing bilan. */
import { type ClasseSortie, type ResultatObjectif } from '@/generated/prisma/client';
import { addDays, addMonths, daysBetween, minDate } from './calendar';
import { referenceOn, type Episode, type FoyerState, type SeedContext } from './context';
import { isActiveOn } from './organisation';
import { type Random } from './random';
import { available } from './referentiels';
import { type SeedRows } from './store';
import { BILANS, libelleAction, libelleObjectif, PARTENAIRES_EXTERNES, synthese } from './texts';

type ObjectifRow = SeedRows['objectif'][number];

export type Suivi = { objectifs: ObjectifRow[]; domaines: string[] };

/** How often each domain is a problématique (Val-de-Marne and Lot tables). */
export const DOMAINE_WEIGHTS: readonly (readonly [string, number])[] = [
  ['ACCES_DROITS', 0.16], ['BUDGET', 0.15], ['LOGEMENT', 0.13], ['ALIMENTATION', 0.06], ['HEBERGEMENT', 0.03],
  ['ENERGIE', 0.05], ['EMPLOI', 0.08], ['FORMATION', 0.02], ['SANTE', 0.07], ['HANDICAP_AUTONOMIE', 0.04],
  ['FAMILLE_PARENTALITE', 0.07], ['VIOLENCES', 0.025], ['PSYCHOLOGIQUE', 0.03], ['ISOLEMENT', 0.03],
  ['MOBILITE', 0.02], ['NUMERIQUE', 0.025], ['AUTRE', 0.01],
];

const ACTION_TYPES: readonly (readonly [string, number])[] = [
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

/** The foyer's problématiques: 1 to 3 domains, employment more likely for RSA foyers. */
export function drawProblematiques(ctx: SeedContext, rng: Random, rsa: boolean): string[] {
  const weights = available(
    DOMAINE_WEIGHTS.map(([code, weight]) => [code, rsa && (code === 'EMPLOI' || code === 'FORMATION' || code === 'MOBILITE') ? weight * 3 : weight] as const),
    ctx.referentiels.domaines,
  );
  const count = rng.weighted([[1, 0.35], [2, 0.4], [3, 0.25]] as const);
  const chosen: string[] = [];
  while (chosen.length < count) {
    const code = rng.weighted(weights);
    if (!chosen.includes(code)) chosen.push(code);
  }
  return chosen;
}

function addDiagnostic(ctx: SeedContext, rng: Random, state: FoyerState, day: Date, agentId: number, domaines: string[]): void {
  const id = ctx.rows.diagnostic.length + 1;
  ctx.rows.diagnostic.push({ id, foyerId: state.foyerId, date: day, agentId, synthese: synthese(rng, domaines) });
  for (const domaineCode of domaines) ctx.rows.diagnosticDomaine.push({ diagnosticId: id, domaineCode });
}

export function addAction(
  ctx: SeedContext,
  rng: Random,
  state: FoyerState,
  input: { day: Date; typeCode: string; agentId: number; domaineCode: string | null; objectif: ObjectifRow | null; libelle?: string },
): void {
  const partenaire =
    input.typeCode === 'ORIENTATION_PARTENAIRE' || input.typeCode === 'CONTACT_PARTENAIRE' || input.typeCode === 'ORIENTATION_SANTE'
      ? rng.pick(PARTENAIRES_EXTERNES)
      : null;
  ctx.rows.action.push({
    id: ctx.rows.action.length + 1,
    foyerId: state.foyerId,
    objectifId: input.objectif?.id ?? null,
    date: input.day,
    typeCode: input.typeCode,
    domaineCode: input.objectif?.domaineCode ?? input.domaineCode,
    libelle: input.libelle ?? (partenaire ? `${libelleAction(rng, input.typeCode)} (${partenaire})` : libelleAction(rng, input.typeCode)),
    partenaire,
    agentId: input.agentId,
  });
}

/** An objective of the foyer started on or before `day`, if any (actions are linked to one). */
export function objectifFor(rng: Random, suivi: Suivi, day: Date, domaine?: string): ObjectifRow | null {
  const started = suivi.objectifs.filter((o) => new Date(o.date).getTime() <= day.getTime());
  const sameDomain = domaine ? started.filter((o) => o.domaineCode === domaine) : [];
  if (sameDomain.length > 0) return rng.pick(sameDomain);
  return started.length > 0 && rng.chance(0.65) ? rng.pick(started) : null;
}

function addEquipe(ctx: SeedContext, state: FoyerState, agentId: number, debut: Date, fin: Date | null): void {
  const key = `${agentId}|${debut.getTime()}`;
  if (state.equipeKeys.has(key)) return;
  state.equipeKeys.add(key);
  ctx.rows.membreEquipe.push({ id: ctx.rows.membreEquipe.length + 1, dossierId: state.dossier.id, agentId, debut, fin });
}

export function addPartnerToEquipe(ctx: SeedContext, state: FoyerState, agentId: number, debut: Date, fin: Date | null): void {
  addEquipe(ctx, state, agentId, debut, fin);
}

/** Diagnostic, objectives, actions, contract and case team of one episode. */
export function addSuivi(ctx: SeedContext, rng: Random, state: FoyerState, episode: Episode): Suivi {
  const { reference } = ctx;
  const suivi: Suivi = { objectifs: [], domaines: [...state.problematiques] };
  const honores = episode.honores;
  const first = honores[0];
  if (!first) return suivi;
  const accompagne = episode.kind !== 'information';

  // Diagnostic after the first (or second) rdv; a re-evaluation a year later for long accompaniments.
  if (accompagne || rng.chance(0.25)) {
    const at = (rng.chance(0.6) ? first : honores[1]) ?? first;
    const domaines = accompagne ? suivi.domaines : suivi.domaines.slice(0, rng.int(1, 2));
    addDiagnostic(ctx, rng, state, at.day, at.agentId, domaines);
    const later = honores.find((h) => daysBetween(first.day, h.day) >= 365);
    if (later) addDiagnostic(ctx, rng, state, later.day, later.agentId, domaines);
  }

  // Objectives once the accompaniment is under way.
  const third = honores[2];
  if (accompagne && third) {
    const count = episode.kind === 'intensif' ? rng.int(2, 4) : rng.int(1, 3);
    for (let i = 0; i < count; i += 1) {
      const at = (i === 0 ? third : rng.pick(honores.slice(2))) ?? third;
      const domaineCode = i < suivi.domaines.length ? (suivi.domaines[i] ?? 'AUTRE') : rng.pick(suivi.domaines);
      const row: ObjectifRow = {
        id: ctx.rows.objectif.length + 1,
        foyerId: state.foyerId,
        domaineCode,
        libelle: libelleObjectif(rng, domaineCode),
        date: at.day,
        echeance: addMonths(at.day, rng.int(3, 12)),
        resultat: null,
      };
      ctx.rows.objectif.push(row);
      suivi.objectifs.push(row);
    }
  }

  // Actions at some rdv.
  const actionTypes = available(ACTION_TYPES, ctx.referentiels.typesAction);
  honores.forEach((h, index) => {
    if (index === 0 && honores.length > 1) return;
    if (!rng.chance(accompagne ? 0.45 : 0.2)) return;
    const objectif = objectifFor(rng, suivi, h.day);
    addAction(ctx, rng, state, { day: h.day, typeCode: rng.weighted(actionTypes), agentId: h.agentId, domaineCode: rng.pick(suivi.domaines), objectif });
  });

  // A contract for part of the accompaniments.
  const fourth = honores[3];
  if (accompagne && third && fourth && rng.chance(0.45)) {
    const debut = third.day;
    addContrat(ctx, state, 'CONTRAT_ACCOMPAGNEMENT', debut, addDays(addMonths(debut, rng.chance(0.5) ? 6 : 12), -1), third.agentId, referenceOn(state, debut).personne.id);
  }
  if (episode.kind === 'intensif' && fourth && rng.chance(0.05)) {
    addContrat(ctx, state, 'MASP', fourth.day, addDays(addMonths(fourth.day, 12), -1), fourth.agentId, referenceOn(state, fourth.day).personne.id);
  }

  // A second TS joins the case team of a few accompaniments.
  const second = honores[1];
  if (accompagne && second && rng.chance(0.1)) {
    const colleague = state.eds.ts.find((ts) => ts.id !== second.agentId && isActiveOn(ts.periodes, second.day));
    const last = honores[honores.length - 1] ?? second;
    const ongoing = addMonths(last.day, 12).getTime() > reference.getTime();
    if (colleague) addEquipe(ctx, state, colleague.id, second.day, ongoing ? null : minDate(addDays(last.day, 30), reference));
  }
  return suivi;
}

export function addContrat(
  ctx: SeedContext,
  state: FoyerState,
  type: 'CER' | 'CONTRAT_ACCOMPAGNEMENT' | 'MASP',
  debut: Date,
  fin: Date,
  agentId: number,
  personneId: number,
): void {
  ctx.rows.contrat.push({ id: ctx.rows.contrat.length + 1, foyerId: state.foyerId, personneId, type, debut, fin, dateSignature: debut, agentId });
}

/**
 * The bilan closing an accompaniment: most ended ones (12 months without rdv), a few closed earlier by the
 * TS. Sets the objectives' results; unclosed objectives past their due date sometimes have one too.
 */
export function addBilan(ctx: SeedContext, rng: Random, state: FoyerState, episode: Episode, suivi: Suivi, isLast: boolean): void {
  const { reference } = ctx;
  const last = episode.honores[episode.honores.length - 1];
  if (!last) return;
  const ended = addMonths(last.day, 12).getTime() <= reference.getTime();
  const quiet = daysBetween(last.day, reference) > 120;
  const closes = episode.kind !== 'information' && episode.honores.length >= 3 && ((ended && rng.chance(0.85)) || (!ended && quiet && rng.chance(0.2)));
  if (!closes) {
    for (const objectif of suivi.objectifs) {
      if (objectif.echeance && new Date(objectif.echeance).getTime() < reference.getTime() && rng.chance(0.35)) {
        objectif.resultat = rng.weighted(RESULTATS.NEUTRE);
      }
    }
    return;
  }
  const weights = MOTIFS_SORTIE.filter(([code]) => isLast || (code !== 'DECES' && code !== 'DEMENAGEMENT')).map(
    ([code, weight]) => [code, state.rsa && code === 'EMPLOI_FORMATION' ? weight * 2.5 : weight] as const,
  );
  const motif = episode.endedByNoShow && rng.chance(0.6) ? 'PERDU_DE_VUE' : rng.weighted(available(weights, ctx.referentiels.motifsSortie));
  const classe = ctx.referentiels.motifsSortie.get(motif) ?? 'NEUTRE';
  const day = minDate(addDays(last.day, rng.int(0, 21)), addDays(reference, -1));
  ctx.rows.bilan.push({
    id: ctx.rows.bilan.length + 1,
    foyerId: state.foyerId,
    date: day,
    motifSortieCode: motif,
    commentaire: rng.pick(BILANS[classe]),
    agentId: last.agentId,
  });
  for (const objectif of suivi.objectifs) objectif.resultat = rng.weighted(RESULTATS[classe]);
}
