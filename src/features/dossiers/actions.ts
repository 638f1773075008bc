'use server';
import { action } from '@/server/action';
import { addNoteDefinition } from './mutations';

export const addNote = action(addNoteDefinition);
