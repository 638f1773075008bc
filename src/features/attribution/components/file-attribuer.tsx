import Link from 'next/link';
import { Empty } from '@/ui/empty';
import { formatDate, formatNombre } from '@/ui/format';
import type { DossierEnAttenteDto, TsChargeDto } from '../queries';
import { AttribuerForm } from './attribuer-form';

/** The waiting dossiers, oldest first, each with why it waits and (for the responsable) its assignment form. */
export function FileAttribuer({ file, ts, gerer }: { file: DossierEnAttenteDto[]; ts: TsChargeDto[]; gerer: boolean }) {
  if (file.length === 0) return <Empty>Aucun dossier n’attend d’attribution.</Empty>;
  return (
    <ul className="space-y-3">
      {file.map((d) => (
        <li key={d.dossierId} aria-labelledby={`attente-${d.dossierId}`} className="grid gap-4 rounded border border-slate-300 bg-white p-4 md:grid-cols-2">
          <div>
            <h3 id={`attente-${d.dossierId}`} className="font-semibold">
              <Link href={`/foyers/${d.foyerId}`}>{d.nomReference}</Link>
            </h3>
            <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
              <dt className="font-medium">Commune</dt>
              <dd>{d.commune ?? 'Non renseignée'}</dd>
              <dt className="font-medium">En attente depuis</dt>
              <dd>
                {formatDate(d.depuis)} ({d.joursAttente === 0 ? 'aujourd’hui' : `${formatNombre(d.joursAttente)} jour${d.joursAttente > 1 ? 's' : ''}`})
              </dd>
              <dt className="font-medium">Motif</dt>
              <dd>{d.motif ?? 'Dossier sans référent'}</dd>
            </dl>
            <p className="mt-2 text-sm">
              <Link href={`/attribution/dossiers/${d.dossierId}`}>Historique des attributions</Link>
            </p>
          </div>
          {gerer ? <AttribuerForm dossierId={d.dossierId} courant={d.courant} ts={ts} libelle={d.nomReference} /> : null}
        </li>
      ))}
    </ul>
  );
}
