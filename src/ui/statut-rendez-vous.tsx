import { Badge, type Ton } from './badge';
import { STATUTS_RDV, libelle } from './libelles';

const TON: Record<string, Ton> = { PROGRAMME: 'info', HONORE: 'succes', NON_HONORE: 'alerte', ANNULE: 'neutre' };

export function StatutRendezVous({ statut }: { statut: string }) {
  return <Badge ton={TON[statut] ?? 'neutre'}>{libelle(STATUTS_RDV, statut)}</Badge>;
}
