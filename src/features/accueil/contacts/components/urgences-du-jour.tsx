import Link from 'next/link';
import type { UrgenceDto } from '@/features/accueil/contacts/queries';
import { Empty } from '@/ui/empty';
import { formatHeure } from '@/ui/format';
import { CANAUX, SUITES_CONTACT, libelle } from '@/ui/libelles';
import { Table, Td, Th } from '@/ui/table';

/** Today's urgent contacts at the EDS's desks, most recent first, for the TS of the permanence accueil-urgence. */
export function UrgencesDuJour({ urgences }: { urgences: UrgenceDto[] }) {
  if (urgences.length === 0) return <Empty>Aucune urgence signalée à l’accueil aujourd’hui.</Empty>;
  return (
    <Table caption={`Urgences signalées à l’accueil aujourd’hui (${urgences.length})`}>
      <thead>
        <tr>
          <Th>Heure</Th>
          <Th>Personne</Th>
          <Th>Canal et site</Th>
          <Th>Motif</Th>
          <Th>Note de l’accueil</Th>
          <Th>Suite donnée</Th>
        </tr>
      </thead>
      <tbody>
        {urgences.map((u) => (
          <tr key={u.id}>
            <Td>
              <time dateTime={u.date.toISOString()}>{formatHeure(u.date)}</time>
            </Td>
            <Td>{u.lien && u.foyerId !== null ? <Link href={`/foyers/${u.foyerId}`}>{u.foyer}</Link> : u.foyer}</Td>
            <Td>
              {libelle(CANAUX, u.canal)}
              {u.site ? <span className="block text-slate-700">{u.site}</span> : null}
            </Td>
            <Td>{u.motif ?? '—'}</Td>
            <Td>{u.noteAccueil ? <span className="whitespace-pre-line">{u.noteAccueil}</span> : '—'}</Td>
            <Td>
              {libelle(SUITES_CONTACT, u.suite)}
              {u.agent ? <span className="block text-slate-700">par {u.agent}</span> : null}
            </Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
