import type { MembreDto } from '@/features/dossiers/queries';
import { Empty } from '@/ui/empty';
import { formatDate } from '@/ui/format';
import { ROLES_FOYER, SEXES, libelle } from '@/ui/libelles';
import { Table, Td, Th } from '@/ui/table';

export function MembresTable({ membres }: { membres: MembreDto[] }) {
  if (membres.length === 0) return <Empty>Aucun membre enregistré.</Empty>;
  return (
    <Table caption={`Composition du foyer (${membres.length} ${membres.length > 1 ? 'personnes' : 'personne'})`}>
      <thead>
        <tr>
          <Th>Nom</Th>
          <Th>Prénom</Th>
          <Th>Place dans le foyer</Th>
          <Th>Date de naissance</Th>
          <Th>Sexe</Th>
        </tr>
      </thead>
      <tbody>
        {membres.map((m) => (
          <tr key={m.personneId}>
            <Th scope="row">{m.nom.toUpperCase()}</Th>
            <Td>{m.prenom}</Td>
            <Td>{libelle(ROLES_FOYER, m.role)}</Td>
            <Td>{formatDate(m.dateNaissance)}</Td>
            <Td>{libelle(SEXES, m.sexe)}</Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
