import type { Indicateur } from '../moteur/indicateur';

export const durees: Indicateur[] = [];
