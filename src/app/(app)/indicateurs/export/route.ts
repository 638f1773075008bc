import type { NextRequest } from 'next/server';
import { getExportIndicateurs } from '@/features/indicateurs/queries';
import { getActeur } from '@/server/acteur';

const INTROUVABLE = () => new Response('Page introuvable', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });

/** The stored indicators of a year and scope as a file (`?annee=&eds=&rsa=1&format=xlsx|csv`); 404 when not allowed. */
export async function GET(request: NextRequest): Promise<Response> {
  const acteur = await getActeur();
  if (!acteur) return INTROUVABLE();
  const q = request.nextUrl.searchParams;
  const fichier = await getExportIndicateurs(acteur, { annee: q.get('annee') ?? '', eds: q.get('eds') ?? '', rsa: q.get('rsa') ?? '' }, q.get('format'));
  if (!fichier) return INTROUVABLE();
  return new Response(fichier.contenu, {
    headers: {
      'Content-Type': fichier.typeMime,
      'Content-Disposition': `attachment; filename="${fichier.nomFichier}"`,
      'Cache-Control': 'private, no-store',
    },
  });
}
