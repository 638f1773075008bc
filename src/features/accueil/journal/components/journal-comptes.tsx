import type { ComptesDto } from '@/features/accueil/journal/queries';
import { capitaliser, formatJourLong, formatNombre } from '@/ui/format';
import { Stat } from '@/ui/stat';
import { Table, Td, Th } from '@/ui/table';

/** Persons received (once per person per day), light contacts among them, and the breakdowns by canal and motif. */
export function JournalComptes({ id, comptes, semaine = false }: { id: string; comptes: ComptesDto; semaine?: boolean }) {
  return (
    <div className="space-y-4">
      <dl className="grid gap-3 sm:grid-cols-3">
        <Stat label="Personnes reçues (une fois par jour)" valeur={formatNombre(comptes.personnes)} />
        <Stat label="Dont contacts légers (sans dossier)" valeur={formatNombre(comptes.legers)} />
        <Stat label="Fiches saisies" valeur={formatNombre(comptes.passages)} />
      </dl>
      <div className="grid gap-4 lg:grid-cols-2">
        <Table caption={`Par canal (${id})`} captionVisible>
          <thead>
            <tr>
              <Th>Canal</Th>
              <Th numeric>Personnes</Th>
            </tr>
          </thead>
          <tbody>
            {comptes.parCanal.map((l) => (
              <tr key={l.code}>
                <Th scope="row">{l.libelle}</Th>
                <Td numeric>{formatNombre(l.personnes)}</Td>
              </tr>
            ))}
          </tbody>
        </Table>
        <Table caption={`Par motif (${id})`} captionVisible>
          <thead>
            <tr>
              <Th>Motif</Th>
              <Th numeric>Personnes</Th>
            </tr>
          </thead>
          <tbody>
            {comptes.parMotif.length === 0 ? (
              <tr>
                <Td>Aucun contact</Td>
                <Td numeric>0</Td>
              </tr>
            ) : (
              comptes.parMotif.map((l) => (
                <tr key={l.code}>
                  <Th scope="row">{l.libelle}</Th>
                  <Td numeric>{formatNombre(l.personnes)}</Td>
                </tr>
              ))
            )}
          </tbody>
        </Table>
      </div>
      {semaine ? (
        <Table caption={`Par jour (${id})`} captionVisible>
          <thead>
            <tr>
              <Th>Jour</Th>
              <Th numeric>Personnes</Th>
            </tr>
          </thead>
          <tbody>
            {comptes.parJour.map((l) => (
              <tr key={l.jour}>
                <Th scope="row">{capitaliser(formatJourLong(l.jour))}</Th>
                <Td numeric>{formatNombre(l.personnes)}</Td>
              </tr>
            ))}
          </tbody>
        </Table>
      ) : null}
    </div>
  );
}
