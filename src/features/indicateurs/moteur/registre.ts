import { aides } from '../definitions/aides';
import { bilansSorties } from '../definitions/bilans-sorties';
import { contenu } from '../definitions/contenu';
import { durees } from '../definitions/durees';
import { foyersSuivis } from '../definitions/foyers-suivis';
import { rendezVous } from '../definitions/rendez-vous';
import { rsa } from '../definitions/rsa';
import { socioDemographie } from '../definitions/socio-demographie';
import { travailleursSociaux } from '../definitions/travailleurs-sociaux';
import type { Indicateur } from './indicateur';

/** Every indicator the engine computes (order does not matter: results are keyed by number). */
export const INDICATEURS: Indicateur[] = [
  ...foyersSuivis,
  ...socioDemographie,
  ...rendezVous,
  ...durees,
  ...contenu,
  ...bilansSorties,
  ...travailleursSociaux,
  ...rsa,
  ...aides,
];

/** The 55 numbers of the Cour's standard list (Lot numbering). */
export const NUMEROS = Array.from({ length: 55 }, (_, i) => String(i + 1));
