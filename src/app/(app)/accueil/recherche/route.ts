import type { NextRequest } from 'next/server';
import { LIMITE_SUGGESTIONS, searchPersonnes } from '@/features/accueil/recherche/queries';
import { rechercheParamsSchema } from '@/features/accueil/recherche/schemas';
import { getActeur } from '@/server/acteur';

const INTROUVABLE = () => Response.json({ message: 'Page introuvable' }, { status: 404 });

/** Suggestions of the accueil search box as you type (`?q=`): the same data-layer read as the page, fewer rows. */
export async function GET(request: NextRequest): Promise<Response> {
  const acteur = await getActeur();
  if (!acteur) return INTROUVABLE();
  const { q } = rechercheParamsSchema.parse({ q: request.nextUrl.searchParams.get('q') ?? undefined });
  const recherche = await searchPersonnes(acteur, q, { limite: LIMITE_SUGGESTIONS });
  if (!recherche) return INTROUVABLE();
  return Response.json(recherche, { headers: { 'Cache-Control': 'private, no-store' } });
}
