'use server';
import { action } from '@/server/action';
import { annulerFusionDefinition, fusionnerPersonnesDefinition } from './mutations-fusion';
import { ajouterMembreDefinition, createPersonneDefinition, departDefinition, separationDefinition } from './mutations';

export const createPersonne = action(createPersonneDefinition);
export const ajouterMembre = action(ajouterMembreDefinition);
export const enregistrerDepart = action(departDefinition);
export const enregistrerSeparation = action(separationDefinition);
export const fusionnerPersonnes = action(fusionnerPersonnesDefinition);
export const annulerFusion = action(annulerFusionDefinition);
