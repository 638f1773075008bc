import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { ConnexionForm } from '@/features/admin/components/connexion-form';
import { getActeur } from '@/server/acteur';

export const metadata: Metadata = { title: 'Connexion' };

export default async function ConnexionPage() {
  if (await getActeur()) redirect('/');
  return (
    <main id="contenu" className="mx-auto max-w-md px-4 py-16">
      <p className="text-2xl font-bold text-blue-800">Sillage</p>
      <h1 className="mt-2 text-xl font-semibold">Connexion</h1>
      <p className="mt-1 text-slate-700">Dossier social et action sociale de proximité du département.</p>
      <div className="mt-6 rounded border border-slate-300 bg-white p-6 shadow-sm">
        <ConnexionForm />
      </div>
    </main>
  );
}
