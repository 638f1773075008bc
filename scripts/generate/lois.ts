/** Draws the generator needs beyond the seed's Random: log-normal, Poisson, weighted tables. */
import { type Random } from '../../prisma/seed/random';

/** Standard normal (Box–Muller, one value per call). */
export function normale(rng: Random): number {
  const u = 1 - rng.next();
  const v = rng.next();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

/** Log-normal with the given median and log standard deviation. */
export function logNormale(rng: Random, mediane: number, sigma: number): number {
  return mediane * Math.exp(sigma * normale(rng));
}

/** Poisson (Knuth; small means only). */
export function poisson(rng: Random, moyenne: number): number {
  const limite = Math.exp(-moyenne);
  let k = 0;
  let p = rng.next();
  while (p > limite) {
    k += 1;
    p *= rng.next();
  }
  return k;
}

/** An integer ≥ 0 with a geometric law of the given mean. */
export function geometrique(rng: Random, moyenne: number): number {
  if (moyenne <= 0) return 0;
  const p = 1 / (1 + moyenne);
  return Math.floor(Math.log(1 - rng.next()) / Math.log(1 - p));
}
