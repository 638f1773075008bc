import { z } from 'zod';
import { LONGUEUR_MAX_TERME } from './regles/terme-recherche';

/**
 * The query string of the search (the page's `?q=` and the suggestions' route). A missing or repeated `q`
 * reads as empty; a longer term is cut, as the box's maxLength does.
 */
export const rechercheParamsSchema = z.object({
  q: z
    .string()
    .catch('')
    .transform((q) => q.trim().slice(0, LONGUEUR_MAX_TERME)),
});
