import Link from 'next/link';
import type { ActiviteTsDto } from '@/features/pilotage/queries';
import { Empty } from '@/ui/empty';
import { formatNombre } from '@/ui/format';
import { Table, Td, Th } from '@/ui/table';

export function ActiviteTsTable({ eds, annee, travailleursSociaux }: { eds: string; annee: number; travailleursSociaux: ActiviteTsDto[] }) {
  if (travailleursSociaux.length === 0) return <Empty>Aucun travailleur social n’est affecté à cet EDS.</Empty>;
  return (
    <Table caption={`Activité des travailleurs sociaux de ${eds} en ${annee}`} captionVisible>
      <thead>
        <tr>
          <Th>Travailleur social</Th>
          <Th numeric>File active</Th>
          <Th numeric>Rendez-vous honorés</Th>
          <Th numeric>Rendez-vous passés non renseignés</Th>
        </tr>
      </thead>
      <tbody>
        {travailleursSociaux.map((t) => (
          <tr key={t.id}>
            <Th scope="row">
              <Link href={`/agenda?agent=${t.id}`}>{t.nom}</Link>
            </Th>
            <Td numeric>{formatNombre(t.fileActive)}</Td>
            <Td numeric>{formatNombre(t.rdvHonores)}</Td>
            <Td numeric>{t.rdvNonRenseignes > 0 ? <strong className="text-amber-900">{formatNombre(t.rdvNonRenseignes)}</strong> : '0'}</Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
