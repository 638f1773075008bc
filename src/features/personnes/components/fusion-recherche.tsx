import type { FusionPageDto } from '@/features/personnes/queries';
import { Empty } from '@/ui/empty';
import { formatDate } from '@/ui/format';
import { Table, Td, Th } from '@/ui/table';

const champ = 'rounded border border-slate-500 px-3 py-2';

/** Finds the records of a person (name and birth date) and picks the one to keep and the duplicate (GET: no JS needed). */
export function FusionRecherche({ recherche }: { recherche: FusionPageDto['recherche'] }) {
  return (
    <>
      <form method="get" action="/personnes/fusion" className="mb-4 flex flex-wrap items-end gap-4 rounded border border-slate-300 bg-white p-4">
        <div className="flex flex-col">
          <label htmlFor="fu-nom" className="mb-1 font-medium">
            Nom
          </label>
          <input id="fu-nom" name="nom" defaultValue={recherche.nom} maxLength={100} autoComplete="off" className={champ} />
        </div>
        <div className="flex flex-col">
          <label htmlFor="fu-naissance" className="mb-1 font-medium">
            Date de naissance (jj/mm/aaaa)
          </label>
          <input id="fu-naissance" name="naissance" defaultValue={recherche.naissance} maxLength={10} inputMode="numeric" autoComplete="off" className={champ} />
        </div>
        <button type="submit" className="rounded bg-blue-700 px-4 py-2 font-semibold text-white hover:bg-blue-800">
          Rechercher les fiches
        </button>
      </form>
      {recherche.message ? (
        <p role="alert" className="mb-4 font-medium text-red-800">
          {recherche.message}
        </p>
      ) : null}
      {recherche.candidats === null ? null : recherche.candidats.length < 2 ? (
        <Empty>Moins de deux fiches trouvées dans votre EDS pour ce nom et cette date de naissance : rien à fusionner.</Empty>
      ) : (
        <form method="get" action="/personnes/fusion" className="space-y-3">
          <input type="hidden" name="nom" value={recherche.nom} />
          <input type="hidden" name="naissance" value={recherche.naissance} />
          <Table caption="Fiches trouvées : choisissez la fiche à conserver et la fiche en double">
            <thead>
              <tr>
                <Th>Fiche</Th>
                <Th>Date de naissance</Th>
                <Th>Commune</Th>
                <Th>À conserver</Th>
                <Th>En double</Th>
              </tr>
            </thead>
            <tbody>
              {recherche.candidats.map((c) => (
                <tr key={c.personneId}>
                  <Th scope="row">
                    {c.nom.toUpperCase()} {c.prenom} (n° {c.personneId})
                  </Th>
                  <Td>{formatDate(c.dateNaissance)}</Td>
                  <Td>{c.commune ?? '—'}</Td>
                  <Td>
                    <input type="radio" name="garder" value={c.personneId} aria-label={`Conserver la fiche n° ${c.personneId}`} className="h-4 w-4" />
                  </Td>
                  <Td>
                    <input type="radio" name="doublon" value={c.personneId} aria-label={`Fiche n° ${c.personneId} en double`} className="h-4 w-4" />
                  </Td>
                </tr>
              ))}
            </tbody>
          </Table>
          <button type="submit" className="rounded border border-blue-700 px-4 py-2 font-semibold text-blue-800 hover:bg-blue-50">
            Comparer les deux fiches
          </button>
        </form>
      )}
    </>
  );
}
