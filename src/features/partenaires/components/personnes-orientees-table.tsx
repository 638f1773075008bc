import Link from 'next/link';
import type { PersonneOrienteeDto } from '@/features/partenaires/queries';
import { Empty } from '@/ui/empty';
import { formatDate } from '@/ui/format';
import { ORIENTATIONS_RSA, libelle } from '@/ui/libelles';
import { Table, Td, Th } from '@/ui/table';

export function PersonnesOrienteesTable({ personnes, total }: { personnes: PersonneOrienteeDto[]; total: number }) {
  if (personnes.length === 0) return <Empty>Aucune personne n’est orientée vers votre structure aujourd’hui.</Empty>;
  return (
    <Table caption={`Personnes orientées aujourd’hui (${total})`} captionVisible>
      <thead>
        <tr>
          <Th>Nom</Th>
          <Th>Date de naissance</Th>
          <Th>Orientation</Th>
          <Th>Orientée depuis le</Th>
        </tr>
      </thead>
      <tbody>
        {personnes.map((p) => {
          const nom = `${p.nom.toUpperCase()} ${p.prenom}`;
          return (
            <tr key={p.personneId}>
              <Th scope="row">{p.foyerId === null ? nom : <Link href={`/foyers/${p.foyerId}`}>{nom}</Link>}</Th>
              <Td>{formatDate(p.dateNaissance)}</Td>
              <Td>{libelle(ORIENTATIONS_RSA, p.orientation)}</Td>
              <Td>{formatDate(p.depuis)}</Td>
            </tr>
          );
        })}
      </tbody>
    </Table>
  );
}
