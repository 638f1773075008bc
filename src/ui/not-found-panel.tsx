import Link from 'next/link';

/** The one answer for "does not exist" and "not yours": it never says which. */
export function NotFoundPanel({ dansLaCoquille = false }: { dansLaCoquille?: boolean }) {
  return (
    <div className={dansLaCoquille ? 'py-6' : 'mx-auto max-w-2xl px-4 py-12'}>
      <h1 className="text-2xl font-bold">Page introuvable</h1>
      <p className="mt-3">Cette page n’existe pas, ou vous n’y avez pas accès.</p>
      <p className="mt-6">
        <Link href="/">Retour à l’accueil</Link>
      </p>
    </div>
  );
}
