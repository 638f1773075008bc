'use server';
import { action } from '@/server/action';
import {
  addZoneDefinition,
  attribuerDossierDefinition,
  createRegulationDefinition,
  createSecteurDefinition,
  removeZoneDefinition,
  updateParametresEdsDefinition,
  updateSecteurDefinition,
} from './mutations';

export const updateParametresEds = action(updateParametresEdsDefinition);
export const createSecteur = action(createSecteurDefinition);
export const updateSecteur = action(updateSecteurDefinition);
export const addZone = action(addZoneDefinition);
export const removeZone = action(removeZoneDefinition);
export const attribuerDossier = action(attribuerDossierDefinition);
export const createRegulation = action(createRegulationDefinition);
