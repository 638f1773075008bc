'use client';
import './globals.css';
import { ErrorPanel } from '@/ui/error-panel';

/** Replaces the root layout when it fails: its own document. */
export default function GlobalError({ error, retry }: { error: unknown; retry: () => void }) {
  return (
    <html lang="fr">
      <body className="min-h-screen bg-slate-50 text-slate-900">
        <title>Erreur — Sillage</title>
        <main id="contenu">
          <ErrorPanel error={error} retry={retry} />
        </main>
      </body>
    </html>
  );
}
