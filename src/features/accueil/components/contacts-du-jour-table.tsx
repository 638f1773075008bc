import Link from 'next/link';
import type { ContactDuJourDto } from '@/features/accueil/queries';
import { Badge } from '@/ui/badge';
import { Empty } from '@/ui/empty';
import { formatHeure } from '@/ui/format';
import { CANAUX, SUITES_CONTACT, libelle } from '@/ui/libelles';
import { Table, Td, Th } from '@/ui/table';

export function ContactsDuJourTable({ contacts }: { contacts: ContactDuJourDto[] }) {
  if (contacts.length === 0) return <Empty>Aucune fiche contact aujourd’hui.</Empty>;
  return (
    <Table caption={`Fiches contact du jour (${contacts.length})`}>
      <thead>
        <tr>
          <Th>Heure</Th>
          <Th>Foyer</Th>
          <Th>Canal</Th>
          <Th>Motif</Th>
          <Th>Suite donnée</Th>
          <Th>Saisie par</Th>
        </tr>
      </thead>
      <tbody>
        {contacts.map((c) => (
          <tr key={c.id}>
            <Td>
              <time dateTime={c.date.toISOString()}>{formatHeure(c.date)}</time>
            </Td>
            <Td>
              {c.foyerId === null ? c.foyer : <Link href={`/foyers/${c.foyerId}`}>{c.foyer}</Link>}
              {c.urgence ? (
                <>
                  {' '}
                  <Badge ton="danger">Urgence</Badge>
                </>
              ) : null}
            </Td>
            <Td>{libelle(CANAUX, c.canal)}</Td>
            <Td>{c.motif ?? '—'}</Td>
            <Td>{libelle(SUITES_CONTACT, c.suite)}</Td>
            <Td>{c.agent ?? '—'}</Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
