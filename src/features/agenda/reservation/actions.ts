'use server';
import { action } from '@/server/action';
import { bookRendezVousDefinition } from './mutations';

export const bookRendezVous = action(bookRendezVousDefinition);
