import type { ContactsFoyerDto } from '@/features/accueil/contacts/queries';
import { Badge } from '@/ui/badge';
import { Empty } from '@/ui/empty';
import { formatDateHeure } from '@/ui/format';
import { CANAUX, SUITES_CONTACT, libelle } from '@/ui/libelles';
import { Table, Td, Th } from '@/ui/table';

/** The foyer's recent fiches contact on its dossier page; the pre-evaluation notes only for those who may read them. */
export function ContactsFoyer({ contacts }: { contacts: ContactsFoyerDto }) {
  if (contacts.contacts.length === 0) return <Empty>Aucune fiche contact pour ce foyer.</Empty>;
  return (
    <Table caption={`Dernières fiches contact (${contacts.contacts.length})`}>
      <thead>
        <tr>
          <Th>Date</Th>
          <Th>Canal et site</Th>
          <Th>Motif</Th>
          <Th>Suite donnée</Th>
          {contacts.notesVisibles ? <Th>Note de pré-évaluation</Th> : null}
          <Th>Saisie par</Th>
        </tr>
      </thead>
      <tbody>
        {contacts.contacts.map((c) => (
          <tr key={c.id}>
            <Td>
              <time dateTime={c.date.toISOString()}>{formatDateHeure(c.date)}</time>
              {c.urgence ? (
                <>
                  {' '}
                  <Badge ton="danger">Urgence</Badge>
                </>
              ) : null}
            </Td>
            <Td>
              {libelle(CANAUX, c.canal)}
              {c.site ? <span className="block text-slate-700">{c.site}</span> : null}
            </Td>
            <Td>{c.motif ?? '—'}</Td>
            <Td>
              {libelle(SUITES_CONTACT, c.suite)}
              {c.partenaire ? <span className="block text-slate-700">{c.partenaire}</span> : null}
            </Td>
            {contacts.notesVisibles ? <Td>{c.noteAccueil ? <span className="whitespace-pre-line">{c.noteAccueil}</span> : '—'}</Td> : null}
            <Td>{c.agent ?? '—'}</Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
