import Link from 'next/link';
import type { AgendaDto } from '@/features/agenda/queries';
import { agendaHref } from './agenda-href';

export function SemaineNavigation({ agenda, agentId }: { agenda: AgendaDto; agentId: number | null }) {
  return (
    <nav aria-label="Semaines" className="mb-6">
      <ul className="flex flex-wrap gap-4">
        <li>
          <Link href={agendaHref(agenda.precedente, agentId)}>
            <span aria-hidden="true">← </span>Semaine précédente
          </Link>
        </li>
        {agenda.estSemaineCourante ? null : (
          <li>
            <Link href={agentId === null ? '/agenda' : `/agenda?agent=${agentId}`}>Cette semaine</Link>
          </li>
        )}
        <li>
          <Link href={agendaHref(agenda.suivante, agentId)}>
            Semaine suivante<span aria-hidden="true"> →</span>
          </Link>
        </li>
      </ul>
    </nav>
  );
}
