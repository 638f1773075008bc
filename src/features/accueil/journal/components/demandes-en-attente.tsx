import Link from 'next/link';
import { DELAI_REPONSE_HEURES, formatAttente } from '@/features/accueil/contacts/regles/delai-reponse';
import type { DemandeOuverteDto } from '@/features/accueil/journal/queries';
import { Badge } from '@/ui/badge';
import { Empty } from '@/ui/empty';
import { formatDateHeure } from '@/ui/format';
import { Table, Td, Th } from '@/ui/table';

/** Requests (rdv to book, référent to call back) still without an answer, oldest first; beyond 48 hours flagged. */
export function DemandesEnAttente({ demandes }: { demandes: DemandeOuverteDto[] }) {
  if (demandes.length === 0) return <Empty>Aucune demande en attente de réponse.</Empty>;
  const enRetard = demandes.filter((d) => d.enRetard).length;
  return (
    <>
      <p className="mb-3">
        {enRetard === 0 ? `Toutes les demandes ont moins de ${DELAI_REPONSE_HEURES} heures.` : `${enRetard} demande${enRetard > 1 ? 's' : ''} au-delà de ${DELAI_REPONSE_HEURES} heures.`}
      </p>
      <Table caption={`Demandes en attente de réponse (${demandes.length})`}>
        <thead>
          <tr>
            <Th>Foyer</Th>
            <Th>Premier contact</Th>
            <Th>Attente</Th>
          </tr>
        </thead>
        <tbody>
          {demandes.map((d) => (
            <tr key={d.foyerId} className={d.enRetard ? 'bg-red-50' : undefined}>
              <Td>{d.lien ? <Link href={`/foyers/${d.foyerId}`}>{d.foyer}</Link> : d.foyer}</Td>
              <Td>
                <time dateTime={d.depuis.toISOString()}>{formatDateHeure(d.depuis)}</time>
              </Td>
              <Td>
                {formatAttente(d.heures)}
                {d.enRetard ? (
                  <>
                    {' '}
                    <Badge ton="danger">Plus de {DELAI_REPONSE_HEURES} h</Badge>
                  </>
                ) : null}
              </Td>
            </tr>
          ))}
        </tbody>
      </Table>
    </>
  );
}
