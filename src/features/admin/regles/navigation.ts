import type { Role } from '@/generated/prisma/enums';
import {
  type ActeurPolicy,
  canAdminister,
  canReadAttribution,
  canReadPartenaireListe,
  canReadTableauDeBord,
  canSearchFoyers,
  canUseFusion,
  canUseAccueil,
  canUseAgenda,
  canUseIndicateurs,
} from '@/server/policy';
import { accueilParRole } from './accueil-par-role';

export type LienNavigation = { href: string; label: string };

type Entree = { href: string; label: (role: Role) => string; peut: (a: ActeurPolicy) => boolean };

/** Every page of the menu with the policy predicate its page checks: the menu never offers a page that would answer 404. */
const ENTREES: readonly Entree[] = [
  { href: '/accueil', label: () => 'Accueil du jour', peut: canUseAccueil },
  { href: '/agenda', label: (role) => (role === 'TRAVAILLEUR_SOCIAL' ? 'Mon agenda' : 'Agendas'), peut: canUseAgenda },
  { href: '/tableau-de-bord', label: () => 'Tableau de bord', peut: canReadTableauDeBord },
  { href: '/foyers', label: () => 'Foyers', peut: canSearchFoyers },
  // The attribution pages open on one of the acteur's EDS: offered when there is one they may read.
  { href: '/attribution', label: () => 'Attribution', peut: (a) => a.edsIds.some((e) => canReadAttribution(a, e)) },
  { href: '/personnes/fusion', label: () => 'Fusion de fiches', peut: canUseFusion },
  { href: '/indicateurs', label: () => 'Indicateurs', peut: canUseIndicateurs },
  { href: '/administration', label: () => 'Administration', peut: canAdminister },
  { href: '/partenaire', label: () => 'Personnes orientées', peut: canReadPartenaireListe },
];

/** The menu of an acteur, their home first. */
export function navigationPour(a: ActeurPolicy): LienNavigation[] {
  const accueil = accueilParRole(a.role);
  return ENTREES.filter((e) => e.peut(a))
    .sort((x, y) => Number(y.href === accueil) - Number(x.href === accueil))
    .map((e) => ({ href: e.href, label: e.label(a.role) }));
}

