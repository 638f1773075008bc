'use server';
import { action } from '@/server/action';
import { recalculerIndicateursDefinition } from './mutations';

export const recalculerIndicateurs = action(recalculerIndicateursDefinition);
