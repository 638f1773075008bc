import { repondreTeleversement } from '@/features/admin/import/televersement';
import { getActeur } from '@/server/acteur';

/**
 * The archive to import, as the request's body (`application/zip`); the answer streams the import's
 * progress then its result (NDJSON). 404 for anyone but the administrator.
 */
export async function POST(request: Request): Promise<Response> {
  return repondreTeleversement(await getActeur(), request);
}
