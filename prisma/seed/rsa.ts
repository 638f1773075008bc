/** RSA rights and orientations of adults, their CER (contrats d'engagement réciproque) and constats de carence. */
import { type OrientationRsa } from '@/generated/prisma/client';
import { addContrat, addPartnerToEquipe } from './accompagnement';
import { addDays, addMonths, maxDate, minDate } from './calendar';
import { tsOn, type FoyerState, type Membre, type SeedContext } from './context';
import { type Partenaire } from './organisation';
import { type Random } from './random';
import { MOTIFS_CARENCE } from './texts';

const ORIENTATIONS: readonly (readonly [OrientationRsa, number])[] = [
  ['SOCIALE_DEPARTEMENT', 0.68], ['SOCIALE_PARTENAIRE', 0.14], ['PROFESSIONNELLE', 0.12], ['SOCIO_PROFESSIONNELLE', 0.04], ['ACCOMPAGNEMENT_GLOBAL', 0.02],
];

/** The adults of a RSA foyer who receive the RSA: the reference, and the partner in most couples. */
export function rsaBeneficiaires(rng: Random, state: FoyerState): Membre[] {
  const adults = state.membres.filter((m) => (m.role === 'REFERENCE' || m.role === 'CONJOINT') && m.fin === null);
  const reference = adults.find((m) => m.role === 'REFERENCE');
  const conjoint = adults.find((m) => m.role === 'CONJOINT');
  const out: Membre[] = [];
  if (reference) out.push(reference);
  if (conjoint && rng.chance(0.6)) out.push(conjoint);
  return out;
}

function partnerFor(ctx: SeedContext, rng: Random, state: FoyerState): Partenaire {
  const nord = state.eds.code.startsWith('EDS-NORD');
  return rng.chance(nord ? 0.7 : 0.3) ? ctx.organisation.ccas : ctx.organisation.association;
}

/** CER signed within about a month of the orientation and renewed, or a constat de carence. */
function addCers(ctx: SeedContext, rng: Random, state: FoyerState, membre: Membre, debut: Date, fin: Date | null, partner: Partenaire | null): void {
  const { reference } = ctx;
  const limit = fin === null ? reference : minDate(fin, reference);
  let signature: Date;
  if (rng.chance(0.12)) {
    const carence = addDays(addMonths(debut, 1), rng.int(3, 20));
    if (carence.getTime() > limit.getTime()) return;
    ctx.rows.constatCarence.push({ id: ctx.rows.constatCarence.length + 1, personneId: membre.personne.id, date: carence, motif: rng.pick(MOTIFS_CARENCE) });
    if (!rng.chance(0.5)) return;
    signature = addDays(carence, rng.int(15, 90));
  } else {
    signature = addDays(debut, rng.int(5, 40));
  }
  while (signature.getTime() <= limit.getTime()) {
    let end = addDays(addMonths(signature, rng.chance(0.5) ? 6 : 12), -1);
    if (fin !== null && end.getTime() > fin.getTime()) end = fin;
    addContrat(ctx, state, 'CER', signature, end, partner ? partner.agentId : tsOn(state, signature), membre.personne.id);
    signature = addDays(end, 1 + (rng.chance(0.25) ? rng.int(10, 60) : 0));
  }
}

/** Orientations of the foyer's RSA beneficiaries; returns whether one is oriented to the département today. */
export function addRsa(ctx: SeedContext, rng: Random, state: FoyerState, start: Date): boolean {
  const { reference } = ctx;
  let orientedToDepartement = false;
  for (const membre of rsaBeneficiaires(rng, state)) {
    membre.personne.numeroAllocataire = String(rng.int(1_000_000, 9_999_999));
    let debut = rng.chance(0.35) ? addDays(start, -rng.int(30, 700)) : addDays(start, rng.int(-20, 60));
    // Someone who joined the foyer later (new partner, separation) is counted from that day.
    const joinedLater = membre.debut.getTime() > new Date(state.dossier.dateOuverture).getTime();
    debut = minDate(joinedLater ? maxDate(debut, membre.debut) : debut, addDays(reference, -20));
    const orientation = rng.weighted(ORIENTATIONS);
    let fin: Date | null = null;
    if (rng.chance(0.15)) {
      const exit = addDays(debut, rng.int(240, 900));
      if (exit.getTime() < addDays(reference, -10).getTime()) fin = exit;
    }

    // A few are reoriented from social to professional accompaniment.
    const reorientation = orientation === 'SOCIALE_DEPARTEMENT' && rng.chance(0.06) ? addDays(debut, rng.int(180, 540)) : null;
    const periods: { debut: Date; fin: Date | null; orientation: OrientationRsa }[] = [];
    if (reorientation && reorientation.getTime() < addDays(reference, -10).getTime() && (fin === null || reorientation.getTime() < fin.getTime())) {
      periods.push({ debut, fin: addDays(reorientation, -1), orientation });
      periods.push({ debut: reorientation, fin, orientation: 'PROFESSIONNELLE' });
    } else {
      periods.push({ debut, fin, orientation });
    }

    for (const period of periods) {
      const partner = period.orientation === 'SOCIALE_PARTENAIRE' ? partnerFor(ctx, rng, state) : null;
      const social = period.orientation === 'SOCIALE_DEPARTEMENT' || period.orientation === 'SOCIALE_PARTENAIRE';
      ctx.rows.orientationRsa.push({
        id: ctx.rows.orientationRsa.length + 1,
        personneId: membre.personne.id,
        debut: period.debut,
        fin: period.fin,
        orientation: period.orientation,
        structureId: partner?.structureId ?? null,
        referentId: partner ? partner.agentId : period.orientation === 'SOCIALE_DEPARTEMENT' ? tsOn(state, period.debut) : null,
      });
      if (partner) addPartnerToEquipe(ctx, state, partner.agentId, period.debut, period.fin);
      if (social) addCers(ctx, rng, state, membre, period.debut, period.fin, partner);
      const current = period.debut.getTime() <= reference.getTime() && (period.fin === null || period.fin.getTime() >= reference.getTime());
      if (current && period.orientation === 'SOCIALE_DEPARTEMENT') orientedToDepartement = true;
    }
  }
  return orientedToDepartement;
}
