import type { AppartenanceDto } from '@/features/personnes/queries';
import { Empty } from '@/ui/empty';
import { formatDate } from '@/ui/format';
import { ROLES_FOYER, libelle } from '@/ui/libelles';
import { Table, Td, Th } from '@/ui/table';

/** Every membership of the foyer, past and current: the history is never rewritten. */
export function CompositionHistorique({ historique }: { historique: AppartenanceDto[] }) {
  if (historique.length === 0) return <Empty>Aucun membre enregistré.</Empty>;
  return (
    <Table caption="Historique de la composition du foyer">
      <thead>
        <tr>
          <Th>Personne</Th>
          <Th>Date de naissance</Th>
          <Th>Place dans le foyer</Th>
          <Th>Arrivée</Th>
          <Th>Dernier jour</Th>
        </tr>
      </thead>
      <tbody>
        {historique.map((a) => (
          <tr key={a.id}>
            <Th scope="row">{a.nom}</Th>
            <Td>{formatDate(a.dateNaissance)}</Td>
            <Td>{libelle(ROLES_FOYER, a.role)}</Td>
            <Td>{formatDate(a.debut)}</Td>
            <Td>{a.fin ? formatDate(a.fin) : a.enCours ? 'Toujours présent(e)' : '—'}</Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
