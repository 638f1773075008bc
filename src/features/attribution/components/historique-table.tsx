import { formatDate, formatDateHeure } from '@/ui/format';
import { ORIGINES_ATTRIBUTION, libelle } from '@/ui/libelles';
import { Table, Td, Th } from '@/ui/table';
import type { LigneHistoriqueDto } from '../queries';

/** The dated assignments of a dossier, newest first; a row without dates is the référent from before Sillage's history. */
export function HistoriqueTable({ lignes }: { lignes: LigneHistoriqueDto[] }) {
  return (
    <Table caption="Attributions successives du dossier">
      <thead>
        <tr>
          <Th>Du</Th>
          <Th>Au</Th>
          <Th>Attribué à</Th>
          <Th>Origine</Th>
          <Th>Décidé par</Th>
          <Th>Motif</Th>
        </tr>
      </thead>
      <tbody>
        {lignes.map((l, i) => (
          <tr key={l.id ?? `sans-historique-${i}`}>
            <Td>{l.debut ? formatDateHeure(l.debut) : 'Avant l’historique'}</Td>
            <Td>{l.fin ? formatDateHeure(l.fin) : 'En cours'}</Td>
            <Td>{l.agent ?? 'File à attribuer'}</Td>
            <Td>
              {l.origine ? libelle(ORIGINES_ATTRIBUTION, l.origine) : 'Inconnue (référent antérieur)'}
              {l.regulationDate ? ` du ${formatDate(l.regulationDate)}` : ''}
            </Td>
            <Td>{l.decidePar ?? '—'}</Td>
            <Td>{l.motif ?? '—'}</Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
