import { redirect } from 'next/navigation';
import type { ReactNode } from 'react';
import { navigationPour } from '@/features/admin/regles/navigation';
import { getActeur } from '@/server/acteur';
import { AppHeader } from '@/ui/app-header';
import { ROLES, libelle } from '@/ui/libelles';
import { SessionKeepAlive } from '@/ui/session-keep-alive';
import { SkipLink } from '@/ui/skip-link';

/**
 * The shell of every authenticated page. It is not an authorization boundary: each page checks its
 * own role and each query its own scope.
 */
export default async function AppLayout({ children }: { children: ReactNode }) {
  const acteur = await getActeur();
  if (!acteur) redirect('/connexion');
  return (
    <>
      <SkipLink />
      <AppHeader nom={`${acteur.prenom} ${acteur.nom}`} role={libelle(ROLES, acteur.role)} eds={acteur.edsNoms} liens={navigationPour(acteur)} />
      <main id="contenu" tabIndex={-1} className="mx-auto max-w-6xl px-4 py-6 focus:outline-none">
        {children}
      </main>
      <SessionKeepAlive />
    </>
  );
}
