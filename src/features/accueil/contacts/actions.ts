'use server';
import { action } from '@/server/action';
import { createContactDefinition, createContactLegerDefinition } from './mutations';

export const createContact = action(createContactDefinition);
export const createContactLeger = action(createContactLegerDefinition);
