import Link from 'next/link';
import type { FoyerListeDto } from '@/features/dossiers/queries';
import { Empty } from '@/ui/empty';
import { Table, Td, Th } from '@/ui/table';

/** Results of a foyer search. */
export function FoyersTable({ foyers, terme }: { foyers: FoyerListeDto[]; terme: string }) {
  if (foyers.length === 0) return <Empty>Aucun foyer de votre périmètre ne correspond à « {terme} ».</Empty>;
  return (
    <Table caption={`Foyers correspondant à « ${terme} » (${foyers.length})`} captionVisible>
      <thead>
        <tr>
          <Th>Personne de référence</Th>
          <Th>Commune</Th>
          <Th>EDS</Th>
          <Th>Référent</Th>
        </tr>
      </thead>
      <tbody>
        {foyers.map((f) => (
          <tr key={f.id}>
            <Td>
              <Link href={`/foyers/${f.id}`}>{f.nomReference}</Link>
            </Td>
            <Td>{f.commune ?? '—'}</Td>
            <Td>{f.eds}</Td>
            <Td>{f.referent ?? 'Aucun'}</Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
