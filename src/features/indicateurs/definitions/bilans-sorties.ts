import type { Indicateur } from '../moteur/indicateur';

export const bilansSorties: Indicateur[] = [];
