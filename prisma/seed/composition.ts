/** Persons of a foyer and their memberships over time (arrivals, births, departures, separations). */
import { type Sexe } from '@/generated/prisma/client';
import { addDays, addYears, ageOn, daysBetween } from './calendar';
import { type Membre, type SeedContext } from './context';
import { emailLocalPart, NOMS, PRENOMS_F, PRENOMS_M } from './names';
import { type Random } from './random';
import { addRowRef, type SeedRows } from './store';

export type TypeFoyer = 'seul' | 'couple' | 'couple_enfants' | 'monoparental' | 'elargi';

/** A reference person who leaves a foyer to become the reference of a new one. */
export type Separation = { membre: Membre; day: Date; edsIndex: number };

type PersonneRow = SeedRows['personne'][number];

function newPersonne(ctx: SeedContext, rng: Random, sexe: Sexe, naissance: Date, nom: string, adult: boolean, nomNaissance?: string): PersonneRow {
  const prenom = rng.pick(sexe === 'F' ? PRENOMS_F : PRENOMS_M);
  return addRowRef(ctx.rows.personne, {
    nom,
    prenom,
    nomNaissance: nomNaissance ?? null,
    dateNaissance: naissance,
    sexe,
    numeroAllocataire: null,
    telephone: adult && rng.chance(0.8) ? `06 39 98 ${String(rng.int(0, 99)).padStart(2, '0')} ${String(rng.int(0, 99)).padStart(2, '0')}` : null,
    email: adult && rng.chance(0.35) ? `${emailLocalPart(prenom, nom)}${rng.int(1, 99)}@example.org` : null,
  });
}

function birthFor(rng: Random, on: Date, age: number): Date {
  return addDays(addYears(on, -age), -rng.int(0, 364));
}

function referenceAge(rng: Random, type: TypeFoyer): number {
  if (type === 'monoparental' || type === 'couple_enfants') return rng.int(22, 54);
  if (type === 'elargi') return rng.int(30, 62);
  const band = rng.weighted([
    [[18, 25], 0.13], [[26, 40], 0.33], [[41, 55], 0.3], [[56, 70], 0.16], [[71, 90], 0.08],
  ] as const);
  return rng.int(band[0], band[1]);
}

/**
 * Creates the members of a foyer opened on `opening`, whose history runs from `start` (first contact) to the
 * reference date. Returns the members and, when the reference person leaves to found another foyer, that move.
 */
