import Link from 'next/link';
import { Empty } from '@/ui/empty';
import { formatDate } from '@/ui/format';
import type { RegulationDto } from '../queries';

/** The last meetings of the EDS, newest first, with who took which foyer. */
export function ReunionsListe({ reunions }: { reunions: RegulationDto[] }) {
  if (reunions.length === 0) return <Empty>Aucune réunion de régulation enregistrée.</Empty>;
  return (
    <ul className="space-y-3">
      {reunions.map((r) => (
        <li key={r.id} aria-labelledby={`reunion-${r.id}`} className="rounded border border-slate-300 bg-white p-4">
          <h3 id={`reunion-${r.id}`} className="font-semibold">
            Réunion du {formatDate(r.date)}
          </h3>
          <p className="text-sm text-slate-700">
            Participants : {r.participants}. Enregistrée par {r.auteur}.
          </p>
          {r.decisions.length === 0 ? (
            <p className="mt-2">Aucune attribution décidée.</p>
          ) : (
            <ul aria-label={`Décisions de la réunion du ${formatDate(r.date)}`} className="mt-2 list-disc pl-6">
              {r.decisions.map((d) => (
                <li key={d.dossierId}>
                  <Link href={`/attribution/dossiers/${d.dossierId}`}>{d.nomReference}</Link> → {d.agent}
                </li>
              ))}
            </ul>
          )}
        </li>
      ))}
    </ul>
  );
}
