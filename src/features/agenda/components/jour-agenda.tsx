import Link from 'next/link';
import type { AgendaRendezVousDto } from '@/features/agenda/queries';
import { capitaliser, formatHeure, formatJourLong } from '@/ui/format';
import { MODES_RDV, libelle } from '@/ui/libelles';
import { StatutRendezVous } from '@/ui/statut-rendez-vous';

/** One day of the week: its rdv in time order. */
export function JourAgenda({ jour, rendezVous, aujourdhui }: { jour: string; rendezVous: AgendaRendezVousDto[]; aujourdhui: boolean }) {
  const titreId = `jour-${jour}`;
  return (
    <section aria-labelledby={titreId} className={`rounded border p-3 ${aujourdhui ? 'border-blue-700 bg-blue-50' : 'border-slate-300 bg-white'}`}>
      <h3 id={titreId} className="font-semibold">
        {capitaliser(formatJourLong(jour).replace(/ \d{4}$/, ''))}
        {aujourdhui ? <span className="ml-2 text-sm font-normal text-blue-900">(aujourd’hui)</span> : null}
      </h3>
      {rendezVous.length === 0 ? (
        <p className="mt-1 text-sm text-slate-700">Aucun rendez-vous.</p>
      ) : (
        <ul className="mt-2 space-y-2">
          {rendezVous.map((r) => (
            <li key={r.id} className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm">
              <time dateTime={r.debut.toISOString()} className="font-semibold tabular-nums">
                {formatHeure(r.debut)}
                <span className="sr-only"> pendant {r.dureeMinutes} minutes</span>
              </time>
              <Link href={`/foyers/${r.foyerId}`}>{r.foyer}</Link>
              <span>{libelle(MODES_RDV, r.mode)}</span>
              <StatutRendezVous statut={r.statut} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