export function composeFoyer(
  ctx: SeedContext,
  rng: Random,
  opening: Date,
  start: Date,
  existing?: Membre,
): { type: TypeFoyer; membres: Membre[]; separation: Separation | null } {
  const { reference } = ctx;
  const membres: Membre[] = [];
  const add = (personne: PersonneRow, sexe: Sexe, naissance: Date, role: Membre['role'], debut: Date, fin: Date | null = null) => {
    const membre: Membre = { personne, sexe, naissance, role, debut, fin };
    membres.push(membre);
    return membre;
  };

  if (existing) {
    // A person who left their previous foyer becomes the reference of this one.
    add(existing.personne, existing.sexe, existing.naissance, 'REFERENCE', opening);
    return { type: 'seul', membres, separation: null };
  }

  const type = rng.weighted<TypeFoyer>([
    ['seul', 0.36], ['couple', 0.1], ['couple_enfants', 0.22], ['monoparental', 0.27], ['elargi', 0.05],
  ]);
  const age = referenceAge(rng, type);
  const sexe: Sexe = type === 'monoparental' ? (rng.chance(0.86) ? 'F' : 'M') : rng.chance(0.56) ? 'F' : 'M';
  const nom = rng.pick(NOMS);
  const refBirth = birthFor(rng, start, age);
  const ref = add(newPersonne(ctx, rng, sexe, refBirth, nom, true), sexe, refBirth, 'REFERENCE', opening);

  let conjoint: Membre | null = null;
  if (type === 'couple' || type === 'couple_enfants') {
    const conjSexe: Sexe = rng.chance(0.95) ? (sexe === 'F' ? 'M' : 'F') : sexe;
    const conjAge = Math.max(18, age + rng.int(-6, 6));
    const married = rng.chance(0.55);
    const conjNom = married ? nom : rng.pick(NOMS);
    const conjBirth = birthFor(rng, start, conjAge);
    const birthName = married && conjSexe === 'F' && sexe === 'M' && rng.chance(0.7) ? rng.pick(NOMS) : undefined;
    conjoint = add(newPersonne(ctx, rng, conjSexe, conjBirth, conjNom, true, birthName), conjSexe, conjBirth, 'CONJOINT', opening);
  }

  const span = daysBetween(start, reference);
  if (type === 'couple_enfants' || type === 'monoparental') {
    const count = rng.weighted([[1, 0.36], [2, 0.34], [3, 0.2], [4, 0.1]] as const);
    const oldest = Math.min(24, age - 18);
    const youngest = Math.max(0, age - 42);
    for (let i = 0; i < count && oldest >= youngest; i += 1) {
      const childAge = rng.int(youngest, oldest);
      const birth = birthFor(rng, start, childAge);
      const childSexe: Sexe = rng.chance(0.5) ? 'F' : 'M';
      const child = add(newPersonne(ctx, rng, childSexe, birth, nom, childAge >= 18), childSexe, birth, 'ENFANT', birth.getTime() > opening.getTime() ? birth : opening);
      // A young adult leaves home during the history.
      const leaveAge = rng.int(19, 23);
      const leaveDay = addYears(birth, leaveAge);
      if (childAge >= 17 && rng.chance(0.35) && leaveDay.getTime() > start.getTime() && leaveDay.getTime() < addDays(reference, -30).getTime()) {
        child.fin = leaveDay;
      }
    }
    // A birth during the history.
    if (age < 40 && span > 240 && rng.chance(0.12)) {
      const birth = addDays(start, rng.int(60, span - 30));
      const babySexe: Sexe = rng.chance(0.5) ? 'F' : 'M';
      add(newPersonne(ctx, rng, babySexe, birth, nom, false), babySexe, birth, 'ENFANT', birth);
    }
  }

  if (type === 'elargi') {
    const parentAge = Math.min(95, age + rng.int(20, 30));
    const parentSexe: Sexe = rng.chance(0.7) ? 'F' : 'M';
    const parentBirth = birthFor(rng, start, parentAge);
    add(newPersonne(ctx, rng, parentSexe, parentBirth, rng.chance(0.5) ? nom : rng.pick(NOMS), true), parentSexe, parentBirth, 'AUTRE', opening);
  }

  // A new partner moves in.
  if ((type === 'seul' || type === 'monoparental') && age < 60 && span > 150 && rng.chance(0.05)) {
    const day = addDays(start, rng.int(90, span - 30));
    const conjSexe: Sexe = sexe === 'F' ? 'M' : 'F';
    const conjBirth = birthFor(rng, day, Math.max(18, age + rng.int(-5, 5)));
    add(newPersonne(ctx, rng, conjSexe, conjBirth, rng.pick(NOMS), true), conjSexe, conjBirth, 'CONJOINT', day);
  }

  // A separation: one partner leaves; when it is the reference, they found a new foyer.
  let separation: Separation | null = null;
  if (conjoint && span > 540 && rng.chance(0.07)) {
    const day = addDays(start, rng.int(180, span - 180));
    const before = addDays(day, -1);
    if (rng.chance(0.6)) {
      ref.fin = before;
      conjoint.fin = before;
      add(conjoint.personne, conjoint.sexe, conjoint.naissance, 'REFERENCE', day);
      separation = { membre: ref, day, edsIndex: -1 };
    } else {
      conjoint.fin = before;
    }
  }

  return { type, membres, separation };
}

/** Whether the reference person is of working age (RSA possible) on a day. */
export function isWorkingAge(membre: Membre, day: Date): boolean {
  const age = ageOn(membre.naissance, day);
  return age >= 25 && age <= 62;
}
