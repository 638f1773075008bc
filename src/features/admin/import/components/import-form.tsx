'use client';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { formatNombre } from '@/ui/format';
import { lireEvenements, type EvenementImport, type ResultatImportDto } from '../evenements';
import { formatTaille } from '../limites';
import { ResultatImport } from './resultat-import';

type Progression = Extract<EvenementImport, { type: 'progression' }>;

type Etat =
  | { phase: 'repos' }
  | { phase: 'envoi'; envoyes: number; total: number }
  | { phase: 'import'; progression: Progression | null }
  | { phase: 'fin'; resultat: ResultatImportDto }
  | { phase: 'erreur'; message: string };

const URL_TELEVERSEMENT = '/administration/import/televersement';

/** What the progress shows: a short step (announced to screen readers) and its detail (not announced). */
function decrire(etat: Etat): { etape: string; detail: string; pourcent: number } | null {
  if (etat.phase === 'envoi') {
    const pourcent = etat.total > 0 ? Math.floor((100 * etat.envoyes) / etat.total) : 0;
    return { etape: 'Envoi de l’archive au serveur…', detail: `${formatTaille(etat.envoyes)} sur ${formatTaille(etat.total)}`, pourcent };
  }
  if (etat.phase === 'fin' && etat.resultat.statut === 'importe') return { etape: 'Import terminé.', detail: '', pourcent: 100 };
  if (etat.phase !== 'import') return null;
  const p = etat.progression;
  if (p === null) return { etape: 'Lecture de l’archive…', detail: '', pourcent: 0 };
  const pourcent = Math.min(100, Math.floor(100 * p.avancement));
  const rang = `fichier ${p.rang} sur ${p.nombre}`;
  if (p.etape === 'verification') {
    return { etape: `Étape 1 sur 2 : vérification de ${p.fichier} (${rang})`, detail: `${formatNombre(p.fait)} ligne${p.fait > 1 ? 's' : ''} lue${p.fait > 1 ? 's' : ''}`, pourcent };
  }
  if (p.rang === p.nombre && p.total !== null && p.fait >= p.total) {
    return { etape: 'Enregistrement et finalisation de l’import…', detail: '', pourcent };
  }
  return { etape: `Étape 2 sur 2 : écriture de ${p.fichier} (${rang})`, detail: `${formatNombre(p.fait)} ligne${p.fait > 1 ? 's' : ''} sur ${formatNombre(p.total ?? 0)}`, pourcent };
}

/** The French message of a refusal before the import started (JSON `{ message }`), or by status. */
function messageRefus(xhr: XMLHttpRequest): string {
  try {
    const corps = JSON.parse(xhr.responseText) as { message?: unknown };
    if (typeof corps.message === 'string') return corps.message;
  } catch {
    // not JSON: the status decides
  }
  if (xhr.status === 404 || xhr.status === 401) return 'Votre session a expiré ou vous n’avez plus accès à l’import : reconnectez-vous.';
  if (xhr.status === 413) return 'L’archive est trop volumineuse pour le serveur.';
  return `Le serveur a refusé l’archive (code ${xhr.status}). Réessayez ; si le problème continue, signalez-le à l’assistance.`;
}

/**
 * Upload of an archive and progress of its import. The archive is sent as the request's body; the
 * answer streams the import's events (one JSON per line) until its result.
 */
