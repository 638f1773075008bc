import type { Indicateur } from '../moteur/indicateur';

export const contenu: Indicateur[] = [];
