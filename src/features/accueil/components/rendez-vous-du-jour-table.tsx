import Link from 'next/link';
import type { RendezVousDuJourDto } from '@/features/accueil/queries';
import { Empty } from '@/ui/empty';
import { formatHeure } from '@/ui/format';
import { MODES_RDV, libelle } from '@/ui/libelles';
import { StatutRendezVous } from '@/ui/statut-rendez-vous';
import { Table, Td, Th } from '@/ui/table';

export function RendezVousDuJourTable({ rendezVous }: { rendezVous: RendezVousDuJourDto[] }) {
  if (rendezVous.length === 0) return <Empty>Aucun rendez-vous aujourd’hui.</Empty>;
  return (
    <Table caption={`Rendez-vous du jour (${rendezVous.length})`}>
      <thead>
        <tr>
          <Th>Heure</Th>
          <Th>Foyer</Th>
          <Th>Travailleur social</Th>
          <Th>Mode</Th>
          <Th>Statut</Th>
        </tr>
      </thead>
      <tbody>
        {rendezVous.map((r) => (
          <tr key={r.id}>
            <Td>
              <time dateTime={r.debut.toISOString()}>{formatHeure(r.debut)}</time>
            </Td>
            <Td>
              <Link href={`/foyers/${r.foyerId}`}>{r.foyer}</Link>
            </Td>
            <Td>{r.agent}</Td>
            <Td>{libelle(MODES_RDV, r.mode)}</Td>
            <Td>
              <StatutRendezVous statut={r.statut} />
            </Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
