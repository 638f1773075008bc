import type { ResultatPersonneDto } from '../queries';
import { formatDate } from '@/ui/format';

/** "DUPONT Jean (nom de naissance : Martin)": the name as the desk reads it aloud. */
export function nomComplet(r: Pick<ResultatPersonneDto, 'nom' | 'prenom' | 'nomNaissance'>): string {
  const naissance = r.nomNaissance && r.nomNaissance !== r.nom ? ` (nom de naissance : ${r.nomNaissance})` : '';
  return `${r.nom.toUpperCase()} ${r.prenom}${naissance}`;
}

/** "TS : Marie Curie (Antenne Nord)" or "Pas de TS référent": what the desk must see at once. */
export function suiviPar(r: Pick<ResultatPersonneDto, 'referent'>): string {
  if (!r.referent) return 'Pas de TS référent';
  return `TS : ${r.referent.nom}${r.referent.site ? ` (${r.referent.site})` : ''}`;
}

/** One line of a suggestion: identity, EDS and référent (the dossier details are on the results page). */
export function resumeSuggestion(r: ResultatPersonneDto): string {
  const eds = r.eds ? (r.niveau === 'DOSSIER' ? r.eds : `${r.eds} (autre EDS)`) : 'Sans dossier';
  return `${nomComplet(r)} — né(e) le ${formatDate(r.dateNaissance)} — ${eds} — ${suiviPar(r)}`;
}

/** Where Enter takes the desk: the dossier when it may be opened, else a fiche contact for the person. */
export function lienPrincipal(r: ResultatPersonneDto): string | null {
  return r.liens.dossier ?? r.liens.ficheContact;
}
