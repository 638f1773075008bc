import type { Role } from '@/generated/prisma/enums';

/** The page each role lands on after login (and when opening "/"). */
export const ACCUEIL_PAR_ROLE: Record<Role, string> = {
  SECRETAIRE: '/accueil',
  TRAVAILLEUR_SOCIAL: '/agenda',
  RESPONSABLE_EDS: '/tableau-de-bord',
  RESPONSABLE_TERRITOIRE: '/tableau-de-bord',
  DIRECTION: '/indicateurs',
  ADMIN: '/administration',
  PARTENAIRE: '/partenaire',
};

/** Home of a role; an unknown role (fail closed) goes back to the login page. */
export function accueilParRole(role: string): string {
  return (ACCUEIL_PAR_ROLE as Record<string, string>)[role] ?? '/connexion';
}
