import type { Indicateur } from '../moteur/indicateur';

export const aides: Indicateur[] = [];
