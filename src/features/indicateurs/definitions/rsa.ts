import type { Indicateur } from '../moteur/indicateur';

export const rsa: Indicateur[] = [];
