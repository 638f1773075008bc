'use client';
import Link from 'next/link';
import { useEffect } from 'react';

/** The French message of an unexpected error; the reference matches the server's log line. */
export function ErrorPanel({ error, retry, dansLaCoquille = false }: { error: unknown; retry: () => void; dansLaCoquille?: boolean }) {
  const reference = error instanceof Error && 'digest' in error && typeof error.digest === 'string' ? error.digest : null;
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <div className={dansLaCoquille ? 'py-6' : 'mx-auto max-w-2xl px-4 py-12'}>
      <h1 className="text-2xl font-bold">Une erreur est survenue</h1>
      <p className="mt-3">
        La page n’a pas pu s’afficher. Réessayez ; si le problème continue, signalez-le à l’assistance
        {reference ? (
          <>
            {' '}
            en donnant la référence <code className="rounded bg-slate-100 px-1">{reference}</code>
          </>
        ) : null}
        .
      </p>
      <div className="mt-6 flex gap-4">
        <button type="button" onClick={() => retry()} className="rounded bg-blue-700 px-4 py-2 font-semibold text-white hover:bg-blue-800">
          Réessayer
        </button>
        <Link href="/" className="self-center">
          Retour à l’accueil
        </Link>
      </div>
    </div>
  );
}
