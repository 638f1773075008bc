import type { Indicateur } from '../moteur/indicateur';

export const socioDemographie: Indicateur[] = [];
