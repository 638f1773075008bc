import type { AgentAdminDto } from '@/features/admin/queries';
import { Badge } from '@/ui/badge';
import { ROLES, libelle } from '@/ui/libelles';
import { Table, Td, Th } from '@/ui/table';

export function AgentsTable({ agents, total }: { agents: AgentAdminDto[]; total: number }) {
  return (
    <Table caption={`Comptes des agents (${total})`} captionVisible>
      <thead>
        <tr>
          <Th>Nom</Th>
          <Th>Adresse électronique</Th>
          <Th>Rôle</Th>
          <Th>EDS ou structure</Th>
          <Th>État</Th>
        </tr>
      </thead>
      <tbody>
        {agents.map((a) => (
          <tr key={a.id}>
            <Th scope="row">{a.nom}</Th>
            <Td>{a.email ?? '—'}</Td>
            <Td>
              {libelle(ROLES, a.role)}
              {a.role === 'SECRETAIRE' ? ` (niveau ${a.niveau})` : null}
            </Td>
            <Td>{[...a.eds, ...(a.structure ? [a.structure] : [])].join(', ') || '—'}</Td>
            <Td>{a.actif ? <Badge ton="succes">Actif</Badge> : <Badge>Désactivé</Badge>}</Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
