import Link from 'next/link';
import type { AgendaRendezVousDto } from '@/features/agenda/queries';
import { Empty } from '@/ui/empty';
import { formatDate, formatHeure } from '@/ui/format';
import { MODES_RDV, libelle } from '@/ui/libelles';
import { Table, Td, Th } from '@/ui/table';

/** Past rdv still "programmé": honoured, missed or cancelled is yet to be recorded. */
export function ARenseignerTable({ rendezVous }: { rendezVous: AgendaRendezVousDto[] }) {
  if (rendezVous.length === 0) return <Empty>Tous les rendez-vous passés sont renseignés.</Empty>;
  return (
    <Table caption={`Rendez-vous passés à renseigner (${rendezVous.length})`}>
      <thead>
        <tr>
          <Th>Date</Th>
          <Th>Heure</Th>
          <Th>Foyer</Th>
          <Th>Mode</Th>
        </tr>
      </thead>
      <tbody>
        {rendezVous.map((r) => (
          <tr key={r.id}>
            <Td>{formatDate(r.debut)}</Td>
            <Td>{formatHeure(r.debut)}</Td>
            <Td>
              <Link href={`/foyers/${r.foyerId}`}>{r.foyer}</Link>
            </Td>
            <Td>{libelle(MODES_RDV, r.mode)}</Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
