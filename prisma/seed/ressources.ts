/** Yearly resources of a foyer, consistent with its situation (work, retirement, RSA, AAH). */
import { ageOn } from './calendar';
import { referenceOn, type FoyerState, type SeedContext } from './context';
import { type Random } from './random';

const euros = (value: number) => (Math.round(value * 100) / 100).toFixed(2);

export function addRessources(ctx: SeedContext, rng: Random, state: FoyerState, firstYear: number): void {
  const lastYear = ctx.reference.getUTCFullYear();
  const start = Math.max(firstYear, lastYear - 3);
  const reference = referenceOn(state, ctx.reference);
  const retired = ageOn(reference.naissance, ctx.reference) >= 63;
  const aah = !state.rsa && !retired && rng.chance(0.06);
  const couple = state.membres.some((m) => m.role === 'CONJOINT');
  const children = state.membres.filter((m) => m.role === 'ENFANT').length;
  const base = {
    travail: state.rsa ? (rng.chance(0.3) ? rng.float(500, 3500) : 0) : retired || aah ? 0 : rng.float(9000, 24000) + (couple && rng.chance(0.5) ? rng.float(6000, 18000) : 0),
    retraite: retired ? rng.float(9000, 20000) : 0,
    allocations: (state.rsa ? rng.float(6500, 11000) : aah ? rng.float(10000, 11500) : rng.float(0, 2000)) + children * rng.float(900, 1500),
    autres: rng.chance(0.25) ? rng.float(100, 1500) : 0,
  };
  for (let annee = start; annee <= lastYear; annee += 1) {
    const drift = () => rng.float(0.9, 1.1);
    ctx.rows.ressource.push({
      id: ctx.rows.ressource.length + 1,
      foyerId: state.foyerId,
      annee,
      revenusTravail: euros(base.travail * drift()),
      retraite: euros(base.retraite * drift()),
      allocations: euros(base.allocations * drift()),
      autres: euros(base.autres * drift()),
    });
  }
}
