import type { Indicateur } from '../moteur/indicateur';

export const travailleursSociaux: Indicateur[] = [];
