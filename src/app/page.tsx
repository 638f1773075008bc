import { redirect } from 'next/navigation';
import { accueilParRole } from '@/features/admin/regles/accueil-par-role';
import { getActeur } from '@/server/acteur';

/** "/" sends each role to its home, and visitors to the login page. */
export default async function Home() {
  const acteur = await getActeur();
  redirect(acteur ? accueilParRole(acteur.role) : '/connexion');
}