export function ImportForm({ tailleMax }: { tailleMax: number }) {
  const [etat, setEtat] = useState<Etat>({ phase: 'repos' });
  const [erreurChamp, setErreurChamp] = useState<string | null>(null);
  const titreResultat = useRef<HTMLHeadingElement>(null);
  const titreErreur = useRef<HTMLParagraphElement>(null);
  const enCours = etat.phase === 'envoi' || etat.phase === 'import';

  // Leaving the page does not stop an import, but its result would no longer be shown.
  useEffect(() => {
    if (!enCours) return;
    const retenir = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener('beforeunload', retenir);
    return () => window.removeEventListener('beforeunload', retenir);
  }, [enCours]);

  // The outcome takes the focus, so that keyboard and screen-reader users land on it.
  useEffect(() => {
    if (etat.phase === 'fin') titreResultat.current?.focus();
    if (etat.phase === 'erreur') titreErreur.current?.focus();
  }, [etat.phase]);

  function envoyer(fichier: File) {
    const xhr = new XMLHttpRequest();
    let lu = 0;
    let termine = false;
    const lireSuite = () => {
      if (xhr.status !== 200) return;
      const { evenements, suite } = lireEvenements(xhr.responseText, lu);
      lu = suite;
      for (const e of evenements) {
        if (e.type === 'progression') setEtat({ phase: 'import', progression: e });
        else if (e.type === 'fin') {
          termine = true;
          setEtat({ phase: 'fin', resultat: e.resultat });
        }
      }
    };
    const echouer = (message: string) => setEtat({ phase: 'erreur', message });
    xhr.upload.onprogress = (e) => setEtat({ phase: 'envoi', envoyes: e.loaded, total: e.lengthComputable ? e.total : fichier.size });
    xhr.upload.onload = () => setEtat({ phase: 'import', progression: null });
    xhr.onprogress = () => {
      try {
        lireSuite();
      } catch {
        xhr.abort();
        echouer('La réponse du serveur est illisible. Réessayez ; si le problème continue, signalez-le à l’assistance.');
      }
    };
    xhr.onload = () => {
      if (xhr.status !== 200) return echouer(messageRefus(xhr));
      try {
        lireSuite();
      } catch {
        return echouer('La réponse du serveur est illisible. Réessayez ; si le problème continue, signalez-le à l’assistance.');
      }
      if (!termine) {
        echouer('La connexion a été interrompue avant la fin de l’import. L’import a pu se terminer ou non : consultez le journal d’audit avant de recommencer.');
      }
    };
    xhr.onerror = () =>
      echouer('La connexion au serveur a été interrompue. Si l’archive avait été entièrement envoyée, l’import a pu se terminer : consultez le journal d’audit avant de recommencer.');
    xhr.open('POST', URL_TELEVERSEMENT);
    xhr.setRequestHeader('Content-Type', 'application/zip');
    setEtat({ phase: 'envoi', envoyes: 0, total: fichier.size });
    xhr.send(fichier);
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (enCours) return;
    const fichier = new FormData(event.currentTarget).get('archive');
    let erreur: string | null = null;
    if (!(fichier instanceof File) || fichier.size === 0) erreur = 'Choisissez l’archive ZIP à importer.';
    else if (!fichier.name.toLowerCase().endsWith('.zip')) erreur = 'Le fichier choisi n’est pas une archive ZIP (.zip).';
    else if (fichier.size > tailleMax) erreur = `L’archive pèse ${formatTaille(fichier.size)} : la taille maximale est de ${formatTaille(tailleMax)}.`;
    setErreurChamp(erreur);
    if (erreur !== null || !(fichier instanceof File)) {
      document.getElementById('archive')?.focus();
      return;
    }
    envoyer(fichier);
  }

  const progression = decrire(etat);
  let annonce = '';
  if (progression) annonce = progression.etape;
  else if (etat.phase === 'fin') annonce = etat.resultat.statut === 'erreurs' ? 'Import refusé.' : 'Import impossible.';

  return (
    <div>
      <form onSubmit={onSubmit} noValidate className="space-y-4">
        <div className="flex flex-col">
          <label htmlFor="archive" className="mb-1 font-medium">
            Archive ZIP des fichiers CSV
          </label>
          <p id="archive-aide" className="mb-2 text-sm text-slate-700">
            Un fichier .zip de {formatTaille(tailleMax)} au plus, contenant les fichiers CSV à sa racine ou dans un seul dossier.
          </p>
          <input
            id="archive"
            name="archive"
            type="file"
            accept=".zip,application/zip"
            disabled={enCours}
            aria-describedby={erreurChamp ? 'archive-aide archive-erreur' : 'archive-aide'}
            aria-invalid={erreurChamp ? true : undefined}
            onChange={() => setErreurChamp(null)}
            className="rounded border border-slate-500 px-3 py-2 file:mr-3 file:rounded file:border-0 file:bg-slate-200 file:px-3 file:py-1 file:font-medium"
          />
          {erreurChamp ? (
            <p id="archive-erreur" className="mt-1 text-sm font-medium text-red-800">
              {erreurChamp}
            </p>
          ) : null}
        </div>
        <button
          type="submit"
          disabled={enCours}
          aria-busy={enCours || undefined}
          className="rounded bg-blue-700 px-4 py-2 font-semibold text-white hover:bg-blue-800 disabled:opacity-70"
        >
          Importer
        </button>
      </form>

      <div className="mt-6">
        {/* Only the steps are announced (not every percent); a refusal's heading below says it visibly. */}
        <p role="status" aria-live="polite" className={etat.phase === 'fin' && !progression ? 'sr-only' : 'font-medium'}>
          {annonce}
        </p>
        {progression ? (
          <div className="mt-2">
            <label htmlFor="import-progression" className="sr-only">
              Avancement de l’import
            </label>
            <progress id="import-progression" max={100} value={progression.pourcent} className="h-3 w-full accent-blue-700">
              {progression.pourcent} %
            </progress>
            <p className="mt-1 text-sm text-slate-700 tabular-nums">
              {progression.pourcent} %{progression.detail ? ` — ${progression.detail}` : ''}
            </p>
          </div>
        ) : null}
      </div>

      {etat.phase === 'fin' ? <ResultatImport resultat={etat.resultat} titreRef={titreResultat} /> : null}
      {etat.phase === 'erreur' ? (
        <div role="alert" className="mt-6 rounded border border-red-700 bg-red-50 p-4">
          <p ref={titreErreur} tabIndex={-1} className="font-semibold focus:outline-none">
            {etat.message}
          </p>
        </div>
      ) : null}
    </div>
  );
}
