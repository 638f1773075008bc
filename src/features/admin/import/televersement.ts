import 'server-only';
import type { Acteur } from '@/server/acteur';
import { canImportDonnees } from '@/server/policy';
import type { EvenementImport } from './evenements';
import { formatTaille, TAILLE_MAX_ARCHIVE } from './limites';
import { importArchive, type ImportArchiveOptions } from './mutations';

/**
 * `POST /administration/import/televersement`: the archive is the request's body (`application/zip`),
 * the answer a stream of newline-delimited JSON events (./evenements.ts) ending with the result. The
 * import runs within the request; the stream keeps the browser informed (and the connection alive)
 * until it ends.
 *
 * A route handler rather than a server action: no body size limit to raise for the whole application,
 * the size is checked before reading the body, and the answer can be streamed.
 */
export async function repondreTeleversement(acteur: Acteur | null, request: Request, options: Omit<ImportArchiveOptions, 'onEvenement'> = {}): Promise<Response> {
  // Not allowed: the same answer as a page that does not exist.
  if (!acteur || !canImportDonnees(acteur)) return new Response('Page introuvable', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  // Cross-site requests: a form of another site cannot send `application/zip` without a CORS preflight
  // (which this route does not answer), and the browser's Origin must be this site's.
  if (!origineAutorisee(request.headers)) return refus(403, 'Requête refusée : elle ne provient pas de l’application.');
  if (!/^application\/(zip|x-zip-compressed|octet-stream)\b/i.test(request.headers.get('content-type') ?? '')) {
    return refus(415, 'Le fichier envoyé doit être une archive ZIP (.zip).');
  }
  const longueur = Number(request.headers.get('content-length') ?? Number.NaN);
  const corps = await lireCorps(request.body, Number.isFinite(longueur) ? longueur : null, TAILLE_MAX_ARCHIVE);
  if (!corps.ok) {
    if (corps.raison === 'trop-gros') return refus(413, `L’archive dépasse la taille maximale de ${formatTaille(TAILLE_MAX_ARCHIVE)}.`);
    if (corps.raison === 'vide') return refus(400, 'Le fichier envoyé est vide.');
    return refus(400, 'L’envoi de l’archive a été interrompu : recommencez.');
  }
  return new Response(fluxImport(acteur, corps.octets, options), {
    headers: {
      'Content-Type': 'application/x-ndjson; charset=utf-8',
      // no-transform: not gzipped by the server nor a proxy, which would hold the events back.
      'Cache-Control': 'no-store, no-transform',
      'X-Accel-Buffering': 'no',
    },
  });
}

function refus(status: number, message: string): Response {
  return Response.json({ message }, { status, headers: { 'Cache-Control': 'no-store' } });
}

/** The browser's Origin is this site (behind a proxy: the forwarded host), as Next.js checks for server actions. */
export function origineAutorisee(headers: Headers): boolean {
  const origine = headers.get('origin');
  const hote = headers.get('x-forwarded-host')?.split(',')[0]?.trim() || headers.get('host');
  if (!origine || !hote) return false;
  try {
    return new URL(origine).host === hote;
  } catch {
    return false;
  }
}

export type CorpsLu = { ok: true; octets: Uint8Array } | { ok: false; raison: 'trop-gros' | 'vide' | 'interrompu' };

/** Reads a request body up to `max` bytes; stops reading as soon as it is known to be larger. */
export async function lireCorps(body: ReadableStream<Uint8Array> | null, longueurAnnoncee: number | null, max: number): Promise<CorpsLu> {
  if (longueurAnnoncee !== null && longueurAnnoncee > max) {
    await body?.cancel().catch(() => {});
    return { ok: false, raison: 'trop-gros' };
  }
  if (!body) return { ok: false, raison: 'vide' };
  const reader = body.getReader();
  // With a length announced, one buffer of that size; otherwise the chunks, joined at the end.
  let tampon = longueurAnnoncee !== null && longueurAnnoncee > 0 ? new Uint8Array(longueurAnnoncee) : null;
  const morceaux: Uint8Array[] = [];
  let lus = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      if (lus + value.length > max) {
        await reader.cancel().catch(() => {});
        return { ok: false, raison: 'trop-gros' };
      }
      if (tampon && lus + value.length <= tampon.length) {
        tampon.set(value, lus);
      } else {
        if (tampon) {
          morceaux.push(tampon.subarray(0, lus));
          tampon = null;
        }
        morceaux.push(value);
      }
      lus += value.length;
    }
  } catch {
    return { ok: false, raison: 'interrompu' };
  }
  if (lus === 0) return { ok: false, raison: 'vide' };
  if (tampon) return { ok: true, octets: tampon.subarray(0, lus) };
  const octets = new Uint8Array(lus);
  let position = 0;
  for (const m of morceaux) {
    octets.set(m, position);
    position += m.length;
  }
  return { ok: true, octets };
}

/** Keep-alive line while nothing else is sent (a long statement, the final ANALYZE), for proxies' idle timeouts. */
const BATTEMENT_MS = 15_000;

/**
 * Runs the import and streams its events, then its result. If the browser goes away, the import still
 * ends (all or nothing) and is audited; the events are just no longer sent.
 */
function fluxImport(acteur: Acteur, octets: Uint8Array, options: Omit<ImportArchiveOptions, 'onEvenement'>): ReadableStream<Uint8Array> {
  const encodeur = new TextEncoder();
  let ferme = false;
  let battement: ReturnType<typeof setInterval> | undefined;
  return new ReadableStream<Uint8Array>({
    start(controller) {
      const envoyer = (ligne: string) => {
        if (ferme) return;
        try {
          controller.enqueue(encodeur.encode(`${ligne}\n`));
        } catch {
          ferme = true;
        }
      };
      const emettre = (e: EvenementImport) => envoyer(JSON.stringify(e));
      battement = setInterval(() => envoyer(''), BATTEMENT_MS);
      void importArchive(acteur, octets, { ...options, onEvenement: emettre })
        .then(
          (resultat) => {
            if (resultat.statut !== 'introuvable') emettre({ type: 'fin', resultat });
          },
          (error: unknown) => {
            // importArchive answers every expected failure; this is the audit row or the database.
            const reference = crypto.randomUUID().slice(0, 8);
            console.error(`[import ${reference}]`, error);
            emettre({
              type: 'fin',
              resultat: { statut: 'echec', message: `Une erreur inattendue a interrompu l’import (référence ${reference}).`, rienEnregistre: false },
            });
          },
        )
        .finally(() => {
          clearInterval(battement);
          if (!ferme) {
            ferme = true;
            controller.close();
          }
        });
    },
    cancel() {
      ferme = true;
      clearInterval(battement);
    },
  });
}
