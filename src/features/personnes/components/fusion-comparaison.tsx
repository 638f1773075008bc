import type { FicheFusionDto } from '@/features/personnes/queries';
import { formatDate } from '@/ui/format';
import { ROLES_FOYER, libelle } from '@/ui/libelles';

/** One record as the responsable compares it: identity, foyers, how many rows point at it. */
export function FicheFusion({ titre, fiche }: { titre: string; fiche: FicheFusionDto }) {
  return (
    <section aria-labelledby={`fiche-${fiche.id}`} className="rounded border border-slate-300 bg-white p-4">
      <h3 id={`fiche-${fiche.id}`} className="text-lg font-semibold">
        {titre} : fiche n° {fiche.id}
      </h3>
      <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
        <dt className="font-medium">Nom</dt>
        <dd>
          {fiche.nom.toUpperCase()} {fiche.prenom}
          {fiche.nomNaissance ? ` (né(e) ${fiche.nomNaissance.toUpperCase()})` : ''}
        </dd>
        <dt className="font-medium">Naissance</dt>
        <dd>{formatDate(fiche.dateNaissance)}</dd>
        <dt className="font-medium">N° allocataire</dt>
        <dd>{fiche.numeroAllocataire ?? '—'}</dd>
        <dt className="font-medium">Foyers</dt>
        <dd>
          {fiche.foyers.length === 0
            ? '—'
            : fiche.foyers.map((f) => `n° ${f.id} (${f.eds}, ${libelle(ROLES_FOYER, f.role).toLowerCase()}${f.enCours ? '' : ', passé'})`).join(' ; ')}
        </dd>
      </dl>
      <ul className="mt-2 list-disc pl-6 text-sm">
        {fiche.liens
          .filter((l) => l.nombre > 0)
          .map((l) => (
            <li key={l.table}>
              {l.libelle} : {l.nombre}
            </li>
          ))}
      </ul>
    </section>
  );
}
